/**
 * The Ethereum-like chain's slice of the world. Validators are tracked one by one; the rest of the network is
 * one aggregate ("background stake") so that a scenario with four validators still sees mainnet-like rewards,
 * churn and correlation penalties. Each validator's balance lives in the ledger at `eth:validator:<id>`.
 * (Shared contract: the liquid-staking and restaking models read these fields; change them only together.)
 */

import { parseEth } from '../../ledger/amount';
import { DEFAULT_BACKGROUND_STAKE_ETH } from './constants';
import { record } from '../../records';

/** The validator's lifecycle state: the xstate machine's state value (see validatorMachine.ts). */
export type ValidatorStatus = 'deposited' | 'pending' | 'active' | 'exiting' | 'exited' | 'withdrawable' | 'withdrawn';

export interface Validator {
  id: string;
  /** A display name from the scenario file; absent, the id is shown. */
  name?: string;
  status: ValidatorStatus;
  slashed: boolean;
  /** Effective balance in gwei (whole ETH, hysteresis applied). */
  effectiveBalance: bigint;
  /** 0x02 compounding credentials: max effective balance 2048 ETH instead of 32. */
  compounding: boolean;
  /** Whether the validator is attesting (online) this epoch. */
  online: boolean;
  inactivityScore: number;
  activationEpoch: number | null;
  exitEpoch: number | null;
  withdrawableEpoch: number | null;
  slashedEpoch: number | null;
  /** Ledger account that receives the balance (and skimmed rewards) when withdrawn. */
  withdrawalAccount: string;
  /** Who the validator belongs to, for display: a holder id or a pool id. */
  owner: string;
  /** The node operator running it (a liquid staking module's operator, or the owner for solo stakers). */
  operator: string;
  /** Epoch from which the validator may be activated (ELE activation_eligibility_epoch); null while not eligible. */
  activationEligibilityEpoch: number | null;
  /**
   * Active since before the scenario started (genesis validators): treated as long past SHARD_COMMITTEE_PERIOD,
   * so it may exit voluntarily at once.
   */
  genesis: boolean;
}

/** A deposit waiting in ELE state.pending_deposits (its ETH sits in the `eth:deposits` account meanwhile). */
export interface PendingDeposit {
  validator: string;
  amount: bigint;
  /** Epoch of the block that carried it: processed only once that epoch is finalized. */
  epoch: number;
}

export interface EthereumState {
  validators: Record<string, Validator>;
  /** Validator ids in index order (deposit order), which is the order the spec processes them in. */
  order: string[];
  /** The rest of the network's active effective balance (gwei), always online, never individually tracked. */
  backgroundStake: bigint;
  /**
   * ELE state.slashings as a sparse map: absolute epoch of the slashing -> effective balance slashed then. An
   * entry counts for process_slashings at epochs [s, s + 8191] (process_slashings_reset drops it afterwards).
   */
  slashings: Record<string, bigint>;
  /** ELE state.earliest_exit_epoch and state.exit_balance_to_consume (the exit churn queue). */
  earliestExitEpoch: number;
  exitBalanceToConsume: bigint;
  /** ELE state.pending_deposits and state.deposit_balance_to_consume (the activation churn queue). */
  pendingDeposits: PendingDeposit[];
  depositBalanceToConsume: bigint;
  /** Epoch at which finality stopped (a scenario switch); null while the chain finalizes normally. */
  finalityStalledSince: number | null;
}

export function createEthereumState(): EthereumState {
  return {
    validators: record(),
    order: [],
    // Mainnet-like by default, so a scenario without an `ethereum` section still sees realistic rewards.
    backgroundStake: parseEth(DEFAULT_BACKGROUND_STAKE_ETH),
    slashings: {},
    earliestExitEpoch: 0,
    exitBalanceToConsume: 0n,
    pendingDeposits: [],
    depositBalanceToConsume: 0n,
    finalityStalledSince: null,
  };
}

const accounts = new Map<string, string>();
/** The ledger account of a validator's balance (memoised: the epoch loop asks for it thousands of times). */
export function validatorAccount(id: string): string {
  let a = accounts.get(id);
  if (a === undefined) {
    a = `eth:validator:${id}`;
    accounts.set(id, a);
  }
  return a;
}
