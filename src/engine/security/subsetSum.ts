/**
 * Exact minimum-stake cover of one service: the cheapest B ⊆ N(j) with s(B) ≥ need_j.
 *
 * This is the cost of corruption of a service, and the whole problem for a component with a single service
 * (every component under unique stake). It is subset-sum: minimise s(B) ≥ need ⟺ maximise the stake LEFT
 * OUT, s(C) ≤ cap = S(N(j)) − need. Solved by depth-first branch-and-bound over the items in decreasing order
 * (take-all shortcut when the rest fits, prune when even the rest cannot beat the best, stop at a perfect fit
 * s(C) = cap, and equal items are never tried in two orders). For long lists the smallest 12 items are
 * enumerated once into a sorted table of their subset sums (built by merging, O(2^t)), so each leaf of the
 * search over the large items is one binary search: the fine-grained "change" that makes a perfect fit
 * likely is found without backtracking through the small items (meet in the middle).
 *
 * Before that search, long lists (> 24 items, sums < 2^53) first get a perfect-fit phase (perfectFit.ts):
 * real operator stakes are high-density instances where covers hitting need exactly are plentiful but rare
 * among all subsets; a perfect fit needs no proof, and the phase finds one in milliseconds where the search
 * above took seconds. It gives up at once on lists too sparse for fits to be likely, and otherwise after a
 * bounded number of lookups, leaving the proof to the search. When many services are solved together (the
 * costs of corruption of one analysis) a FitContext lets them share that phase's subset-sum tables.
 */
import { type Budget, UNLIMITED } from './budget';
import { findPerfectFit, sortedSubsetSums, type FitContext } from './perfectFit';

export interface CoverResult {
  /** exact minimum when exact, else the best cover found (an upper bound) */
  cost: bigint;
  /** indices into the items, ascending */
  chosen: number[];
  exact: boolean;
}

const SAFE = 2n ** 53n;
/** table size × items up to which the exact dynamic programme is used (a few ms at most) */
const DP_LIMIT = 20_000_000n;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * Exact table of reachable subset sums (in units of g), remembering for each sum the first item that reached
 * it, which lets the cover be read back without reusing an item. Used when total/g · items is small.
 */
function coverByTable(items: readonly bigint[], g: bigint, need: bigint): CoverResult {
  const T = Number(items.reduce((a, b) => a + b, 0n) / g);
  const a = items.map((x) => Number(x / g));
  const needU = Number((need + g - 1n) / g);
  const from = new Int32Array(T + 1).fill(-1);
  from[0] = items.length; // reachable with no item
  let reached = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    for (let s = Math.min(T, reached + x); s >= x; s--) {
      if (from[s] < 0 && from[s - x] >= 0) from[s] = i;
    }
    reached += x;
  }
  let s = needU;
  while (from[s] < 0) s++;
  const chosen: number[] = [];
  for (let r = s; r > 0;) {
    const i = from[r];
    chosen.push(i);
    r -= a[i];
  }
  chosen.sort((x, y) => x - y);
  return { cost: BigInt(s) * g, chosen, exact: true };
}

/**
 * `ctx` (optional) shares the perfect-fit phase's subset-sum tables among the lists of one batch (every service
 * of one analysis: see perfectFit.ts); it changes how fast a fit is found, never the cost returned.
 */
export function minCover(
  items: readonly bigint[],
  need: bigint,
  budget: Budget = UNLIMITED,
  ctx?: FitContext,
): CoverResult {
  const total = items.reduce((a, b) => a + b, 0n);
  if (need <= 0n) return { cost: 0n, chosen: [], exact: true };
  if (total < need) throw new RangeError('minCover: the items cannot reach the need');
  // every subset sum is a multiple of g: work in units of g (this is what makes a perfect fit findable
  // when amounts share a unit, e.g. stakes in whole ETH against a need in gwei)
  let g = 0n;
  for (const x of items) g = gcd(g, x);
  const units = total / g;
  if (units * BigInt(items.length) <= DP_LIMIT) return coverByTable(items, g, need);
  const needU = (need + g - 1n) / g;
  const cap = (units - needU) * g;
  const order = items.map((_, i) => i).sort((a, b) => (items[b] > items[a] ? 1 : items[b] < items[a] ? -1 : a - b));
  const sorted = order.map((i) => items[i]);
  const packed = total < SAFE ? packFloat(sorted.map(Number), Number(cap), budget, ctx) : packBig(sorted, cap, budget);
  const left = new Set(packed.set.map((k) => order[k]));
  const chosen: number[] = [];
  let cost = 0n;
  for (let i = 0; i < items.length; i++) {
    if (!left.has(i)) {
      chosen.push(i);
      cost += items[i];
    }
  }
  return { cost, chosen, exact: packed.exact || cost === need };
}

interface Packed {
  /** positions (in the sorted order) of the items left out */
  set: number[];
  exact: boolean;
}

/** Max s(C) ≤ cap over items sorted in decreasing order, in doubles (all sums < 2^53, so exact). */
function packFloat(a: number[], cap: number, budget: Budget, ctx?: FitContext): Packed {
  const k = a.length;
  if (k > 24) {
    // long lists are usually dense enough that a perfect fit exists: look for one first (perfectFit.ts)
    const fit = findPerfectFit(a, cap, budget, ctx);
    if (fit.set) return { set: fit.set, exact: true };
    if (fit.stopped) return { set: [], exact: false };
  }
  const t = k > 24 ? 12 : 0; // tail size (12: measured best on the EigenLayer operator stakes)
  const h = k - t; // head items are searched, tail items come from the table
  const suffix = new Float64Array(k + 1);
  for (let i = k - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + a[i];
  // sorted subset sums of the tail, with the mask that makes each
  const { sums: tSums, masks: tMasks } = sortedSubsetSums(a.slice(h));
  const take = new Uint8Array(k);
  let best = -1;
  let bestTake = new Uint8Array(k);
  let bestMask = 0;
  let bestTail = false;
  let nodes = 0;
  let stopped = false;
  const finite = Number.isFinite(budget.deadline);

  const record = (value: number, mask: number, tail: boolean): void => {
    best = value;
    bestTake = take.slice();
    bestMask = mask;
    bestTail = tail;
  };

  const dfs = (i: number, cur: number): void => {
    if (stopped || best === cap) return;
    if (finite && (++nodes & 255) === 0 && budget.now() > budget.deadline) {
      stopped = true;
      return;
    }
    if (cur + suffix[i] <= cap) {
      if (cur + suffix[i] > best) {
        for (let q = i; q < h; q++) take[q] = 1;
        record(cur + suffix[i], t > 0 ? (1 << t) - 1 : 0, t > 0);
        for (let q = i; q < h; q++) take[q] = 0;
      }
      return;
    }
    if (cur + suffix[i] <= best) return;
    if (i === h) {
      // largest tail sum ≤ cap − cur (binary search)
      const r = cap - cur;
      let lo = 0;
      let hi = tSums.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (tSums[mid] <= r) lo = mid;
        else hi = mid - 1;
      }
      if (cur + tSums[lo] > best) record(cur + tSums[lo], tMasks[lo], true);
      return;
    }
    if (cur + a[i] <= cap) {
      take[i] = 1;
      dfs(i + 1, cur + a[i]);
      take[i] = 0;
    }
    // leaving a[i] out: leave out its equal successors too (they were tried in the branch above)
    let j = i + 1;
    while (j < h && a[j] === a[i]) j++;
    dfs(j, cur);
  };
  dfs(0, 0);
  const set: number[] = [];
  for (let q = 0; q < h; q++) if (bestTake[q]) set.push(q);
  if (bestTail) for (let q = 0; q < t; q++) if (bestMask & (1 << q)) set.push(h + q);
  return { set, exact: !stopped || best === cap };
}

/** The same search in bigint, for amounts beyond 2^53 (rare: needs more than ~16 significant digits). */
function packBig(a: bigint[], cap: bigint, budget: Budget): Packed {
  const k = a.length;
  const suffix: bigint[] = new Array(k + 1).fill(0n);
  for (let i = k - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + a[i];
  const take = new Uint8Array(k);
  let best = -1n;
  let bestTake = new Uint8Array(k);
  let nodes = 0;
  let stopped = false;
  const finite = Number.isFinite(budget.deadline);
  const dfs = (i: number, cur: bigint): void => {
    if (stopped || best === cap) return;
    if (finite && (++nodes & 255) === 0 && budget.now() > budget.deadline) {
      stopped = true;
      return;
    }
    if (cur + suffix[i] <= cap) {
      if (cur + suffix[i] > best) {
        best = cur + suffix[i];
        bestTake = take.slice();
        for (let q = i; q < k; q++) bestTake[q] = 1;
      }
      return;
    }
    if (cur + suffix[i] <= best || i === k) return;
    if (cur + a[i] <= cap) {
      take[i] = 1;
      dfs(i + 1, cur + a[i]);
      take[i] = 0;
    }
    let j = i + 1;
    while (j < k && a[j] === a[i]) j++;
    dfs(j, cur);
  };
  dfs(0, 0n);
  const set: number[] = [];
  for (let q = 0; q < k; q++) if (bestTake[q]) set.push(q);
  return { set, exact: !stopped || best === cap };
}
