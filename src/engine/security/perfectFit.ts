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
 * - Tail: the t smallest items. All 2^t subset sums are built by doubling (entry e is the sum of the items
 *   whose bits are set in e) and put in a hash set, so "is r a tail sum?" is one O(1) lookup.
 * - Middle: the next m items; their 2^m subset sums sorted.
 * - Head: the rest. A randomised greedy pass (largest first; an item that fits is taken with probability
 *   1/2, the last few whenever they fit) picks head items so the residual R = cap − s(head ∩ C) lands where
 *   middle + tail sums are dense. For every middle sum x that leaves R − x inside the dense central band of
 *   the tail sums (a contiguous run of the sorted middle sums), one hash lookup asks whether R − x is a tail
 *   sum exactly.
 * Each lookup tests ~2^t completions at once and succeeds with probability ≈ the density of tail sums in
 * that band (≈ 0.8·2^t / (2.6 σ), σ = half the root sum of squares of the tail items), since the residual's low
 * digits are effectively random. Expected work is ≈ 2^t to build plus 1/density lookups; the table starts
 * small and grows by two items whenever a batch of ~2^t lookups fails (up to 2^MAX_TAIL sums), so easy
 * instances stay cheap and dense ones never pay for a table larger than they need.
 *
 * Deterministic: the random choices come from the engine's seeded generator (random/rng.ts; never Math.random), so
 * the same input always gives the same cover. Finding nothing proves nothing: the caller then runs its exact
 * search.
 */
import { uniformSource } from '../random/rng';
import type { Budget } from './budget';

/** largest tail: 2^20 sums (8 MB of doubles, 4 MB of masks) */
const MAX_TAIL = 20;
const MIN_TAIL = 12;
/** middle items (2^10 sorted sums) */
const MIDDLE = 10;
/** the smallest head items, always taken when they fit (they pull the residual down into the band) */
const GREEDY = 8;
/** first tail size: expected lookups ≈ BALANCE × tail entries */
const BALANCE = 1;
/** give up (leave it to the exact search) beyond this many lookups per tail entry */
const HOPELESS = 16;

export interface FitSearch {
  /** positions in `a` of a subset summing to cap exactly, or null if none was found */
  set: number[] | null;
  /** the budget ran out */
  stopped: boolean;
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

/** Searches for s(C) = cap over `a` (sorted decreasing; meant for k > 24 items). */
export function findPerfectFit(a: readonly number[], cap: number, budget: Budget): FitSearch {
  const k = a.length;
  const maxTail = Math.max(0, Math.min(MAX_TAIL, k - MIDDLE - GREEDY));
  if (maxTail < MIN_TAIL || cap <= 0) return { set: null, stopped: false };
  const finite = Number.isFinite(budget.deadline);
  const rand = uniformSource(0x9e3779b9 ^ k).int;
  // tail item q is the q-th smallest, a[k − 1 − q]; sums sorted (merge doubling), masks[i] = its subset
  let sums = new Float64Array([0]);
  let masks = new Int32Array([0]);
  let t = 0;
  let sq = 0; // Σ of squares of the tail items (for the band)
  let tailTotal = 0;
  const grow = (): void => {
    const x = a[k - 1 - t];
    const len = sums.length;
    const ns = new Float64Array(2 * len);
    const nm = new Int32Array(2 * len);
    const bit = 1 << t;
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < len && j < len) {
      if (sums[i] <= sums[j] + x) {
        ns[o] = sums[i];
        nm[o++] = masks[i++];
      } else {
        ns[o] = sums[j] + x;
        nm[o++] = masks[j++] | bit;
      }
    }
    for (; i < len; i++, o++) {
      ns[o] = sums[i];
      nm[o] = masks[i];
    }
    for (; j < len; j++, o++) {
      ns[o] = sums[j] + x;
      nm[o] = masks[j] | bit;
    }
    sums = ns;
    masks = nm;
    sq += x * x;
    tailTotal += x;
    t++;
  };

  // first tail size: the smallest whose expected number of lookups, 1 / density ≈ 2.6σ / (0.8·2^t), is at
  // most about 2^t (then building and looking up cost about the same)
  // (1.28σ is half the band's width); if even the largest tail would need more than HOPELESS × 2^t lookups,
  // perfect fits are too sparse to find this way and the exact search is left to do the work
  let start = MIN_TAIL;
  {
    let q2 = 0;
    let lookups = Infinity;
    for (let q = 0; q < maxTail; q++) {
      const x = a[k - 1 - q];
      q2 += x * x;
      lookups = (2.56 * (Math.sqrt(q2) / 2)) / (0.8 * 2 ** (q + 1));
      if (q + 1 >= MIN_TAIL && lookups <= BALANCE * 2 ** (q + 1)) break;
      start = Math.min(maxTail, q + 2);
    }
    if (lookups > HOPELESS * 2 ** maxTail) return { set: null, stopped: false };
  }
  for (let level = start; ; level = Math.min(maxTail, level + 2)) {
    while (t < level) grow();
    const len = sums.length;
    // the tail sums are close to normal: lookups stay in the central band (about 10%–90% of them)
    const sigma = Math.sqrt(sq) / 2;
    const lo = Math.floor(Math.max(0, tailTotal / 2 - 1.28 * sigma));
    const hi = Math.ceil(Math.min(tailTotal, tailTotal / 2 + 1.28 * sigma));
    // bucket directory over the band: dir[b] = first entry whose bucket is ≥ b, with the same (monotone)
    // bucket formula as the lookups, so a lookup scans only its own bucket (about 2 entries)
    const B = len >> 1;
    const w = (hi - lo + 1) / B;
    const dir = new Int32Array(B + 1);
    {
      let e = lowerBound(sums, lo);
      for (let b = 0; b <= B; b++) {
        while (e < len && sums[e] <= hi && Math.floor((sums[e] - lo) / w) < b) e++;
        dir[b] = e;
      }
    }
    // middle sums, sorted, with the subset (bits) that makes each
    const m = MIDDLE;
    const mRaw = new Float64Array(1 << m);
    for (let q = 0; q < m; q++) {
      const x = a[k - 1 - t - q];
      for (let e = 0; e < 1 << q; e++) mRaw[(1 << q) + e] = mRaw[e] + x;
    }
    const mOrder = Array.from({ length: 1 << m }, (_, e) => e).sort((x, y) => mRaw[x] - mRaw[y]);
    const mSums = Float64Array.from(mOrder, (e) => mRaw[e]);
    const h = k - t - m;
    const target = cap - (lo + hi) / 2 - mSums[mSums.length >> 1];
    const inC = new Uint8Array(h);
    // a few times the expected number of lookups before the tail grows
    const limit = Math.min(HOPELESS * len, Math.max(len, (4 * (hi - lo)) / (0.8 * len)));
    for (let probes = 0; probes < limit; ) {
      if (finite && budget.now() > budget.deadline) return { set: null, stopped: true };
      // randomised greedy head, largest first
      let cur = 0;
      for (let i = 0; i < h; i++) {
        const takeIt = cur + a[i] <= target && (i >= h - GREEDY || rand(2) === 0);
        inC[i] = takeIt ? 1 : 0;
        if (takeIt) cur += a[i];
      }
      const R = cap - cur;
      // middle sums x with R − x in [lo, hi]
      const end = lowerBound(mSums, R - lo + 1);
      let p = lowerBound(mSums, R - hi);
      probes++;
      for (; p < end; p++) {
        probes++;
        const r = R - mSums[p];
        let e = dir[Math.floor((r - lo) / w)];
        while (sums[e] < r) e++;
        if (sums[e] === r) {
          const set: number[] = [];
          for (let j = 0; j < h; j++) if (inC[j]) set.push(j);
          for (let q = m - 1; q >= 0; q--) if (mOrder[p] & (1 << q)) set.push(k - 1 - t - q);
          for (let q = t - 1; q >= 0; q--) if (masks[e] & (1 << q)) set.push(k - 1 - q);
          return { set, stopped: false };
        }
      }
    }
    if (t >= maxTail) return { set: null, stopped: false };
  }
}
