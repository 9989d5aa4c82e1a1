/**
 * The Cosmos SDK's fixed-point decimal (`math.LegacyDec`): a bigint holding value × 10^18. x/staking keeps
 * delegator shares, rates and fractions in this type, and its rounding is part of the protocol, so every
 * operation here rounds exactly as cosmossdk.io/math/dec.go does:
 * - Mul, Quo: exact product/quotient, then `chopPrecisionAndRound` (round half to even at 18 decimals);
 * - MulTruncate, QuoTruncate, QuoInt, TruncateInt: truncation toward zero (values here are never negative).
 */
export type Dec = bigint;

export const PRECISION = 10n ** 18n;
export const ONE: Dec = PRECISION;
export const ZERO: Dec = 0n;

/** LegacyNewDecFromInt. */
export const decFromInt = (n: bigint): Dec => n * PRECISION;

/** An exact fraction [num, den] (scenario input) as a Dec, truncated at 18 decimals ("0.05" is exact). */
export const decFromFraction = ([num, den]: readonly [bigint, bigint]): Dec => (num * PRECISION) / den;

/** Remove 18 digits with banker's rounding (chopPrecisionAndRound). Non-negative input. */
function chopAndRound(x: bigint): bigint {
  const quo = x / PRECISION;
  const rem = x % PRECISION;
  const half = PRECISION / 2n;
  if (rem < half) return quo;
  if (rem > half) return quo + 1n;
  return quo % 2n === 0n ? quo : quo + 1n;
}

/** LegacyDec.Mul: round half to even. */
export const mul = (a: Dec, b: Dec): Dec => chopAndRound(a * b);
/** LegacyDec.MulTruncate. */
export const mulTruncate = (a: Dec, b: Dec): Dec => (a * b) / PRECISION;
/** LegacyDec.MulInt: exact. */
export const mulInt = (a: Dec, n: bigint): Dec => a * n;
/** LegacyDec.Quo: multiply by precision twice, integer-divide, then round half to even. */
export const quo = (a: Dec, b: Dec): Dec => chopAndRound((a * PRECISION * PRECISION) / b);
/** LegacyDec.QuoTruncate. */
export const quoTruncate = (a: Dec, b: Dec): Dec => (a * PRECISION) / b;
/** LegacyDec.QuoInt: truncates. */
export const quoInt = (a: Dec, n: bigint): Dec => a / n;
/** LegacyDec.TruncateInt. */
export const truncateInt = (a: Dec): bigint => a / PRECISION;

/** "0.05" -> "5": a Dec as a percentage with no trailing zeros, for sentences. */
export function formatPercent(a: Dec): string {
  const scaled = a * 100n;
  const whole = scaled / PRECISION;
  const frac = (scaled % PRECISION).toString().padStart(18, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

/** A Dec as a plain decimal string ("0.05"), for reports. */
export function formatDec(a: Dec): string {
  const whole = a / PRECISION;
  const frac = (a % PRECISION).toString().padStart(18, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}
