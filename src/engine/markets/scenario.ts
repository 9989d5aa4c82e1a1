/**
 * The scenario section that sets up markets: AMM pools funded by a liquidity provider, and lending markets
 * funded by a supplier, with optional genesis positions, including the 2022-style leveraged loop (deposit the
 * LST, borrow ETH, buy more LST in the pool, deposit it, repeat).
 */
import * as v from 'valibot';
import { Amount, AssetId, Fraction, Id } from '../scenario/primitives';

export const PoolSectionSchema = v.strictObject({
  id: Id,
  /** The token traded against ETH. */
  asset: AssetId,
  /** 'stableswap' (Curve, the default: the real stETH/ETH pool) or 'constantProduct' (x·y = k). */
  curve: v.optional(v.picklist(['stableswap', 'constantProduct']), 'stableswap'),
  /** Curve's A. Illustrative default 50 (a typical value for ETH/LST pools; Curve stores it ×100). */
  amplification: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)), 50),
  /** Swap fee (default 4 bp, Curve's 0.04%); it stays in the pool for the liquidity providers. */
  fee: v.optional(Fraction, '0.0004'),
  /** Scale the token by its redemption rate inside the invariant (default true: rebasing stETH, rate-oracle pools). */
  rateScaled: v.optional(v.boolean(), true),
  /** The holder whose tokens and ETH fund the pool. */
  provider: Id,
  token: Amount,
  eth: Amount,
});

export const CollateralSectionSchema = v.strictObject({
  asset: AssetId,
  ltv: Fraction,
  liquidationThreshold: Fraction,
  /** 0.05 = the liquidator receives 105% of what it repays, in collateral. */
  liquidationBonus: Fraction,
  oracle: v.optional(v.picklist(['redemption', 'pool']), 'pool'),
  pool: v.optional(Id),
});

export const PositionSectionSchema = v.strictObject({
  id: v.optional(Id),
  borrower: Id,
  asset: AssetId,
  /** Collateral the borrower deposits from their balance at genesis. */
  collateral: Amount,
  /** ETH borrowed against it (not with `loop`). */
  borrow: v.optional(Amount),
  /**
   * The leveraged loop: `times` rounds of borrow ETH up to `ltv` of the collateral value, buy the token in the
   * collateral's pool, deposit it.
   */
  loop: v.optional(
    v.strictObject({ times: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)), ltv: Fraction }),
  ),
});

export const LendingSectionSchema = v.strictObject({
  id: Id,
  /** What its card shows (default: the id). Optional, so files written before it still load. */
  name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80))),
  /** The holder who supplies the ETH the market lends. */
  supplier: Id,
  reserve: Amount,
  liquidator: v.optional(Id),
  /** Aave v2/v3 default 50%. */
  closeFactor: v.optional(Fraction, '0.5'),
  /** Aave v3: below HF 0.95 the whole debt may be repaid. */
  fullCloseBelow: v.optional(Fraction, '0.95'),
  collateral: v.array(CollateralSectionSchema),
  positions: v.optional(v.array(PositionSectionSchema), []),
});

export const marketsSectionSchema = v.strictObject({
  pools: v.optional(v.array(PoolSectionSchema), []),
  lending: v.optional(v.array(LendingSectionSchema), []),
});
export type MarketsSection = v.InferOutput<typeof marketsSectionSchema>;
