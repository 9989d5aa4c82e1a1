/**
 * The world: everything the simulator knows at one instant, as plain serialisable data. It is always the result
 * of fold(scenario, events); nothing else writes it.
 */
import type { Ledger } from './ledger/ledger';
import type { RngState } from './random/rng';
import type { EthereumState } from './staking/ethereum/state';
import type { CosmosState } from './staking/cosmos/state';
import type { LiquidState } from './liquid/state';
import type { RestakingState } from './restaking/state';
import type { MarketsState } from './markets/state';
import type { FaultsState } from './faults/state';

/** A person or institution who owns assets. Their balances live in the ledger under `holder:<id>`. */
export interface Holder {
  id: string;
  name: string;
}

export type SecurityModel = 'unique' | 'pooled' | 'sharedVault';

export interface World {
  /** Current time, in epochs since the scenario started. */
  epoch: number;
  seed: string;
  rng: RngState;
  securityModel: SecurityModel;
  holders: Record<string, Holder>;
  ledger: Ledger;
  ethereum: EthereumState;
  cosmos: CosmosState;
  liquid: LiquidState;
  restaking: RestakingState;
  markets: MarketsState;
  faults: FaultsState;
  /** How many events have been applied (the length of the event log this world is the fold of). */
  eventCount: number;
}

export const holderAccount = (id: string): string => `holder:${id}`;
export const ETH = 'ETH';
