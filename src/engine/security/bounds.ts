/**
 * The Lagrangian bound used by the branch-and-bound (docs/security-analysis.md §4; its timings,
 * measured on this project's bench, in §6).
 *
 * Problem at a search node: validators are in (I), out, or undecided (U); services are forced into A, out of
 * A, or open. Maximise  Σ_{j∈A} w_j − Σ_{v∈B} s_v  subject to  Σ_{v∈B∩N(j)} s_v ≥ need_j  for j ∈ A.
 *
 * Relax every unsatisfied coverage row j with a multiplier μ_j ≥ 0 (d_j = need_j − s(I∩N(j)) > 0 is what is
 * still missing). The relaxed problem separates into one choice per service and one per validator:
 *
 *   UB(μ) = −s(I) + Σ_{j satisfied, not out} w_j
 *           + Σ_{j open}   max(0, w_j − μ_j d_j)  + Σ_{j forced} (w_j − μ_j d_j)
 *           + Σ_{v∈U} s_v · max(0, R_v − 1),          R_v = Σ_{j active, j∋v} μ_j · min(1, d_j/s_v)
 *
 * Coefficient tightening: a row  Σ s_v x_v ≥ d  over binaries is equivalent to  Σ min(s_v, d) x_v ≥ d  (one
 * validator with s_v ≥ d covers it alone), and the second form has a smaller LP feasible set. So v's price is
 * R_v = Σ μ_j · min(1, d_j/s_v) per unit of its stake, which matters deep in the tree, where rows are nearly
 * covered (measured: 2.6x fewer nodes at 50x20). The exclusion rows below keep their plain coefficients.
 *
 * Any μ ≥ 0 gives a valid upper bound; at the root the best μ gives at least the LP-relaxation bound. μ is
 * tuned by exact one-dimensional coordinate descent: as a function of μ_j alone UB is convex piecewise-linear
 * with breakpoints w_j/d_j and (1 − (R_v − μ_j f_vj))/f_vj (f_vj = min(1, d_j/s_v)), so its minimiser is found by sorting those breakpoints and
 * walking the slope up to zero. Multipliers are warm-started from the previous node (they are not restored on
 * backtracking; any value is valid). A forced service's term is linear in μ_j, which lets μ_j grow past
 * w_j/d_j: that is where branching on services first tightens the bound.
 *
 * The same μ gives reduced-cost fixing for free: forcing validator v in costs max(0, s_v(1 − R_v)), forcing it
 * out costs max(0, s_v(R_v − 1)); similarly for an open service with t_j = w_j − μ_j d_j. If the bound minus
 * that cost cannot beat the incumbent, the opposite choice is fixed.
 *
 * Exclusion rows. When the search decides "j is not attacked" (or reduced costs rule it out), any B that
 * still covers j is dominated by the same B with j attacked, which the other branch covers. So below that
 * decision the search may also demand s(B ∩ N(j)) < need_j: a packing row, relaxed with its own multiplier
 * ν_j ≥ 0. It adds ν_j·(room left under need_j) to the bound and lowers every validator's price, giving
 *
 *   … + Σ_{j excluded} ν_j·(need_j − 1 − s(I∩N(j)))  and  s_v · max(0, E_v − 1),  E_v = R_v − Σ_{j excluded, j∋v} ν_j,
 *
 * and ν_j is tuned by the same exact one-dimensional descent.
 *
 * Floats: the bound is evaluated in doubles, so it carries an error estimate `tol` (sum of magnitudes × terms ×
 * 2^-52); pruning always adds it, so a rounding error can only prune less, never wrongly.
 */

export const X_UNDECIDED = 0;
export const X_IN = 1;
export const X_OUT = 2;
export const Y_OPEN = 0;
export const Y_FORCED = 1;
/** not attacked, and B must not cover it (exclusion row) */
export const Y_OUT = 2;
/** not attacked, no constraint (zero weight, or cannot be covered any more) */
export const Y_DEAD = 3;

export interface BoundState {
  n: number;
  m: number;
  s: Float64Array;
  /** 1/s_v: the hot loops multiply instead of dividing */
  invS: Float64Array;
  w: Float64Array;
  need: Float64Array;
  vStart: Int32Array;
  vList: Int32Array;
  sStart: Int32Array;
  sList: Int32Array;
  /** each service's validators in sList's layout, its ucnt[j] undecided ones first */
  ul: Int32Array;
  ucnt: Int32Array;
  /** the validators, the nUV undecided ones first */
  uv: Int32Array;
  nUV: number;
  xs: Int8Array;
  ys: Int8Array;
  sat: Int8Array;
  cov: Float64Array;
  mu: Float64Array;
  /** multipliers of the exclusion rows */
  nu: Float64Array;
  /** net price of each undecided validator: Σ μ of its active services − Σ ν of its excluded ones (entries of
   *  decided validators are left over and never read) */
  R: Float64Array;
  /** 1 if the instance's stakes are integers (the exclusion row is then ≤ need − 1) */
  capDelta: number;
  /** scratch: active services */
  act: Int32Array;
  nAct: number;
  /** scratch: excluded services */
  ex: Int32Array;
  nEx: number;
  bpKey: Float64Array;
  bpW: Float64Array;
  /** scratch (a service's degree): its undecided validators and their coefficients in its row */
  uIdx: Int32Array;
  uCoef: Float64Array;
  /** output: error estimate of the last bound */
  tolU: number;
}

/**
 * The smallest key b with Σ_{key ≤ b} weight ≥ need: where the slope of the piecewise-linear function turns
 * non-negative. Weighted quickselect (three-way partition), O(cnt) expected; the lists are a service's
 * validators, so a full sort per service per node was the single largest cost of the search. Partitions the
 * (key, weight) pairs in place: both arrays are scratch.
 */
function weightedCrossing(key: Float64Array, w: Float64Array, cnt: number, need: number): number {
  let lo = 0;
  let hi = cnt;
  while (hi - lo > 0) {
    // median of three as pivot
    const a = key[lo];
    const b = key[(lo + hi) >> 1];
    const c = key[hi - 1];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    // three-way partition: [lo, lt) < pivot, [lt, gt) = pivot, [gt, hi) > pivot
    let lt = lo;
    let gt = hi;
    let i = lo;
    let wl = 0;
    let we = 0;
    while (i < gt) {
      const kk = key[i];
      const wk = w[i];
      if (kk < pivot) {
        key[i] = key[lt];
        w[i] = w[lt];
        key[lt] = kk;
        w[lt] = wk;
        lt++;
        i++;
        wl += wk;
      } else if (kk > pivot) {
        gt--;
        key[i] = key[gt];
        w[i] = w[gt];
        key[gt] = kk;
        w[gt] = wk;
      } else {
        i++;
        we += wk;
      }
    }
    if (wl >= need) hi = lt;
    else if (wl + we >= need) return pivot;
    else {
      need -= wl + we;
      lo = gt;
    }
  }
  // (rounding) weights fell just short: the last breakpoint
  let largest = 0;
  for (let i = 0; i < cnt; i++) if (key[i] > largest) largest = key[i];
  return largest;
}

/** One exact 1-D minimisation of UB over μ_j (others fixed); updates R for j's undecided validators. */
function updateMu(st: BoundState, j: number): void {
  const { s, invS, sStart, ul, R, mu, bpKey, bpW, uIdx, uCoef } = st;
  const d = st.need[j] - st.cov[j];
  const invD = 1 / d;
  const forced = st.ys[j] === Y_FORCED;
  const mj = mu[j];
  let slope = -d;
  let cnt = 0;
  let nu = 0;
  for (let k = sStart[j], b = k + st.ucnt[j]; k < b; k++) {
    const v = ul[k];
    // coefficient tightening: v counts for at most d in row j (f = min(1, d/s_v))
    const sv = s[v];
    uIdx[nu] = v;
    if (sv <= d) {
      uCoef[nu++] = 1;
      const bp = 1 - (R[v] - mj);
      if (bp <= 0) slope += sv;
      else {
        bpKey[cnt] = bp;
        bpW[cnt] = sv;
        cnt++;
      }
    } else {
      uCoef[nu++] = d * invS[v];
      // (1 − (R_v − μ_j f)) / f with f = d/s_v
      const bp = (1 - R[v]) * sv * invD + mj;
      if (bp <= 0) slope += d;
      else {
        bpKey[cnt] = bp;
        bpW[cnt] = d;
        cnt++;
      }
    }
  }
  if (!forced) {
    bpKey[cnt] = st.w[j] * invD;
    bpW[cnt] = d;
    cnt++;
  }
  let next = 0;
  if (slope < 0) next = weightedCrossing(bpKey, bpW, cnt, -slope);
  const delta = next - mj;
  if (delta !== 0) {
    for (let i = 0; i < nu; i++) R[uIdx[i]] += delta * uCoef[i];
    mu[j] = next;
  }
}

/** Same for the multiplier of an exclusion row: minimises ν·cap + Σ s_v·max(0, E_v + ν_j − ν − 1). */
function updateNu(st: BoundState, j: number): void {
  const { s, sStart, ul, R, nu, bpKey, bpW } = st;
  const cap = st.need[j] - st.capDelta - st.cov[j];
  const nj = nu[j];
  let cnt = 0;
  let total = 0;
  const a = sStart[j];
  const b = a + st.ucnt[j];
  for (let k = a; k < b; k++) {
    const v = ul[k];
    const bp = R[v] + nj - 1;
    if (bp > 0) {
      bpKey[cnt] = -bp; // descending breakpoints as ascending keys
      bpW[cnt] = s[v];
      total += s[v];
      cnt++;
    }
  }
  let next = 0;
  if (total > cap) {
    if (cap <= 0) {
      for (let i = 0; i < cnt; i++) if (-bpKey[i] > next) next = -bpKey[i];
    } else next = -weightedCrossing(bpKey, bpW, cnt, cap);
  }
  const delta = next - nj;
  if (delta !== 0) {
    for (let k = a; k < b; k++) R[ul[k]] -= delta;
    nu[j] = next;
  }
}

/**
 * The bound at the current node, after `passes` rounds of coordinate descent. Fills st.act/nAct (the open or
 * forced services still short of coverage) and st.R; returns UB and sets st.tolU.
 */
export function lagrangianBound(st: BoundState, sI: number, passes: number): number {
  const { n, m, s, invS, w, need, cov, ys, sat, sStart, ul, ucnt, uv, nUV, mu, nu, R, act, ex } = st;
  let nAct = 0;
  let nEx = 0;
  for (let j = 0; j < m; j++) {
    const y = ys[j];
    if (y <= Y_FORCED) {
      if (sat[j] === 0) act[nAct++] = j;
    } else if (y === Y_OUT) ex[nEx++] = j;
  }
  st.nAct = nAct;
  st.nEx = nEx;
  for (let i = 0; i < nUV; i++) R[uv[i]] = 0;
  for (let i = 0; i < nAct; i++) {
    const j = act[i];
    const mj = mu[j];
    if (mj === 0) continue;
    const md = mj * (need[j] - cov[j]);
    for (let k = sStart[j], e = k + ucnt[j]; k < e; k++) {
      const v = ul[k];
      R[v] += Math.min(mj, md * invS[v]);
    }
  }
  for (let i = 0; i < nEx; i++) {
    const j = ex[i];
    const nj = nu[j];
    if (nj === 0) continue;
    for (let k = sStart[j], e = k + ucnt[j]; k < e; k++) R[ul[k]] -= nj;
  }
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < nAct; i++) updateMu(st, act[i]);
    for (let i = 0; i < nEx; i++) updateNu(st, ex[i]);
  }

  let ub = -sI;
  let abs = sI;
  for (let j = 0; j < m; j++) {
    if (ys[j] <= Y_FORCED && sat[j] !== 0) {
      ub += w[j];
      abs += w[j];
    }
  }
  for (let i = 0; i < nAct; i++) {
    const j = act[i];
    const md = mu[j] * (need[j] - cov[j]);
    const t = w[j] - md;
    if (ys[j] === Y_FORCED || t > 0) ub += t;
    abs += w[j] + md;
  }
  for (let i = 0; i < nEx; i++) {
    const j = ex[i];
    const nc = nu[j] * (need[j] - st.capDelta - cov[j]);
    ub += nc;
    abs += Math.abs(nc);
  }
  for (let i = 0; i < nUV; i++) {
    const v = uv[i];
    const r = R[v];
    if (r > 1) ub += s[v] * (r - 1);
    abs += s[v] * (Math.abs(r) + 1);
  }
  st.tolU = abs * (n + m + 8) * 2.3e-16;
  return ub;
}
