/**
 * The Cosmos staking model, its cards, its share of a holder's value (engine/views/holder/cosmos.ts) and its
 * scenario section's schema, one chunk: a scenario with a Cosmos chain is read, drawn and valued with them, so they
 * load together (src/app/engineModules.ts registers them as the model arrives; no second fetch after the first).
 */
export { cosmosModule } from '../engine/staking/cosmos/module';
export { cosmosCards } from './cards/cosmos';
export { cosmosPart as cosmosHolderPart } from '../engine/views/holder/cosmos';
export { cosmosSectionSchema } from '../engine/staking/cosmos/scenario';
