/**
 * Shocks and cascades (Durvasula and Roughgarden, Robust Restaking Networks (2024), section 2 and Theorem 1).
 *
 * - After a shock D the graph is G↓D: D's validators are gone, every threshold applies to what is left, and a
 *   service left with no validators needs nothing (corrupted for free).
 * - Worst cascade loss = s(D) + the largest s(B) over valid attacks on G↓D (largestAttack.ts): a cascade's
 *   union is itself a valid attack, so no sequence can do worse, and a single attack is a sequence.
 * - For narration, that worst attack is split back into a sequence of smaller valid attacks, each on the graph
 *   left by the previous ones (a domino). The split prefers the cheapest first step (then the fewest services)
 *   and backtracks if the rest cannot follow; when the attack has more than 14 validators, or the split takes
 *   too long, it is told as one step.
 * - Bound (Theorem 1): if γ* > 0 the loss fraction is below (1 + 1/γ*)·s(D)/s(V).
 * - R_ψ = ψ + max over D with s(D) ≤ ψ·s(V) of (largest s(B) on G↓D)/s(V). Exact for up to 16 validators by
 *   enumeration (below); beyond that the Theorem 1 bound (1 + 1/γ*)·ψ is returned with exact = false (ψ + 1 if
 *   γ* ≤ 0, since no more than everything can be lost).
 */
import { type Budget, UNLIMITED } from './budget';
import { withoutValidators } from './graph';
import { largestAttack } from './largestAttack';
import { add, ceilDiv, div, mul, ONE, type Rational, rat } from './rational';
import { type ScaledGraph, scaleGraph } from './scaled';

export interface AttackStep {
  /** global indices */
  A: number[];
  B: number[];
  /** scaled units */
  profit: bigint;
  stake: bigint;
}

export interface CascadeResult {
  shock: number[];
  /** the worst attack on G↓D (B = everything the cascade slashes) */
  A: number[];
  B: number[];
  steps: AttackStep[];
  /** s(D) + s(B), input units */
  lostStake: Rational;
  lostFraction: Rational;
  /** (1 + 1/γ*)·s(D)/s(V) when γ* > 0 */
  bound: Rational | null;
  exact: boolean;
}

export function shockGraph(sg: ScaledGraph, shock: readonly number[]): ScaledGraph {
  return scaleGraph(withoutValidators(sg.g, new Set(shock)), sg.unit);
}

export function cascade(
  sg: ScaledGraph,
  shock: readonly number[],
  gamma: Rational | null,
  budget: Budget = UNLIMITED,
): CascadeResult {
  const D = [...new Set(shock)].sort((a, b) => a - b);
  const sgD = shockGraph(sg, D);
  const la = largestAttack(sgD, budget);
  const sD = D.reduce((a, v) => a + sg.S[v], 0n);
  const lostScaled = sD + (la.stake > 0n ? la.stake : 0n);
  const total = sg.totalS;
  const steps = la.stake >= 0n ? narrate(sgD, la.A, la.B) : [];
  return {
    shock: D,
    A: la.A,
    B: la.B,
    steps,
    lostStake: rat(lostScaled, sg.unit),
    lostFraction: total > 0n ? rat(lostScaled, total) : rat(0n),
    bound: gamma && gamma.n > 0n && total > 0n ? mul(add(ONE, div(ONE, gamma)), rat(sD, total)) : null,
    exact: la.exact,
  };
}

/**
 * Splits the attack (A*, B*) on sgD into a sequence of valid attacks, each on the graph left by the previous
 * ones, whose validators add up to B*. Always succeeds: the whole attack is itself one step.
 */
export function narrate(
  sgD: ScaledGraph,
  Astar: readonly number[],
  Bstar: readonly number[],
  maxWork = 200_000,
): AttackStep[] {
  const { S, P, tn, td, g } = sgD;
  const whole = (): AttackStep[] => [
    {
      A: [...Astar],
      B: [...Bstar],
      profit: Astar.reduce((a, j) => a + P[j], 0n),
      stake: Bstar.reduce((a, v) => a + S[v], 0n),
    },
  ];
  if (Astar.length === 0) return [];
  if (Bstar.length === 0) return whole();
  const k = Bstar.length;
  const t = Astar.length;
  if (k > 14 || t > 30) return whole();
  const bIndex = new Map(Bstar.map((v, i) => [v, i]));
  const sB: bigint[] = new Array(1 << k).fill(0n);
  for (let mask = 1; mask < 1 << k; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    sB[mask] = sB[mask & (mask - 1)] + S[Bstar[low]];
  }
  // per target service: which of B* it touches, and the stake of its other validators (never removed here)
  const nMask = Astar.map((j) =>
    g.sValidators[j].reduce((acc, v) => (bIndex.has(v) ? acc | (1 << bIndex.get(v)!) : acc), 0),
  );
  const outside = Astar.map((j) => g.sValidators[j].reduce((acc, v) => (bIndex.has(v) ? acc : acc + S[v]), 0n));
  const pop = (x: number): number => {
    let c = 0;
    for (; x; x &= x - 1) c++;
    return c;
  };
  const order = [...Array((1 << k) - 1).keys()].map((x) => x + 1);
  order.sort((a, b) => (sB[a] < sB[b] ? -1 : sB[a] > sB[b] ? 1 : pop(a) - pop(b) || a - b));
  const failed = new Set<string>();
  let work = 0;
  let gaveUp = false;

  const solve = (T: number, U: number): AttackStep[] | null => {
    if (U === 0) return [];
    const key = `${T},${U}`;
    if (failed.has(key)) return null;
    for (const b of order) {
      if ((b & ~U) !== 0) continue;
      if (++work > maxWork) {
        gaveUp = true;
        return null;
      }
      // services of T that b covers on the graph left so far (removed: B* \ U)
      const C: number[] = [];
      let pC = 0n;
      let nC = 0;
      for (let q = 0; q < t; q++) {
        if (!(T & (1 << q))) continue;
        const need = ceilDiv(tn[Astar[q]] * (outside[q] + sB[U & nMask[q]]), td[Astar[q]]);
        if (sB[b & nMask[q]] >= need) {
          C.push(q);
          pC += P[Astar[q]];
          nC |= nMask[q];
        }
      }
      if (C.length === 0 || pC <= sB[b] || (b & ~nC) !== 0) continue;
      // a minimal subset of C that still makes b a valid attack (drop the least profitable first)
      const minimal = [...C].sort((x, y) => (P[Astar[x]] < P[Astar[y]] ? -1 : P[Astar[x]] > P[Astar[y]] ? 1 : x - y));
      let keep = C.slice();
      for (const q of minimal) {
        const trial = keep.filter((x) => x !== q);
        const p = trial.reduce((a, x) => a + P[Astar[x]], 0n);
        const nm = trial.reduce((a, x) => a | nMask[x], 0);
        if (trial.length > 0 && p > sB[b] && (b & ~nm) === 0) keep = trial;
      }
      for (const At of keep.length < C.length ? [keep, C] : [C]) {
        const aMask = At.reduce((a, q) => a | (1 << q), 0);
        const rest = solve(T & ~aMask, U & ~b);
        if (rest) {
          const A = At.map((q) => Astar[q]).sort((x, y) => x - y);
          const B = Bstar.filter((_, i) => b & (1 << i)).sort((x, y) => x - y);
          return [{ A, B, profit: A.reduce((a, j) => a + P[j], 0n), stake: sB[b] }, ...rest];
        }
        if (gaveUp) return null;
      }
    }
    failed.add(key);
    return null;
  };
  const steps = solve((1 << t) - 1, (1 << k) - 1);
  return steps ?? whole();
}

export interface RPsiResult {
  value: Rational;
  exact: boolean;
  /** the worst shock and the attack it enables (exact mode only) */
  shock?: number[];
  A?: number[];
  B?: number[];
}

export const R_PSI_EXACT_LIMIT = 16;

/** R_ψ. psi is a fraction of the total stake (0 ≤ ψ ≤ 1). */
export function rPsi(sg: ScaledGraph, psi: Rational, gamma: Rational | null, budget: Budget = UNLIMITED): RPsiResult {
  const g = sg.g;
  const bound = (): RPsiResult => ({
    value: gamma && gamma.n > 0n ? mul(add(ONE, div(ONE, gamma)), psi) : add(psi, ONE),
    exact: false,
  });
  // nothing is worth attacking, or no stake to lose
  if (sg.totalP === 0n || sg.totalS === 0n) return { value: psi, exact: true, shock: [], A: [], B: [] };
  if (g.n > R_PSI_EXACT_LIMIT) return bound();
  const r = worstShock(sg, psi, budget);
  if (!r) return bound();
  const value = r.stake < 0n ? psi : add(psi, rat(r.stake, sg.totalS));
  return { value, exact: true, shock: r.D, A: r.A, B: r.B };
}

/**
 * A number or a bigint, the same for every operand of one search (worstShock runs one body in either arithmetic).
 * TypeScript cannot type `a + b` over `number | bigint` (it rejects mixing the two), so the body sees `any`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: no static type allows this arithmetic
type Scalar = any;

/**
 * Exhaustive search over (B, D), n ≤ 16, as bitmasks. For a fixed B, validity is monotone in D (a larger
 * shock only lowers the needs, so the closure — and with it p(A) and N(A) — only grows), which gives a cheap
 * filter: the optimistic closure A⁺(B) assumes each service loses min(budget, its stake outside B). B is
 * hopeless unless B ⊆ N(A⁺) and p(A⁺) > s(B); only shocks inside N(A⁺) \ B can matter. Bs are tried in
 * decreasing stake, so the first valid one is the answer. Arithmetic is in doubles when every product fits
 * in 2^53 (exact integers), in bigint otherwise.
 */
function worstShock(
  sg: ScaledGraph,
  psi: Rational,
  budget: Budget,
): { stake: bigint; D: number[]; A: number[]; B: number[] } | null {
  const { g } = sg;
  const n = g.n;
  const m = g.m;
  const full = (1 << n) - 1;
  let maxT = 1n;
  for (let j = 0; j < m; j++) {
    if (sg.tn[j] > maxT) maxT = sg.tn[j];
    if (sg.td[j] > maxT) maxT = sg.td[j];
  }
  // s(D) ≤ ψ·s(V)  ⟺  s(D)·ψ.d ≤ ψ.n·s(V), compared in scaled units
  const useFloat = maxT * (sg.totalS + sg.totalP) * (psi.d + psi.n + 1n) < 2n ** 53n;
  // one body for both number and bigint arithmetic (the operands are always all of one kind)
  const num: (x: bigint) => Scalar = useFloat ? Number : (x: bigint) => x;
  const zero: Scalar = num(0n);
  const stake: Scalar[] = new Array(1 << n).fill(zero);
  for (let mask = 1; mask <= full; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    stake[mask] = stake[mask & (mask - 1)] + num(sg.S[low]);
  }
  const nMask = g.sValidators.map((vs) => vs.reduce((a, v) => a | (1 << v), 0));
  const tn = sg.tn.map(num);
  const td = sg.td.map(num);
  const P = sg.P.map(num);
  const SN = nMask.map((mk) => stake[mk]);
  const psiN: Scalar = num(psi.n);
  const psiD: Scalar = num(psi.d);
  const totalS: Scalar = num(sg.totalS);
  const totalP: Scalar = P.reduce((a, b) => a + b, zero);
  const budgetOK = (mask: number): boolean => stake[mask] * psiD <= psiN * totalS;
  // the most stake a shock may remove (an integer, since stakes are): s(D) ≤ floor(ψ·s(V)); in doubles the
  // rounded quotient can only err upwards by one, which keeps the filter optimistic
  const cap: Scalar = useFloat ? Math.floor((psiN * totalS) / psiD) : (psiN * totalS) / psiD;
  const order = [...Array(full + 1).keys()];
  order.sort((a, b) => (stake[b] > stake[a] ? 1 : stake[b] < stake[a] ? -1 : a - b));
  const finite = Number.isFinite(budget.deadline);
  let ticks = 0;
  for (const B of order) {
    if (finite && (++ticks & 1023) === 0 && budget.now() > budget.deadline) return null;
    const sBv = stake[B];
    if (!(sBv < totalP)) continue;
    // optimistic closure
    let pPlus = zero;
    let nPlus = 0;
    for (let j = 0; j < m; j++) {
      const sb = stake[B & nMask[j]];
      const outside = stake[nMask[j] & ~B];
      const removable = outside < cap ? outside : cap;
      if (td[j] * sb >= tn[j] * (SN[j] - removable)) {
        pPlus += P[j];
        nPlus |= nMask[j];
      }
    }
    if (!(pPlus > sBv) || (B & ~nPlus) !== 0) continue;
    const rel = nPlus & ~B;
    // shocks inside rel, largest masks first (submask enumeration)
    for (let D = rel; ; D = (D - 1) & rel) {
      if (finite && (++ticks & 1023) === 0 && budget.now() > budget.deadline) return null;
      if (budgetOK(D)) {
        let pA = zero;
        let nA = 0;
        const A: number[] = [];
        for (let j = 0; j < m; j++) {
          const left = SN[j] - stake[nMask[j] & D];
          if (td[j] * stake[B & nMask[j]] >= tn[j] * left) {
            pA += P[j];
            nA |= nMask[j];
            A.push(j);
          }
        }
        if (A.length > 0 && pA > sBv && (B & ~nA) === 0) {
          const bits = (x: number): number[] => [...Array(n).keys()].filter((v) => x & (1 << v));
          return { stake: sg.S.reduce((a, s, v) => (B & (1 << v) ? a + s : a), 0n), D: bits(D), A, B: bits(B) };
        }
      }
      if (D === 0) break;
    }
  }
  return { stake: -1n, D: [], A: [], B: [] };
}
