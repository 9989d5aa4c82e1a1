/**
 * minCover (the exact cost of corruption of one service) on long, high-density lists: the perfect-fit phase
 * (perfectFit.ts), the exact fallback when no perfect fit exists, and the time budget.
 */
import { describe, expect, it } from 'vitest';
import { findPerfectFit } from '../../../src/engine/security/perfectFit';
import { minCover } from '../../../src/engine/security/subsetSum';
import { UNLIMITED } from '../../../src/engine/security/budget';
import { seededUniform } from '../../bench/securityInstances';

const sumOf = (items: readonly bigint[], chosen: readonly number[]): bigint =>
  chosen.reduce((a, i) => a + items[i], 0n);
const totalOf = (items: readonly bigint[]): bigint => items.reduce((a, b) => a + b, 0n);

/** Exact min subset sum ≥ need by meet in the middle (two sorted halves): an independent check up to ~30 items. */
function minCoverMitm(items: readonly bigint[], need: bigint): bigint {
  const half = (xs: readonly bigint[]): bigint[] => {
    let s = [0n];
    for (const x of xs) s = s.concat(s.map((y) => y + x));
    return s.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  };
  const L = half(items.slice(0, items.length >> 1));
  const R = half(items.slice(items.length >> 1));
  let best: bigint | null = null;
  for (const l of L) {
    // smallest r with l + r ≥ need
    let lo = 0;
    let hi = R.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (l + R[mid] >= need) hi = mid;
      else lo = mid + 1;
    }
    if (lo < R.length && (best === null || l + R[lo] < best)) best = l + R[lo];
  }
  return best!;
}

/** Heavy-tailed gwei-sized stakes like EigenLayer operators (1e8 .. 3e13), gcd 1. */
function operatorLike(n: number, seed: number): bigint[] {
  const rnd = seededUniform(seed);
  return Array.from({ length: n }, () => BigInt(Math.floor(10 ** (8 + 5.5 * rnd())) + Math.floor(rnd() * 1000)));
}

describe('minCover on high-density lists (perfect-fit phase)', () => {
  it('finds a cover summing exactly to the need on 80 operator-like stakes, and says it is exact', () => {
    for (const seed of [1, 2, 3]) {
      const items = operatorLike(80, seed);
      const need = totalOf(items) / 2n + 12_345n;
      const r = minCover(items, need);
      // 80 items of ≤ 46 bits: ~2^80 / 2^46 subsets per value, so a perfect fit exists; it must be found
      expect(sumOf(items, r.chosen)).toBe(need);
      expect(r.cost).toBe(need);
      expect(r.exact).toBe(true);
      expect(new Set(r.chosen).size).toBe(r.chosen.length);
    }
  });

  it('the fit phase alone returns distinct positions summing exactly to the target, deterministically', () => {
    const a = operatorLike(120, 9)
      .map(Number)
      .sort((x, y) => y - x);
    const cap = Math.floor(a.reduce((s, x) => s + x, 0) / 3);
    const f1 = findPerfectFit(a, cap, UNLIMITED);
    const f2 = findPerfectFit(a, cap, UNLIMITED);
    expect(f1.set).not.toBeNull();
    expect(f1.set!.reduce((s, i) => s + a[i], 0)).toBe(cap);
    expect(new Set(f1.set).size).toBe(f1.set!.length);
    expect(f2.set).toEqual(f1.set); // seeded: same input, same cover
  });
});

describe('minCover when no perfect fit exists (exact fallback)', () => {
  it('equals the brute-force minimum on low-density lists of 26-30 items (too sparse for the fit phase: the exact search alone)', () => {
    const rnd = seededUniform(5);
    for (let c = 0; c < 12; c++) {
      const n = 26 + (c % 5);
      // 12-13 digit amounts: 2^30 subsets over a 1e13 range, so an exact fit is unlikely
      const items = Array.from({ length: n }, () => BigInt(Math.floor(1e12 + rnd() * 9e12)));
      const need = BigInt(Math.floor(Number(totalOf(items)) * (0.3 + 0.4 * rnd())));
      const r = minCover(items, need);
      expect(r.exact).toBe(true);
      expect(r.cost).toBe(minCoverMitm(items, need));
      expect(sumOf(items, r.chosen)).toBe(r.cost);
    }
  });

  it('a dense list with no perfect fit by construction: the fit search fails, the exact search proves the optimum', () => {
    // 31 multiples of 1000 and one 1: every subset sum is ≡ 0 or 1 (mod 1000). The left-out target
    // cap = total − need is made ≡ 500 (mod 1000), so no cover hits need exactly, although the list is dense
    // enough (32 items, ~2·10^6 each: the shortest list the fit phase searches) that it does search.
    const rnd = seededUniform(23);
    for (let c = 0; c < 4; c++) {
      const items = [1n, ...Array.from({ length: 31 }, () => 1000n * BigInt(1 + Math.floor(rnd() * 2000)))];
      const total = totalOf(items);
      let cap = total / 2n;
      cap += 500n - (cap % 1000n);
      const need = total - cap;
      const a = items.map(Number).sort((x, y) => y - x);
      expect(findPerfectFit(a, Number(cap), UNLIMITED).set).toBeNull();
      const r = minCover(items, need);
      expect(r.exact).toBe(true);
      expect(r.cost).toBe(minCoverMitm(items, need));
      expect(r.cost > need).toBe(true);
      expect(sumOf(items, r.chosen)).toBe(r.cost);
    }
  });

  it('equals plain brute force on lists of up to 22 items', () => {
    const rnd = seededUniform(17);
    for (let c = 0; c < 6; c++) {
      const n = 17 + c; // 17..22
      const items = Array.from({ length: n }, () => BigInt(Math.floor(1e9 + rnd() * 1e13)));
      const need = BigInt(Math.floor(Number(totalOf(items)) * (0.2 + 0.6 * rnd())));
      let best: bigint | null = null;
      for (let mask = 0; mask < 1 << n; mask++) {
        let s = 0n;
        for (let i = 0; i < n; i++) if (mask & (1 << i)) s += items[i];
        if (s >= need && (best === null || s < best)) best = s;
      }
      const r = minCover(items, need);
      expect(r.exact).toBe(true);
      expect(r.cost).toBe(best);
    }
  });
});

describe('minCover time budget', () => {
  it('an expired budget returns a valid cover (an upper bound ≥ need) with exact = false unless it is a perfect fit', () => {
    const items = operatorLike(200, 4);
    const need = totalOf(items) / 2n + 1n;
    let t = 0;
    const r = minCover(items, need, { now: () => (t += 1), deadline: 0 });
    expect(sumOf(items, r.chosen)).toBe(r.cost);
    expect(r.cost >= need).toBe(true);
    if (r.cost !== need) expect(r.exact).toBe(false);
  });

  it('a budget that lasts finds the same exact answer as no budget', () => {
    const items = operatorLike(60, 8);
    const need = (totalOf(items) * 2n) / 3n;
    const free = minCover(items, need);
    const r = minCover(items, need, { now: () => 0, deadline: 1 });
    expect(r).toEqual(free);
    expect(r.exact).toBe(true);
  });
});
