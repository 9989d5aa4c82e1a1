/**
 * The largest stake a single valid attack can destroy: max s(B) over valid attacks (A, B).
 *
 * After a shock this is the worst cascade loss (Lemma 1 / Corollary 1: a cascade's union is one valid attack,
 * and one attack is a cascade of length 1). Unlike the worst attack it does not split into components: a very
 * profitable attack in one place can pay for corrupting an unprofitable coalition elsewhere, and B may carry
 * any of A's validators up to p(A) > s(B).
 *
 * For a given B the best A is its closure cl(B) (every service B covers: most profit, largest N(A)), so the
 * problem is  max s(B)  s.t.  B ⊆ N(cl(B)),  p(cl(B)) > s(B),  cl(B) ≠ ∅.  Depth-first branch-and-bound over
 * validators (largest stake first, "in" first). With I fixed in and U undecided, cl(I ∪ U) bounds the closure
 * of every B below the node, which gives: validators of U touching none of its services are out; the node is
 * infeasible if p(cl(I ∪ U)) ≤ s(I) or some fixed-in validator touches none of them; and
 * s(B) ≤ min(s(I ∪ U), p(cl(I ∪ U)) − 1) (scaled integers: strict > is ≥ 1). Every node offers B = I as a
 * candidate. Exact bigint arithmetic throughout (it is not the hot path of the app: it runs on shocks only).
 */
import { type Budget, UNLIMITED } from './budget';
import type { ScaledGraph } from './scaled';

export interface LargestAttack {
  /** global indices, ascending; empty B with non-empty A = free services only */
  A: number[];
  B: number[];
  /** s(B) in scaled units; -1n when no valid attack exists */
  stake: bigint;
  exact: boolean;
  /** upper bound on max s(B) (scaled units) */
  upper: bigint;
}

export function largestAttack(sg: ScaledGraph, budget: Budget = UNLIMITED): LargestAttack {
  const { g, S, P, NEED } = sg;
  const { m, vServices, sValidators } = g;
  const cand = [...Array(g.n).keys()].filter((v) => vServices[v].length > 0);
  cand.sort((a, b) => (S[b] > S[a] ? 1 : S[b] < S[a] ? -1 : a - b));
  const xs = new Int8Array(g.n); // 0 undecided, 1 in, 2 out
  for (let v = 0; v < g.n; v++) if (vServices[v].length === 0) xs[v] = 2;
  const covIn: bigint[] = new Array(m).fill(0n);
  const covPot: bigint[] = sValidators.map((vs) => vs.reduce((a, v) => a + S[v], 0n));
  let sI = 0n;
  let sU = cand.reduce((a, v) => a + S[v], 0n);
  let best = -1n;
  let bestB: number[] = [];
  let bestA: number[] = [];
  let nodes = 0;
  let stopped = false;
  let rootUpper = -1n;
  const finite = Number.isFinite(budget.deadline);
  const trail: number[] = [];

  const setOut = (v: number): void => {
    xs[v] = 2;
    sU -= S[v];
    for (const j of vServices[v]) covPot[j] -= S[v];
    trail.push(v);
  };
  const unsetOut = (v: number): void => {
    xs[v] = 0;
    sU += S[v];
    for (const j of vServices[v]) covPot[j] += S[v];
  };
  const setIn = (v: number): void => {
    xs[v] = 1;
    sI += S[v];
    sU -= S[v];
    for (const j of vServices[v]) covIn[j] += S[v];
  };
  const unsetIn = (v: number): void => {
    xs[v] = 0;
    sI -= S[v];
    sU += S[v];
    for (const j of vServices[v]) covIn[j] -= S[v];
  };

  const node = (depth: number): void => {
    if (stopped) return;
    if (finite && (++nodes & 63) === 0 && budget.now() > budget.deadline) {
      stopped = true;
      return;
    }
    const mark = trail.length;
    const undo = (): void => {
      while (trail.length > mark) unsetOut(trail.pop()!);
    };
    const potCl = new Uint8Array(m);
    let pPot: bigint;
    for (;;) {
      pPot = 0n;
      for (let j = 0; j < m; j++) {
        potCl[j] = covPot[j] >= NEED[j] ? 1 : 0;
        if (potCl[j]) pPot += P[j];
      }
      let changed = false;
      for (const v of cand) {
        if (xs[v] !== 0) continue;
        if (!vServices[v].some((j) => potCl[j])) {
          setOut(v);
          changed = true;
        }
      }
      if (!changed) break;
    }
    if (depth === 0) rootUpper = pPot - 1n < sI + sU ? pPot - 1n : sI + sU;
    if (pPot <= sI || cand.some((v) => xs[v] === 1 && !vServices[v].some((j) => potCl[j]))) return undo();
    // B = I as a candidate
    if (sI > best) {
      let pIn = 0n;
      const clIn: number[] = [];
      for (let j = 0; j < m; j++) {
        if (covIn[j] >= NEED[j]) {
          clIn.push(j);
          pIn += P[j];
        }
      }
      if (clIn.length > 0 && pIn > sI) {
        const inSet = new Set(clIn);
        const B = cand.filter((v) => xs[v] === 1);
        if (B.every((v) => vServices[v].some((j) => inSet.has(j)))) {
          best = sI;
          bestB = B;
          bestA = clIn;
        }
      }
    }
    const ub = pPot - 1n < sI + sU ? pPot - 1n : sI + sU;
    if (ub <= best) return undo();
    const v = cand.find((u) => xs[u] === 0);
    if (v === undefined) return undo();
    setIn(v);
    node(depth + 1);
    unsetIn(v);
    if (!stopped) {
      setOut(v);
      node(depth + 1);
      unsetOut(trail.pop()!);
    }
    undo();
  };
  node(0);
  return {
    A: [...bestA].sort((a, b) => a - b),
    B: [...bestB].sort((a, b) => a - b),
    stake: best,
    exact: !stopped,
    upper: stopped ? (rootUpper > best ? rootUpper : best) : best,
  };
}
