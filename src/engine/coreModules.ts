/**
 * The models every page folds with: Ethereum staking, liquid staking and restaking. Cosmos staking, markets and
 * faults join them only for a scenario that needs them (moduleSet.ts; the page loads them on demand, and faults
 * before a learner triggers one).
 */
import { moduleSet } from './moduleSet';
import { ethereumModule } from './staking/ethereum/module';
import { liquidModule } from './liquid/module';
import { restakingModule } from './restaking/module';

export const CORE_MODULES = moduleSet([ethereumModule, liquidModule, restakingModule]);
