import { describe, expect, it } from 'vitest';
import { A_PRECISION, getD, getY, stableSwapPrice, stableSwapQuote } from '../../../src/engine/markets/stableSwap';
import { constantProductPrice, constantProductQuote } from '../../../src/engine/markets/constantProduct';

const E = 1_000_000_000n; // 1 unit in gwei
const amp = 50n * A_PRECISION;

describe('StableSwap (Curve get_D / get_y)', () => {
  it('a balanced pool has D = sum of balances and a price of exactly 1', () => {
    expect(getD([1000n * E, 1000n * E], amp)).toBe(2000n * E);
    const p = stableSwapPrice([1000n * E, 1000n * E], amp);
    expect(p.num).toBe(p.den);
  });

  it('selling 1 LST into a balanced 1000/1000 pool (A = 50, fee 4 bp) pays what the invariant says', () => {
    // By hand (Decimal, 60 digits): with Ae = A·n = 100, 100(x+y) + D = 100·D + D³/(4xy), D = 2000, x = 1001
    // gives 100y² − 97900y − 8e9/4004 = 0, y = 999.000019607477..., so dy = 0.999980392522 before the fee
    // and 0.999580400365 after 4 bp. Vyper's integer Newton steps and the "−1" land within 2 gwei of that.
    const q = stableSwapQuote(0, 1, 1n * E, [1000n * E, 1000n * E], amp, 4_000_000n);
    expect(q.dy + q.fee).toBeGreaterThanOrEqual(999_980_390n);
    expect(q.dy + q.fee).toBeLessThanOrEqual(999_980_392n);
    expect(q.dy).toBeGreaterThanOrEqual(999_580_398n);
    expect(q.dy).toBeLessThanOrEqual(999_580_400n);
    expect(q.fee).toBe(((q.dy + q.fee) * 4_000_000n) / 10_000_000_000n);
  });

  it('keeps the invariant through a swap: D after >= D before (rounding and fee favour the pool)', () => {
    const xp: [bigint, bigint] = [1234n * E, 987n * E];
    const D0 = getD(xp, amp);
    const dx = 300n * E;
    const q = stableSwapQuote(0, 1, dx, xp, amp, 0n);
    const D1 = getD([xp[0] + dx, xp[1] - q.dy], amp);
    expect(D1).toBeGreaterThanOrEqual(D0);
    expect(D1 - D0).toBeLessThan(10n); // only rounding dust
  });

  it('get_y is the inverse of get_D', () => {
    const xp: [bigint, bigint] = [500n * E, 1500n * E];
    const y = getY(0, 1, 600n * E, xp, amp);
    const D = getD(xp, amp);
    const D2 = getD([600n * E, y], amp);
    expect(D2 - D < 3n && D - D2 < 3n).toBe(true);
  });

  it('prices the LST below 1 when the pool holds more of it (the 2022 80/20 pool)', () => {
    const p = stableSwapPrice([800n * E, 200n * E], amp);
    expect(p.num < p.den).toBe(true);
    // the marginal price matches a tiny trade's rate (before fee) to 6 digits
    const dx = 1_000_000n; // 0.001
    const q = stableSwapQuote(0, 1, dx, [800n * E, 200n * E], amp, 0n);
    const tradeRate = Number(q.dy) / Number(dx);
    expect(Math.abs(tradeRate - Number(p.num) / Number(p.den))).toBeLessThan(1e-5);
  });

  it('has far less slippage than x·y = k near balance', () => {
    const ss = stableSwapQuote(0, 1, 10n * E, [1000n * E, 1000n * E], amp, 0n).dy;
    const cp = constantProductQuote(10n * E, 1000n * E, 1000n * E, 0n).dy;
    expect(ss > cp).toBe(true);
    expect(10n * E - ss).toBeLessThan(10_000_000n); // < 0.01 of 10 lost
  });
});

describe('constant product', () => {
  it('Uniswap v2 getAmountOut by hand: 10 into 1000/1000 with 0.3% fee', () => {
    // dx' = 9.97; dy = 9.97·1000/1009.97 = 9.871580344… -> 9.871580343 rounded down (gwei)
    const q = constantProductQuote(10n * E, 1000n * E, 1000n * E, 30_000_000n);
    expect(q.dy).toBe(9_871_580_343n);
    expect(q.fee).toBe(30_000_000n);
  });

  it('k never decreases and the price is y/x', () => {
    const q = constantProductQuote(50n * E, 1000n * E, 2000n * E, 30_000_000n);
    expect(1050n * E * (2000n * E - q.dy) >= 1000n * E * 2000n * E).toBe(true);
    expect(constantProductPrice(1000n, 2000n)).toEqual({ num: 2n, den: 1n });
  });
});
