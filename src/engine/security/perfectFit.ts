/**
 * Perfect-fit search for high-density subset sum (the first phase of subsetSum.ts's exact cover).
 *
 * Given amounts sorted in decreasing order (all sums < 2^53, so doubles are exact integers) and a target
 * `cap`, look for a subset C with s(C) = cap exactly. Such a fit is optimal for "max s(C) ≤ cap", so it needs
 * no proof. When a list is long relative to its number of digits (real operator stakes: 57–445 items of
 * 12–16 digits) perfect fits are plentiful in absolute terms yet a tiny share of all subsets, so a
 * depth-first search can wander for seconds before it meets one; this finds one in milliseconds.
 *
 * Method: three layers, meet in the middle.
 * - Tail: t small items. All 2^t subset sums, sorted (merge doubling), indexed over their dense central band
 *   by an occupancy filter (16 bits per entry) and the first entry of each filter word, so "is r a tail sum?"
 *   is one O(1) lookup: usually one bit test, otherwise about two entries scanned.
 * - Middle: the m = 12 smallest of the other items; their 2^m subset sums sorted (more lookups per head
 *   than 10, which pays for the greedy pass: about 10% less time on the real network).
 * - Head: the rest. A randomised greedy pass (largest first; an item that fits is taken with probability
 *   1/2, the last few whenever they fit) picks head items so the residual R = cap − s(head ∩ C) lands where
 *   middle + tail sums are dense. For every middle sum x that leaves R − x inside the band of the tail sums
 *   (a contiguous run of the sorted middle sums), one lookup asks whether R − x is a tail sum exactly.
 * Each lookup tests 2^t completions at once and succeeds with probability ≈ the density of tail sums in the
 * band, 0.8·2^t / (2.56 σ) (σ = half the root sum of squares of the tail items), since the residual's low
 * digits are effectively random. So the work is ≈ 2^t table entries to build plus 2.56σ/(0.8·2^t) lookups,
 * a lookup costing about LOOKUP = 1/4 of an entry (measured: a lookup is mostly one filter bit in cache, an
 * entry two merge writes with unpredictable branches): small tail items (small σ) make fits cheap, and the
 * best t balances the two terms. The greedy repeats itself (40% of its heads on the real network), so a
 * residual already looked up is skipped. If a few times the expected number of lookups fail, the tail grows by
 * two items (up to 2^MAX_TAIL sums); if even the largest table would need more than HOPELESS lookups per
 * entry, fits are too sparse to find this way and the exact search is left to do the work. Expected cost for
 * one list: O(2^t + σ_t/2^t) with t chosen, i.e. about 2·sqrt(LOOKUP·2.56σ_t/0.8) when the balance is reached.
 *
 * Sharing tables across lists (`FitContext`). The cost of corruption asks this for every service, and under
 * unique stake services often hold the very same amounts (an operator allocating the same magnitude of its
 * stake to several AVSs; in the shipped real network the 57 amounts of the smallest AVS appear in all ten).
 * The tail need not be the list's own smallest items: any t of its items will do, and the t that minimise
 * the work above are the smallest. So a table built for one list serves every later list that holds all of
 * its items (as a multiset), and building it is worth more: with k lists able to use it, its cost is shared
 * k ways (cost = 2^t / k + LOOKUP·lookups), so the first list builds a larger table and every list after it
 * only pays for its lookups (on the real network one table of 2^19 sums serves 8 of the 10 AVSs). Each list weighs the tables already built against building its own (the cost model above) and
 * takes the cheaper; lists are best solved smallest first (costOfCorruption.ts does), since the smallest
 * lists' items are the ones the others share. Results do not depend on which table is used: any fit found is
 * checked to sum to cap exactly, and finding none proves nothing.
 *
 * Deterministic: the random choices come from the engine's seeded generator (random/rng.ts; never
 * Math.random), so the same input (and the same tables) always gives the same cover.
 */
import { uniformSource } from '../random/rng';
import type { Budget } from './budget';

/** largest tail: 2^21 sums (16 MB of doubles; the filter and its word index 8 MB more) */
const MAX_TAIL = 21;
const MIN_TAIL = 12;
/** middle items (2^12 sorted sums) */
const MIDDLE = 12;
/** the smallest head items, always taken when they fit (they pull the residual down into the band) */
const GREEDY = 8;
/** cost of one lookup, in units of one table entry built (measured on the real network: a lookup is mostly one
 * filter bit in cache, an entry two merge writes with unpredictable branches plus its share of the index pass) */
const LOOKUP = 0.25;
/** filter bits per table entry (false positives ≈ 1/FILTER of the lookups in the band) */
const FILTER = 16;
/** tables kept for later lists at once */
const MAX_TABLES = 4;
/** give up (leave it to the exact search) beyond this many lookups per entry of the largest table */
const HOPELESS = 16;
/** the shortest list this phase searches (head ≥ GREEDY items, middle, tail ≥ MIN_TAIL) */
const MIN_LIST = GREEDY + MIDDLE + MIN_TAIL;

export interface FitSearch {
  /** positions in `a` of a subset summing to cap exactly, or null if none was found */
  set: number[] | null;
  /** the budget ran out */
  stopped: boolean;
}

/** Every subset sum of `items`, sorted, with an index (filter + word starts) over the central band. */
export interface TailTable {
  /** the tail items (bit q of a subset is items[q]) */
  items: number[];
  /** all 2^t subset sums, ascending */
  sums: Float64Array;
  total: number;
  /** Σ of the items' squares */
  sq: number;
  /** the band [lo, hi] holding about the central 80% of the sums */
  lo: number;
  hi: number;
  /** occupancy filter over the band: bit f is set iff some band sum has floor((sum − lo)·ifw) = f */
  ifw: number;
  filter: Int32Array;
  /** at[w] = first band entry whose filter bucket lies in word w or later (w = bucket >> 5) */
  at: Int32Array;
}

/** Tables built while solving a batch of lists (one analysis), and the lists still to come. */
export interface FitContext {
  tables: TailTable[];
  /** multisets (amount → count) of the lists not solved yet, to judge how widely a table can be shared */
  pending: Map<number, number>[];
}

/** A context for solving `lists` (amounts as doubles) one after another; call `fitDone(ctx, i)` when list i is solved. */
export function fitContext(lists: readonly (readonly number[])[]): FitContext & { lists: Map<number, number>[] } {
  // lists too short for this phase never use a table: they are left out of the sharing estimates
  const maps = lists.map((l) => (l.length >= MIN_LIST ? countsOf(l) : new Map<number, number>()));
  return { tables: [], pending: maps.filter((m) => m.size > 0), lists: maps };
}

/** List i is solved: it no longer counts as a sharer, and tables no list still to come can use are dropped. */
export function fitDone(ctx: FitContext & { lists: Map<number, number>[] }, i: number): void {
  ctx.pending = ctx.pending.filter((m) => m !== ctx.lists[i]);
  ctx.tables = ctx.tables.filter((tb) => ctx.pending.some((m) => holds(m, tb.items)));
}

/** Keeps a new table for later lists; only the newest MAX_TABLES are kept (each may hold 2^21 sums). */
function keep(ctx: FitContext, table: TailTable): void {
  ctx.tables.push(table);
  if (ctx.tables.length > MAX_TABLES) ctx.tables.shift();
}

function countsOf(a: readonly number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const x of a) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Does the multiset `m` contain every item of `items` (with multiplicity)? */
function holds(m: Map<number, number>, items: readonly number[]): boolean {
  const need = countsOf(items);
  for (const [x, c] of need) if ((m.get(x) ?? 0) < c) return false;
  return true;
}

/** Expected lookups before a hit: band width over the number of band entries (80% of 2^t). */
function lookupsFor(sq: number, t: number): number {
  return (2.56 * (Math.sqrt(sq) / 2)) / (0.8 * 2 ** t);
}

/** First index with sorted[i] ≥ x (sorted.length if none). */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The table of `base`'s items plus `add` (merge doubling: sums and sums + x, both sorted, merged; O(2^t) in
 * all), with its band directory.
 */
export function buildTailTable(add: readonly number[], base?: TailTable): TailTable {
  const items = [...(base?.items ?? []), ...add];
  const size = 2 ** items.length;
  let src = new Float64Array(size);
  let dst = new Float64Array(size);
  let len = 1;
  if (base) {
    src.set(base.sums);
    len = base.sums.length;
  }
  let sq = base?.sq ?? 0;
  let total = base?.total ?? 0;
  for (const x of add) {
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < len && j < len) {
      const u = src[i];
      const v = src[j] + x;
      if (u <= v) {
        dst[o++] = u;
        i++;
      } else {
        dst[o++] = v;
        j++;
      }
    }
    for (; i < len; i++) dst[o++] = src[i];
    for (; j < len; j++) dst[o++] = src[j] + x;
    [src, dst] = [dst, src];
    len *= 2;
    sq += x * x;
    total += x;
  }
  const sums = src;
  // the tail sums are close to normal: lookups stay in the central band (about 10%–90% of them)
  const sigma = Math.sqrt(sq) / 2;
  const lo = Math.floor(Math.max(0, total / 2 - 1.28 * sigma));
  const hi = Math.ceil(Math.min(total, total / 2 + 1.28 * sigma));
  // One pass over the band builds both indexes (the bucket formula multiplies by the inverse width; it is
  // monotone in the sum and computed identically by the lookups, which is all that correctness needs):
  // - an occupancy filter, FILTER bits per entry: bit f is set iff some band sum falls in fine bucket f. Most
  //   lookups miss, and a miss is decided by one bit of a table 4× smaller than the sums (it mostly stays in cache);
  // - per 32-bit word w of the filter, at[w] = the first band entry whose bucket is in word w or later, so a
  //   lookup that passes the filter scans only the entries of its word (about two) for an exact match.
  // (No data-dependent branch per entry: this pass costs a fraction of the merges.)
  const F = Math.max(32, len * FILTER);
  const ifw = F / (hi - lo + 1);
  const words = (F >> 5) + 1;
  const filter = new Int32Array(words);
  const at = new Int32Array(words + 1);
  const start = lowerBound(sums, lo);
  const span = hi - lo;
  let e = start;
  for (; e < len; e++) {
    const x = sums[e] - lo;
    if (x > span) break;
    const f = Math.floor(x * ifw);
    filter[f >> 5] |= 1 << (f & 31);
    at[(f >> 5) + 1]++;
  }
  at[0] = start;
  for (let w = 1; w <= words; w++) at[w] += at[w - 1];
  return { items, sums, total, sq, lo, hi, ifw, filter, at };
}

/**
 * All 2^t subset sums of `items` (t ≤ 30), sorted ascending, each with the subset that makes it (bit q: items[q]),
 * by merge doubling: the sorted sums without x and the same sums plus x, merged; O(2^t) in all. Equal sums keep
 * the subset without the newer item first.
 */
export function sortedSubsetSums(items: readonly number[]): { sums: Float64Array; masks: Int32Array } {
  let sums = new Float64Array([0]);
  let masks = new Int32Array([0]);
  for (let q = 0; q < items.length; q++) {
    const x = items[q];
    const len = sums.length;
    const ns = new Float64Array(2 * len);
    const nm = new Int32Array(2 * len);
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < len || j < len) {
      if (j >= len || (i < len && sums[i] <= sums[j] + x)) {
        ns[o] = sums[i];
        nm[o++] = masks[i++];
      } else {
        ns[o] = sums[j] + x;
        nm[o++] = masks[j++] | (1 << q);
      }
    }
    sums = ns;
    masks = nm;
  }
  return { sums, masks };
}

/** A subset of `items` (≤ 2·16 of them) summing to v, as indices; meet in the middle. Null if none. */
export function subsetWithSum(items: readonly number[], v: number): number[] | null {
  const h = items.length >> 1;
  const left = new Map<number, number>();
  for (let mask = 0; mask < 1 << h; mask++) {
    let s = 0;
    for (let q = 0; q < h; q++) if (mask & (1 << q)) s += items[q];
    if (!left.has(s)) left.set(s, mask);
  }
  const r = items.length - h;
  for (let mask = 0; mask < 1 << r; mask++) {
    let s = 0;
    for (let q = 0; q < r; q++) if (mask & (1 << q)) s += items[h + q];
    const l = left.get(v - s);
    if (l !== undefined) {
      const out: number[] = [];
      for (let q = 0; q < h; q++) if (l & (1 << q)) out.push(q);
      for (let q = 0; q < r; q++) if (mask & (1 << q)) out.push(h + q);
      return out;
    }
  }
  return null;
}

/**
 * Positions in `a` (sorted decreasing) of the items of `table` — matched as a multiset, taking the last
 * (smallest-index-last) free position of each amount — or null if `a` does not hold them all.
 */
function placeTail(a: readonly number[], items: readonly number[]): number[] | null {
  const where = new Map<number, number[]>();
  for (let i = 0; i < a.length; i++) {
    const l = where.get(a[i]);
    if (l) l.push(i);
    else where.set(a[i], [i]);
  }
  const out: number[] = [];
  for (const x of items) {
    const l = where.get(x);
    if (!l || l.length === 0) return null;
    out.push(l.pop()!);
  }
  return out;
}

/** Searches for s(C) = cap over `a` (sorted decreasing; lists shorter than MIN_LIST get null at once). */
export function findPerfectFit(a: readonly number[], cap: number, budget: Budget, ctx?: FitContext): FitSearch {
  const k = a.length;
  const maxTail = Math.max(0, Math.min(MAX_TAIL, k - MIDDLE - GREEDY));
  if (maxTail < MIN_TAIL || cap <= 0) return { set: null, stopped: false };
  const finite = Number.isFinite(budget.deadline);
  const rand = uniformSource(0x9e3779b9 ^ k).int;

  // choose the tail: a shared table this list holds, or the list's own t smallest items, whichever costs
  // least (2^t / sharers + LOOKUP·expected lookups; a table already built costs only its lookups)
  const pending = ctx?.pending ?? [];
  let best: { cost: number; table?: TailTable; t: number } = { cost: Infinity, t: 0 };
  {
    let sq = 0;
    // the lists still to come (this one included) that hold the t smallest items, narrowed item by item
    let holders = pending;
    const count = new Map<number, number>();
    for (let q = 0; q < maxTail; q++) {
      const x = a[k - 1 - q];
      const c = (count.get(x) ?? 0) + 1;
      count.set(x, c);
      holders = holders.filter((m) => (m.get(x) ?? 0) >= c);
      sq += x * x;
      const t = q + 1;
      if (t < MIN_TAIL) continue;
      const sharers = Math.max(1, holders.length);
      const cost = 2 ** t / sharers + LOOKUP * lookupsFor(sq, t);
      if (cost < best.cost) best = { cost, t };
    }
    if (lookupsFor(sq, maxTail) > HOPELESS * 2 ** maxTail) return { set: null, stopped: false };
  }
  for (const tb of ctx?.tables ?? []) {
    if (tb.items.length > maxTail) continue;
    const cost = LOOKUP * lookupsFor(tb.sq, tb.items.length);
    if (cost < best.cost && placeTail(a, tb.items)) best = { cost, table: tb, t: tb.items.length };
  }
  let table = best.table ?? buildTailTable(a.slice(k - best.t).reverse());
  if (!best.table && ctx) keep(ctx, table);

  for (;;) {
    const t = table.items.length;
    const tailPos = placeTail(a, table.items)!;
    const inTail = new Uint8Array(k);
    for (const p of tailPos) inTail[p] = 1;
    // the rest, in decreasing order: the middle is its m smallest, the head the others
    const rest: number[] = [];
    for (let i = 0; i < k; i++) if (!inTail[i]) rest.push(i);
    const m = MIDDLE;
    const h = rest.length - m;
    const { sums, lo, hi, ifw, filter, at } = table;
    // middle sums, sorted, with the subset (bits over the middle items) that makes each
    const { sums: mSums, masks: mMask } = sortedSubsetSums(rest.slice(h).map((i) => a[i]));
    const target = cap - (lo + hi) / 2 - mSums[mSums.length >> 1];
    const inC = new Uint8Array(h);
    const len = sums.length;
    // a few times the expected number of lookups before the tail grows
    const limit = Math.min(HOPELESS * len, Math.max(len, (4 * (hi - lo)) / (0.8 * len)));
    const seen = new Set<number>();
    for (let probes = 0; probes < limit;) {
      if (finite && budget.now() > budget.deadline) return { set: null, stopped: true };
      // randomised greedy head, largest first (coin flips drawn 30 at a time)
      let cur = 0;
      let coins = 0;
      let left = 0;
      for (let i = 0; i < h; i++) {
        const x = a[rest[i]];
        let flip = true;
        if (i < h - GREEDY && cur + x <= target) {
          if (left === 0) {
            coins = rand(1 << 30);
            left = 30;
          }
          flip = (coins & 1) === 0;
          coins >>>= 1;
          left--;
        }
        const takeIt = cur + x <= target && flip;
        inC[i] = takeIt ? 1 : 0;
        if (takeIt) cur += x;
      }
      const R = cap - cur;
      // the greedy repeats itself (often 40% of heads on the real network): a residual seen before was
      // already looked up in full, so skip it
      probes++;
      if (seen.has(R)) continue;
      seen.add(R);
      // middle sums x with R − x in [lo, hi]
      const end = lowerBound(mSums, R - lo + 1);
      let p = lowerBound(mSums, R - hi);
      for (; p < end; p++) {
        probes++;
        const r = R - mSums[p];
        const f = Math.floor((r - lo) * ifw);
        if ((filter[f >> 5] & (1 << (f & 31))) === 0) continue;
        let e = at[f >> 5];
        while (sums[e] < r) e++;
        if (sums[e] === r) {
          const bits = subsetWithSum(table.items, r)!;
          const set: number[] = [];
          for (let j = 0; j < h; j++) if (inC[j]) set.push(rest[j]);
          for (let q = 0; q < m; q++) if (mMask[p] & (1 << q)) set.push(rest[h + q]);
          for (const q of bits) set.push(tailPos[q]);
          set.sort((x, y) => x - y);
          // exactness does not rest on the bookkeeping above: the fit is re-added
          if (set.reduce((s, i) => s + a[i], 0) !== cap)
            throw new Error('perfectFit: internal error, fit does not sum to cap');
          return { set, stopped: false };
        }
      }
    }
    if (t >= maxTail) return { set: null, stopped: false };
    // grow the tail by the two smallest items of the rest
    const add = [a[rest[rest.length - 1]], a[rest[rest.length - 2]]].slice(0, maxTail - t);
    table = buildTailTable(add, table);
    if (ctx) keep(ctx, table);
  }
}
