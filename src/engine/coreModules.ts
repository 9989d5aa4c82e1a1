/**
 * The models every page folds with: Ethereum staking, liquid staking, restaking and faults. Cosmos staking and
 * markets join them only for a scenario that needs them (moduleSet.ts; the page loads them on demand).
 */
import { moduleSet } from './moduleSet';
import { ethereumModule } from './staking/ethereum/module';
import { liquidModule } from './liquid/module';
import { restakingModule } from './restaking/module';
import { faultsModule } from './faults/module';

export const CORE_MODULES = moduleSet([ethereumModule, liquidModule, restakingModule, faultsModule]);
