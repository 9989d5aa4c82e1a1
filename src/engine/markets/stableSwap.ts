/**
 * Curve's StableSwap invariant for two coins, in exact integer math exactly as the Vyper pools compute it
 * (curve-contract pool-templates/base/SwapTemplateBase.vy, the template of the ETH/stETH pool):
 *
 *   A·n^n·Σx + D = A·D·n^n + D^(n+1) / (n^n·Πx)
 *
 * Why StableSwap and not x·y = k: the real stETH/ETH pool is a Curve StableSwap pool. Near-pegged assets need
 * almost no slippage close to 1:1 (so the pool quotes ~1.0 while it is balanced) and a sharp move once the pool
 * is far from balance, which is exactly how the May-June 2022 stETH discount built up (Nansen's depeg study: the pool
 * drifted to ~80/20 stETH/ETH and the price to ~0.95). A constant-product pool would move the price with every
 * trade, even small ones, and could not reproduce that shape.
 *
 * Balances here are "xp" units: each coin's balance times its rate (ETH per token), so a rebasing stETH balance or
 * a rate-bearing token (wstETH, rETH, an LRT) is compared in ETH terms, as stableswap-ng's rate-oracle pools do.
 */

/** Curve stores A multiplied by A_PRECISION so that A can ramp smoothly (SwapTemplateBase.vy). */
export const A_PRECISION = 100n;
/** Fees are in units of 1e-10 (SwapTemplateBase.vy FEE_DENOMINATOR); 4 bp = 4_000_000. */
export const FEE_DENOMINATOR = 10_000_000_000n;
export const N_COINS = 2n;

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/**
 * get_D: the invariant D for balances xp and amplification `amp` (= A·A_PRECISION), by Newton's method.
 * Identical integer steps to the Vyper code, so results match the contract to the unit.
 */
export function getD(xp: readonly [bigint, bigint], amp: bigint): bigint {
  const S = xp[0] + xp[1];
  if (S === 0n) return 0n;
  let D = S;
  const Ann = amp * N_COINS;
  for (let i = 0; i < 255; i++) {
    let D_P = D;
    for (const x of xp) D_P = (D_P * D) / (x * N_COINS + 1n); // +1 prevents division by zero, as in Vyper
    const Dprev = D;
    D =
      (((Ann * S) / A_PRECISION + D_P * N_COINS) * D) /
      (((Ann - A_PRECISION) * D) / A_PRECISION + (N_COINS + 1n) * D_P);
    if (abs(D - Dprev) <= 1n) return D;
  }
  throw new Error('get_D did not converge'); // Vyper raises too
}

/**
 * get_y: the new balance of coin j that keeps D when coin i's balance becomes x. Same Newton iteration as the
 * Vyper code (which solves y² + (b − D)·y = c).
 */
export function getY(i: 0 | 1, j: 0 | 1, x: bigint, xp: readonly [bigint, bigint], amp: bigint): bigint {
  if (i === j) throw new Error('get_y: same coin');
  const D = getD(xp, amp);
  return getYD(i, x, D, amp);
}

/** get_y with D given (the other coin is the only one besides i, since n = 2). */
export function getYD(i: 0 | 1, x: bigint, D: bigint, amp: bigint): bigint {
  void i;
  const Ann = amp * N_COINS;
  let c = D;
  const S_ = x;
  c = (c * D) / (x * N_COINS);
  c = (c * D * A_PRECISION) / (Ann * N_COINS);
  const b = S_ + (D * A_PRECISION) / Ann;
  let y = D;
  for (let k = 0; k < 255; k++) {
    const yPrev = y;
    y = (y * y + c) / (2n * y + b - D);
    if (abs(y - yPrev) <= 1n) return y;
  }
  throw new Error('get_y did not converge');
}

export interface StableSwapQuote {
  /** What the trader receives, in xp units of coin j, after the fee. */
  dy: bigint;
  /** The fee, in xp units of coin j; it stays in the pool (admin fee 0: all of it goes to liquidity providers). */
  fee: bigint;
}

/**
 * exchange(i, j, dx) in xp units: dy = xp[j] − y − 1 (the "−1 just in case there were some rounding errors" of
 * the Vyper code: that unit stays in the pool), then the fee dy·fee/1e10 is kept by the pool.
 */
export function stableSwapQuote(
  i: 0 | 1,
  j: 0 | 1,
  dx: bigint,
  xp: readonly [bigint, bigint],
  amp: bigint,
  fee: bigint,
): StableSwapQuote {
  const x = xp[i] + dx;
  const y = getY(i, j, x, xp, amp);
  let dy = xp[j] - y - 1n;
  if (dy < 0n) dy = 0n;
  const dyFee = (dy * fee) / FEE_DENOMINATOR;
  return { dy: dy - dyFee, fee: dyFee };
}

/** An exact rational number (den > 0). */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/**
 * The marginal price of coin 0 in units of coin 1 (before the fee), exactly: −dy/dx along the invariant.
 * With Ae = Ann/A_PRECISION and F = Ae·(x+y) + D − Ae·D − D³/(4xy):
 *   price = F_x / F_y = (Ae·4x²y² + D³·y) / (Ae·4x²y² + D³·x)
 * so a pool holding more of coin 0 than coin 1 prices coin 0 below 1.
 */
export function stableSwapPrice(xp: readonly [bigint, bigint], amp: bigint): Ratio {
  const [x, y] = xp;
  if (x === 0n || y === 0n) return { num: 0n, den: 1n };
  const D = getD(xp, amp);
  const Ann = amp * N_COINS;
  const k = Ann * 4n * x * x * y * y;
  const d3 = A_PRECISION * D * D * D;
  return reduce({ num: k + d3 * y, den: k + d3 * x });
}

export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

export function reduce(r: Ratio): Ratio {
  const g = gcd(r.num, r.den);
  return g > 1n ? { num: r.num / g, den: r.den / g } : r;
}
