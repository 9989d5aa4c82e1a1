/**
 * The constant-product invariant x·y = k (Uniswap v2, UniswapV2Library.getAmountOut), kept beside StableSwap so a
 * learner can compare: here every trade moves the price, even near 1:1. The fee is taken on the input, as in
 * Uniswap v2 (amountInWithFee = dx·(1 − fee)), and stays in the pool.
 */
import { FEE_DENOMINATOR, reduce, type Ratio } from './stableSwap';

export interface ConstantProductQuote {
  dy: bigint;
  /** The fee, in units of the input coin (kept by the pool). */
  fee: bigint;
}

/** getAmountOut: dy = dx'·y / (x + dx') with dx' = dx·(1 − fee), rounded down (the pool keeps the dust). */
export function constantProductQuote(dx: bigint, x: bigint, y: bigint, fee: bigint): ConstantProductQuote {
  const dxWithFee = (dx * (FEE_DENOMINATOR - fee)) / FEE_DENOMINATOR;
  const dy = (dxWithFee * y) / (x + dxWithFee);
  return { dy, fee: dx - dxWithFee };
}

/** Marginal price of coin 0 in coin 1: y / x. */
export function constantProductPrice(x: bigint, y: bigint): Ratio {
  if (x === 0n) return { num: 0n, den: 1n };
  return reduce({ num: y, den: x });
}
