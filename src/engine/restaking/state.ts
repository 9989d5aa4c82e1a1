/**
 * The restaking slice of the world: EigenLayer's strategies, pods, stakers, operators, allocations and queued
 * withdrawals (used by the 'unique' and 'pooled' security models), Symbiotic-like vaults (the 'sharedVault'
 * model), the AVSs with their pending slash requests, and liquid restaking tokens. Plain serialisable data;
 * the tokens themselves sit in the ledger (custody accounts below), shares are accounting kept here.
 */
import type { AllocationChangeStatus } from './machines/allocationMachine';
import type { WithdrawalStatus } from './machines/withdrawalMachine';
import type { Avs, SlashRequest } from '../services/avs';
import { record } from '../records';

/** The virtual strategy of natively restaked ETH (EigenLayer's beaconChainETHStrategy, 0xbeaC0eeE…). */
export const NATIVE_STRATEGY = 'beaconETH';

export type StrategyKind = 'native' | 'token';

export interface Strategy {
  id: string;
  kind: StrategyKind;
  /** The ledger asset it holds ('ETH' for native stake, e.g. 'stETH:lido' for an LST). */
  asset: string;
  /**
   * Token strategies: shares outstanding (held by stakers, in the withdrawal queue, or slashed but not yet
   * burned: we burn in the same event). The custody account holds exactly `totalShares` tokens (see check()).
   */
  totalShares: bigint;
  /** ETH per token for pricing, used when no liquid model prices the asset: [num, den]. */
  ethPerToken: [bigint, bigint];
}

/** An EigenPod: the withdrawal address of its owner's validators (their withdrawalAccount is podAccount(owner)). */
export interface Pod {
  owner: string;
  validators: string[];
  /** Validators' balances plus ETH in the pod, as of the last checkpoint (gwei). */
  restakedBalance: bigint;
  /** The beacon-chain slashing factor l (WAD), lowered when a checkpoint finds less ETH than before. */
  beaconSlashingFactor: bigint;
}

/** A staker's restaking position: deposit shares and scaling factors per strategy, delegated to one operator. */
export interface Staker {
  id: string;
  name: string;
  /** Where withdrawn tokens and rewards go (a holder's account, or an LRT's account). */
  account: string;
  delegatedTo: string | null;
  depositShares: Record<string, bigint>;
  /** Deposit scaling factor k per strategy (WAD). */
  dsf: Record<string, bigint>;
  /** Set when this position belongs to a liquid restaking token. */
  lrt: string | null;
}

/** Per (operator, strategy): delegated shares, max magnitude M and encumbered magnitude. */
export interface OperatorStrategy {
  shares: bigint;
  maxMagnitude: bigint;
  encumbered: bigint;
}

export interface Registration {
  registered: boolean;
  /** After deregistration the operator stays slashable until this epoch (DEALLOCATION_DELAY). */
  slashableUntil: number | null;
}

export interface Operator {
  id: string;
  name: string;
  /** Where the operator's share of rewards is paid. */
  account: string;
  /** ALLOCATION_DELAY, chosen per operator, in epochs. */
  allocationDelay: number;
  strategies: Record<string, OperatorStrategy>;
  /** Registrations by operator set key "<avs>/<set>". */
  sets: Record<string, Registration>;
}

/** The allocation of one operator to one operator set in one strategy. */
export interface Allocation {
  operator: string;
  avs: string;
  set: number;
  strategy: string;
  /** Current magnitude m (WAD). */
  magnitude: bigint;
  /** Pending change (negative for a deallocation), effective at effectEpoch. */
  pendingDiff: bigint;
  effectEpoch: number | null;
  /** The pending change's machine state (null when there has never been one). */
  change: AllocationChangeStatus | null;
}

export interface QueuedShares {
  strategy: string;
  /** Scaled shares q = x·k. */
  scaledShares: bigint;
}

export interface Withdrawal {
  id: string;
  staker: string;
  /** The operator the shares were delegated to when queued: its slashes still apply during the delay. */
  operator: string | null;
  recipient: string;
  shares: QueuedShares[];
  startEpoch: number;
  completableEpoch: number;
  status: WithdrawalStatus;
  /** m per strategy frozen when the delay ended (completion uses m at startBlock + delay). */
  frozenMagnitude: Record<string, bigint> | null;
}

/** A Symbiotic-like vault with a NetworkRestakeDelegator (the 'sharedVault' model). */
export interface Vault {
  id: string;
  name: string;
  asset: string;
  activeStake: bigint;
  activeShares: bigint;
  /** Active shares per holder account. */
  stakers: Record<string, bigint>;
  /** Pending withdrawals (still slashable): amount and claims, by holder account. */
  pending: bigint;
  pendingClaims: Record<string, bigint>;
  /** The epoch at which pending withdrawals become claimable (end of the next vault epoch). */
  pendingUntil: number | null;
  epochDuration: number;
  networkLimits: Record<string, bigint>;
  /** operatorNetworkShares by network (AVS) then operator. */
  operatorShares: Record<string, Record<string, bigint>>;
}

/** A liquid restaking token: pools one token (or native stake) and restakes it through several operators. */
export interface Lrt {
  id: string;
  name: string;
  /** The ledger asset it mints: `LRT:<id>`. */
  asset: string;
  /** The strategy it deposits into. */
  strategy: string;
  operators: string[];
  /** Staker position ids, one per operator. */
  positions: string[];
}

export interface RestakingState {
  strategies: Record<string, Strategy>;
  pods: Record<string, Pod>;
  stakers: Record<string, Staker>;
  operators: Record<string, Operator>;
  /** By allocationKey(operator, avs, set, strategy). */
  allocations: Record<string, Allocation>;
  withdrawals: Record<string, Withdrawal>;
  avss: Record<string, Avs>;
  slashRequests: Record<string, SlashRequest>;
  vaults: Record<string, Vault>;
  lrts: Record<string, Lrt>;
  nextWithdrawal: number;
  nextSlashRequest: number;
  /** Epoch of the next AVS reward payment (weekly, RewardsCoordinator CALCULATION_INTERVAL_SECONDS). */
  nextRewardEpoch: number | null;
}

export function createRestakingState(): RestakingState {
  return {
    strategies: record(),
    pods: record(),
    stakers: record(),
    operators: record(),
    allocations: record(),
    withdrawals: record(),
    avss: record(),
    slashRequests: record(),
    vaults: record(),
    lrts: record(),
    nextWithdrawal: 0,
    nextSlashRequest: 0,
    nextRewardEpoch: null,
  };
}

export const strategyAccount = (strategy: string): string => `eigen:strategy:${strategy}`;
export const podAccount = (owner: string): string => `eigen:pod:${owner}`;
export const operatorAccount = (operator: string): string => `eigen:operator:${operator}`;
export const vaultAccount = (vault: string): string => `symbiotic:vault:${vault}`;
/**
 * Where slashed tokens go when they are not redistributed. EigenLayer sends them to DEFAULT_BURN_ADDRESS
 * (0x...00E16E4, ELIP-002; AllocationManager/StrategyManager `clearBurnOrRedistributableShares`) and a Symbiotic
 * vault to its `burner` contract: the tokens leave every staker for good, but the token's own supply does not
 * change (a stETH slash must not shrink Lido's share count), so the ledger records a transfer, not a burn.
 */
export const EIGEN_BURN_ADDRESS = 'eigen:burn-address';
export const vaultBurnerAccount = (vault: string): string => `symbiotic:vault:${vault}:burner`;
export const lrtAccount = (lrt: string): string => `lrt:${lrt}`;
export const lrtAsset = (lrt: string): string => `LRT:${lrt}`;
export const setKey = (avs: string, set: number): string => `${avs}/${set}`;
export const allocationKey = (operator: string, avs: string, set: number, strategy: string): string =>
  `${operator}|${avs}/${set}|${strategy}`;
