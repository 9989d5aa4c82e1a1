/**
 * The Cosmos staking model, its cards and its share of a holder's value (engine/views/holder/cosmos.ts), one chunk: a
 * world holding Cosmos state is drawn and valued with them, so they load together (src/app/engineModules.ts
 * registers the cards and the holder part as the model arrives; no second fetch after the first).
 */
export { cosmosModule } from '../engine/staking/cosmos/module';
export { cosmosCards } from './cards/cosmos';
export { cosmosPart as cosmosHolderPart } from '../engine/views/holder/cosmos';
