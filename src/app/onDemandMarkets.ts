/**
 * The markets model (AMM pools, lending) and its cards, one chunk: a world holding pools or lending markets is drawn
 * with them, so they load together (src/app/engineModules.ts registers the cards as the model arrives).
 */
export { marketsModule } from '../engine/markets/module';
export { marketsCards } from './cards/markets';
