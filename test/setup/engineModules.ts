/**
 * The page loads Cosmos staking, markets and faults on demand (src/app/engineModules.ts: modulesFor, or on idle
 * after the first view). Component tests load scenarios synchronously, as the page does once they are there: all six models
 * are made known first, with their cards (src/app/cards/parts.ts). test/unit/app/engineModules.test.ts tests the loading and the refusal themselves.
 */
import { MODULES } from '../../src/engine/registry';
import { provideModules } from '../../src/app/engineModules';
import { registerAllCardParts } from '../../src/app/cards/allParts';

provideModules(MODULES);
registerAllCardParts();
