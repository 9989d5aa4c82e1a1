/**
 * All six models, in the order time and faults flow through them (moduleSet.ts's MODEL_ORDER): the chain first
 * (balances), then what is built on it (liquid staking reads validator balances, restaking reads both), then
 * markets, then faults (a cascade reads every other model). The fold of sim.ts runs them all: the CLI, the tests
 * and the workers import this list; the page folds with the core three and loads Cosmos, markets and faults when a
 * scenario needs them (src/app/engineModules.ts).
 */
import type { EngineModule } from './module';
import { moduleSet } from './moduleSet';
import { CORE_MODULES } from './coreModules';
import { cosmosModule } from './staking/cosmos/module';
import { marketsModule } from './markets/module';
import { faultsModule } from './faults/module';
import { cosmosPart } from './views/holder/cosmos';
import { registerCosmosHolderPart } from './views/holder/cosmosSlot';
import { cosmosSectionSchema } from './staking/cosmos/scenario';
import { registerCosmosSection } from './scenario/cosmosSection';

// the Cosmos model's share of a holder's value and its scenario section come with it (views/holder/cosmosSlot.ts,
// scenario/cosmosSection.ts)
registerCosmosHolderPart(cosmosPart);
registerCosmosSection(cosmosSectionSchema);

export const MODULES: readonly EngineModule[] = moduleSet([...CORE_MODULES, cosmosModule, marketsModule, faultsModule]);
