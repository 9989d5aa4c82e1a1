/**
 * The Cosmos staking model and its cards, one chunk: a world holding Cosmos state is drawn with them, so they load
 * together (src/app/engineModules.ts registers the cards as the model arrives; no second fetch after the first).
 */
export { cosmosModule } from '../engine/staking/cosmos/module';
export { cosmosCards } from './cards/cosmos';
