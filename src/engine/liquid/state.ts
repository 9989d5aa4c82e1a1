/**
 * The liquid staking slice of the world: Lido-like pools (rebasing stETH, wstETH, withdrawal queue) and
 * Rocket-Pool-like pools (rETH, minipools, RPL collateral). Plain serialisable data; balances live in the
 * ledger (see accounts.ts), lifecycles are xstate machines whose state values are stored here.
 */
import { record } from '../records';

/** A withdrawal request's lifecycle state (the value of withdrawalRequestMachine). */
export type WithdrawalRequestStatus = 'requested' | 'finalized' | 'claimed';

/** One unstETH request (an ERC-721 in the real queue). */
export interface WithdrawalRequest {
  id: string;
  owner: string;
  /** stETH asked for at request time (the "nominal" value, in gwei). */
  amountOfStETH: bigint;
  /** Shares locked in the queue for it (burned on finalization). */
  shares: bigint;
  requestedEpoch: number;
  status: WithdrawalRequestStatus;
  /** Ether locked for it at finalization (nominal, or discounted after a loss); null until finalized. */
  claimableEth: bigint | null;
  finalizedEpoch: number | null;
}

export interface LidoPool {
  id: string;
  name: string;
  /** Total protocol fee on rewards, in basis points (1000 = 10%), half to operators, half to the treasury. */
  feeBasisPoints: number;
  /** The node operators' ids, in the order deposits take turns. */
  operators: string[];
  /** The name a learner reads for an operator, where the scenario gives one (accountNames.poolOperatorName). */
  operatorNames?: Record<string, string>;
  /** Index into `operators` of the next operator to receive a deposit (round-robin). */
  nextOperator: number;
  /** The pool's validators, in deposit order. */
  validators: string[];
  /** Validators ever deposited by the pool (Lido's DEPOSITED_VALIDATORS). */
  depositedValidators: number;
  /** Validators the oracle has seen on the consensus layer (Lido's CL_VALIDATORS). */
  clValidators: number;
  /** Sum of the pool validators' balances as of the last oracle report (Lido's CL_BALANCE). */
  clBalance: bigint;
  totalShares: bigint;
  lastReportEpoch: number | null;
  requests: Record<string, WithdrawalRequest>;
  /** Request ids in FIFO order. */
  queue: string[];
  nextRequestId: number;
}

/** A minipool's lifecycle state (the value of minipoolMachine). */
export type MinipoolStatus = 'staking' | 'exiting' | 'distributed';

export interface MinipoolDistribution {
  balance: bigint;
  nodeShare: bigint;
  userShare: bigint;
  shortfall: bigint;
  rplSlashed: bigint;
  ethFromRpl: bigint;
  socialised: bigint;
  epoch: number;
}

export interface Minipool {
  id: string;
  node: string;
  /** The node operator's bond (16 ETH, or 8 ETH for an LEB8), in gwei. */
  nodeCapital: bigint;
  /** Ether matched from the deposit pool (rETH holders' capital), in gwei. */
  userCapital: bigint;
  /** The Ethereum validator this minipool runs. */
  validator: string;
  status: MinipoolStatus;
  distribution: MinipoolDistribution | null;
}

export interface RocketNode {
  id: string;
  /** The holder who runs the node and receives its ether, or null (then its own account receives it). */
  holder: string | null;
}

export interface RocketPool {
  id: string;
  name: string;
  /** RPL price in ETH, as gwei per whole RPL (RocketNetworkPrices.getRPLPrice, scaled to 1e9). */
  rplPrice: bigint;
  /** Node commission on the user half of rewards, as [numerator, denominator] (14% for Atlas minipools). */
  nodeFee: [bigint, bigint];
  nodes: Record<string, RocketNode>;
  minipools: Record<string, Minipool>;
  minipoolOrder: string[];
  /** What the oracle DAO last reported (RocketNetworkBalances): the rate uses these, not live balances. */
  totalEthBalance: bigint;
  rethSupply: bigint;
  lastReportEpoch: number | null;
}

export interface LiquidState {
  lido: Record<string, LidoPool>;
  rocket: Record<string, RocketPool>;
}

export function createLiquidState(): LiquidState {
  return { lido: record(), rocket: record() };
}
