/**
 * The EigenLayer condition (Durvasula and Roughgarden, Robust Restaking Networks (2024), Claim 1 / Eq. 3): a
 * polynomial-time sufficient condition for security. Each service's profit is charged to its validators in proportion
 * to stake, scaled up by 1/a_j:
 *
 *   T_v = Σ_{j ∈ N(v)} p_j / (a_j · s(N(j)))
 *
 * If every T_v ≤ 1 the graph is secure, and with p → (1+γ)p the same check certifies slack
 * γ_EL = min_v 1/T_v − 1 (Corollary 2). It is conservative: Ex1b is secure although T_v3 = 3/2.
 * (A service with no validators contributes to no T_v, so the condition cannot see it; the exact analysis
 * does: such a service is corrupted for free.)
 */
import type { IndexedGraph } from './graph';
import { add, cmp, div, mul, ONE, type Rational, sub, ZERO } from './rational';

export interface EigenLayerCondition {
  holds: boolean;
  /** min_v 1/T_v − 1; null when every T_v is 0 (no profit anywhere) */
  certifiedSlack: Rational | null;
  perValidator: Rational[];
}

export function eigenLayerCondition(g: IndexedGraph): EigenLayerCondition {
  const share = g.sValidators.map((vs, j) => {
    if (vs.length === 0) return ZERO;
    let sn = ZERO;
    for (const v of vs) sn = add(sn, g.stake[v]);
    return div(g.profit[j], mul(g.threshold[j], sn));
  });
  // (under unique stake every validator has one service: no sum, no gcd)
  const T = g.vServices.map((js) =>
    js.length === 1 ? share[js[0]] : js.reduce((acc, j) => (acc.n === 0n ? share[j] : add(acc, share[j])), ZERO),
  );
  let max = ZERO;
  for (const t of T) if (cmp(t, max) > 0) max = t;
  return {
    holds: T.every((t) => cmp(t, ONE) <= 0),
    certifiedSlack: max.n === 0n ? null : sub(div(ONE, max), ONE),
    perValidator: T,
  };
}
