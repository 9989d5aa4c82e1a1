/**
 * The markets slice of the world: AMM pools where an LST/LRT trades against ETH, and lending markets that take
 * those tokens as collateral and lend ETH. Balances live in the ledger (pools at `market:pool:<id>`, lending
 * collateral at `market:lending:<id>:collateral`, the ETH it lends at `market:lending:<id>:reserve`); this slice
 * holds only parameters and the debts, which are claims, not assets.
 */
import type { Ratio } from './stableSwap';
import { record } from '../records';

export type Curve = 'stableswap' | 'constantProduct';

export interface Pool {
  id: string;
  /** The token traded against ETH (a ledger asset id, e.g. `stETH:lido`). Coin 0 is the token, coin 1 is ETH. */
  asset: string;
  curve: Curve;
  /** StableSwap amplification A (stored, like Curve, as A·A_PRECISION). Unused by constant product. */
  amp: bigint;
  /** Fee in 1e-10 units (Curve's FEE_DENOMINATOR): 4 bp = 4_000_000. */
  fee: bigint;
  /**
   * Whether balances are scaled by the token's redemption rate before the invariant (a rebasing stETH balance
   * counted in shares, or a rate oracle as in stableswap-ng). False: the token is counted one-for-one.
   */
  rateScaled: boolean;
  /** Who supplied the liquidity (for attribution; the pool's fees are theirs). */
  provider: string | null;
}

/** Per collateral asset, Aave-style risk parameters, each an exact fraction [num, den]. */
export interface CollateralParams {
  asset: string;
  ltv: [bigint, bigint];
  liquidationThreshold: [bigint, bigint];
  /** Extra collateral the liquidator receives: seized = repaid × (1 + bonus) / price. */
  liquidationBonus: [bigint, bigint];
  /** 'redemption': the protocol's own rate; 'pool': the AMM's marginal price (then a sale moves the oracle). */
  oracle: 'redemption' | 'pool';
  /** The pool whose price the 'pool' oracle reads and into which liquidators sell. */
  pool: string | null;
}

export interface Position {
  id: string;
  borrower: string;
  asset: string;
  /** Collateral deposited, in the asset's ledger units (held in the market's collateral account). */
  collateral: bigint;
  /** ETH owed, in gwei. */
  debt: bigint;
}

export interface LendingMarket {
  id: string;
  /** A display name from the scenario file; absent, the id is shown. */
  name?: string;
  collateral: Record<string, CollateralParams>;
  /** Share of the debt a liquidator may repay at once (Aave: 50%). */
  closeFactor: [bigint, bigint];
  /** Below this health factor the whole debt may be repaid at once (Aave v3 CLOSE_FACTOR_HF_THRESHOLD 0.95). */
  fullCloseBelow: [bigint, bigint];
  /** The holder who liquidates unhealthy positions and sells the collateral into the pool. */
  liquidator: string | null;
  positions: Record<string, Position>;
  /** Position ids in creation order (the deterministic order liquidations break ties in). */
  order: string[];
  /** Debt left without collateral after liquidations (the market's loss). */
  badDebt: bigint;
}

export interface MarketsState {
  pools: Record<string, Pool>;
  lending: Record<string, LendingMarket>;
  /** Last oracle price seen per (market, asset), so a change can be reported and traced when rates move. */
  lastPrice: Record<string, Ratio>;
}

export function createMarketsState(): MarketsState {
  return { pools: record(), lending: record(), lastPrice: record() };
}

export const poolAccount = (id: string): string => `market:pool:${id}`;
export const collateralAccount = (id: string): string => `market:lending:${id}:collateral`;
export const reserveAccount = (id: string): string => `market:lending:${id}:reserve`;
