/**
 * The perfect-fit phase's building blocks (perfectFit.ts): the sorted subset-sum table with its band indexes,
 * the small meet-in-the-middle that names a tail subset, and tables shared across the lists of one batch
 * (every service of one analysis), which must change the speed only, never a cost.
 */
import { describe, expect, it } from 'vitest';
import { UNLIMITED } from '../../../src/engine/security/budget';
import { costsOfCorruption } from '../../../src/engine/security/costOfCorruption';
import { indexGraph, type RestakingGraph } from '../../../src/engine/security/graph';
import {
  buildTailTable,
  findPerfectFit,
  fitContext,
  fitDone,
  subsetWithSum,
  type TailTable,
  sortedSubsetSums,
} from '../../../src/engine/security/perfectFit';
import { rat } from '../../../src/engine/security/rational';
import { scaleGraph } from '../../../src/engine/security/scaled';
import { minCover } from '../../../src/engine/security/subsetSum';
import { seededUniform } from '../../bench/securityInstances';

/** The lookup the search does: is r a subset sum of the table (r inside the band)? */
function lookup(tb: TailTable, r: number): boolean {
  const f = Math.floor((r - tb.lo) * tb.ifw);
  if ((tb.filter[f >> 5] & (1 << (f & 31))) === 0) return false;
  let e = tb.at[f >> 5];
  while (tb.sums[e] < r) e++;
  return tb.sums[e] === r;
}

/** Heavy-tailed gwei-sized stakes like EigenLayer operators (1e8 .. 3e13). */
function operatorLike(n: number, seed: number): number[] {
  const rnd = seededUniform(seed);
  return Array.from({ length: n }, () => Math.floor(10 ** (8 + 5.5 * rnd())) + Math.floor(rnd() * 1000));
}

const desc = (xs: number[]) => [...xs].sort((x, y) => y - x);
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('tail table', () => {
  it('holds every subset sum of {3, 5, 9}, sorted (worked by hand: 0 3 5 8 9 12 14 17)', () => {
    const tb = buildTailTable([3, 5, 9]);
    expect([...tb.sums]).toEqual([0, 3, 5, 8, 9, 12, 14, 17]);
    expect(tb.total).toBe(17);
    expect(tb.sq).toBe(9 + 25 + 81);
    // band: total/2 ± 1.28·σ, σ = √115 / 2 ≈ 5.36 → [floor(8.5 − 6.86), ceil(8.5 + 6.86)] = [1, 16]
    expect([tb.lo, tb.hi]).toEqual([1, 16]);
  });

  it('extending a table gives the same table as building it at once', () => {
    const base = buildTailTable([7, 11, 2]);
    const grown = buildTailTable([13, 4], base);
    const once = buildTailTable([7, 11, 2, 13, 4]);
    expect(grown.items).toEqual([7, 11, 2, 13, 4]);
    expect([...grown.sums]).toEqual([...once.sums]);
    expect([grown.lo, grown.hi, grown.total, grown.sq]).toEqual([once.lo, once.hi, once.total, once.sq]);
  });

  it('the filtered directory lookup finds exactly the subset sums inside the band', () => {
    const items = operatorLike(14, 3).map((x) => x % 100_003); // small enough to try every value of the band
    const tb = buildTailTable(items);
    const all = new Set(tb.sums);
    let found = 0;
    const wrong: number[] = [];
    for (let r = tb.lo; r <= tb.hi; r++) {
      if (lookup(tb, r) !== all.has(r)) wrong.push(r);
      if (all.has(r)) found++;
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(1000);
  });
});

describe('subsetWithSum', () => {
  it('names a subset with the sum, or says there is none (hand cases)', () => {
    const items = [3, 5, 9];
    expect(subsetWithSum(items, 14)).toEqual([1, 2]);
    expect(subsetWithSum(items, 0)).toEqual([]);
    expect(subsetWithSum(items, 17)).toEqual([0, 1, 2]);
    expect(subsetWithSum(items, 4)).toBeNull();
    expect(subsetWithSum(items, 18)).toBeNull();
    // duplicates: 7 = 2 + 5 with either 2
    const d = subsetWithSum([2, 2, 5], 7)!;
    expect(d.map((i) => [2, 2, 5][i]).sort()).toEqual([2, 5]);
  });

  it('every subset sum of 20 items is found back', () => {
    const items = operatorLike(20, 11);
    const rnd = seededUniform(12);
    for (let c = 0; c < 30; c++) {
      const mask = Math.floor(rnd() * 2 ** 20);
      const v = items.reduce((s, x, q) => (mask & (1 << q) ? s + x : s), 0);
      const got = subsetWithSum(items, v)!;
      expect(new Set(got).size).toBe(got.length);
      expect(sum(got.map((q) => items[q]))).toBe(v);
    }
  });
});

describe('tables shared across lists', () => {
  it('a list holding a table’s items reuses it, and its fit is exact', () => {
    const small = desc(operatorLike(60, 21));
    const big = desc([...small, ...operatorLike(30, 22).map((x) => x + 1e13)]); // the extra items are all large
    const ctx = fitContext([small, big]);
    const capS = Math.floor(sum(small) / 2);
    const f1 = findPerfectFit(small, capS, UNLIMITED, ctx);
    expect(f1.set).not.toBeNull();
    expect(sum(f1.set!.map((i) => small[i]))).toBe(capS);
    fitDone(ctx, 0);
    const tables = ctx.tables.length;
    expect(tables).toBeGreaterThan(0); // kept: `big` holds its items
    const capB = Math.floor((sum(big) * 2) / 5);
    const f2 = findPerfectFit(big, capB, UNLIMITED, ctx);
    expect(f2.set).not.toBeNull();
    expect(sum(f2.set!.map((i) => big[i]))).toBe(capB);
    expect(new Set(f2.set).size).toBe(f2.set!.length);
    expect(ctx.tables.length).toBe(tables); // nothing new was built: the shared table was cheaper
    fitDone(ctx, 1);
    expect(ctx.tables.length).toBe(0); // no list left to use them
  });

  it('a table a list does not hold is never used; the fit is still exact', () => {
    const a = desc(operatorLike(70, 31));
    const b = desc(operatorLike(70, 32));
    const ctx = fitContext([a, b]);
    expect(findPerfectFit(a, Math.floor(sum(a) / 2), UNLIMITED, ctx).set).not.toBeNull();
    const cap = Math.floor(sum(b) / 3);
    const f = findPerfectFit(b, cap, UNLIMITED, ctx);
    expect(sum(f.set!.map((i) => b[i]))).toBe(cap);
  });

  it('costs of corruption with shared tables equal each service solved alone (nested unique-stake lists)', () => {
    // one operator list; service k is served by the first 60 + 12k operators, each with the same amount on
    // every service (as when operators allocate the same magnitude to several AVSs)
    const stakes = operatorLike(110, 41);
    const thresholds: [bigint, bigint][] = [
      [1n, 2n],
      [2n, 3n],
      [1n, 3n],
      [1n, 2n],
      [3n, 5n],
    ];
    const graph: RestakingGraph = { validators: [], services: [], edges: [] };
    thresholds.forEach(([n, d], k) => {
      const id = `S${k}`;
      graph.services.push({ id, profit: rat(10n ** 13n), threshold: rat(n, d) });
      for (let o = 0; o < 60 + 12 * k; o++) {
        graph.validators.push({ id: `op${o}@${id}`, stake: rat(BigInt(stakes[o]), 10n ** 9n) });
        graph.edges.push([`op${o}@${id}`, id]);
      }
    });
    const sg = scaleGraph(indexGraph(graph));
    const shared = costsOfCorruption(sg);
    shared.forEach((c, j) => {
      const items = sg.g.sValidators[j].map((v) => sg.S[v]);
      const alone = minCover(items, sg.NEED[j]);
      expect(c.exact).toBe(true);
      expect(c.cost).toBe(alone.cost);
      expect(c.validators.reduce((s, v) => s + sg.S[v], 0n)).toBe(c.cost);
      expect(c.validators.every((v) => sg.g.sValidators[j].includes(v))).toBe(true);
    });
  });
});

describe('sortedSubsetSums (the one merge doubling of the tail and middle searches)', () => {
  it('lists every subset sum of [3, 1, 2] in order, each with the subset that makes it', () => {
    const items = [3, 1, 2];
    const { sums, masks } = sortedSubsetSums(items);
    // {} 0, {1} 1, {2} 2, {3} 3 and {1,2} 3 (the subset without the newer item 2 first), {3,1} 4, {3,2} 5, all 6
    expect([...sums]).toEqual([0, 1, 2, 3, 3, 4, 5, 6]);
    expect([...masks]).toEqual([0b000, 0b010, 0b100, 0b001, 0b110, 0b011, 0b101, 0b111]);
    masks.forEach((mask, k) => expect(items.reduce((s, x, q) => (mask & (1 << q) ? s + x : s), 0)).toBe(sums[k]));
  });
});
