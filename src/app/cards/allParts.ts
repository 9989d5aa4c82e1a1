/**
 * Every model's card parts, for what folds with all six models (registry.ts's MODULES): the lesson page, the embeds,
 * the load worker, the tests. The sandbox does not import this: its Cosmos and markets cards come with their model
 * (src/app/engineModules.ts, cards/parts.ts).
 */
import { cosmosCards } from './cosmos';
import { marketsCards } from './markets';
import { registerCardParts } from './parts';

export function registerAllCardParts(): void {
  registerCardParts({ cosmos: cosmosCards, markets: marketsCards });
}
