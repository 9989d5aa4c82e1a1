/**
 * The models, in the order time and faults flow through them: the chain first (balances), then what is built
 * on it (liquid staking reads validator balances, restaking reads both), then markets.
 */
import type { EngineModule } from './module';
import { ethereumModule } from './staking/ethereum/module';
import { cosmosModule } from './staking/cosmos/module';
import { liquidModule } from './liquid/module';
import { restakingModule } from './restaking/module';
import { marketsModule } from './markets/module';
import { faultsModule } from './faults/module';

export const MODULES: readonly EngineModule[] = [
  ethereumModule,
  cosmosModule,
  liquidModule,
  restakingModule,
  marketsModule,
  faultsModule,
];
