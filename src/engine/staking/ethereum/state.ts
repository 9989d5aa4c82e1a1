/**
 * The Ethereum-like chain's slice of the world. Validators are tracked one by one; the rest of the network is
 * one aggregate ("background stake") so that a scenario with four validators still sees mainnet-like rewards,
 * churn and correlation penalties. Each validator's balance lives in the ledger at `eth:validator:<id>`.
 * (Shared contract: the liquid-staking and restaking models read these fields; change them only together.)
 */

/** The validator's lifecycle state: the xstate machine's state value (see validatorMachine.ts). */
export type ValidatorStatus =
  | 'deposited'
  | 'pending'
  | 'active'
  | 'exiting'
  | 'exited'
  | 'withdrawable'
  | 'withdrawn';

export interface Validator {
  id: string;
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
}

export interface EthereumState {
  validators: Record<string, Validator>;
  /** Validator ids in index order (deposit order), which is the order the spec processes them in. */
  order: string[];
}

export function createEthereumState(): EthereumState {
  return { validators: {}, order: [] };
}

export const validatorAccount = (id: string): string => `eth:validator:${id}`;
