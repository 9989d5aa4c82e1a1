/**
 * Cost of corruption of a service j: min s(B) over coalitions ({j}, B), i.e. the cheapest set of j's own
 * validators holding at least a_j of its stake. One exact subset-sum per service (subsetSum.ts).
 *
 * All services are solved as one batch: their perfect-fit phases share subset-sum tables (perfectFit.ts's
 * FitContext), because under unique stake services often hold the very same amounts (one operator allocating
 * the same magnitude to several AVSs). Services are solved in increasing number of validators: the smallest
 * lists are the hardest (fewest subsets) and their amounts are the ones the larger lists tend to share, so the
 * table they build is reused. The order changes only the speed; every cost is exact either way.
 */
import { type Budget, UNLIMITED } from './budget';
import type { ScaledGraph } from './scaled';
import { minCover } from './subsetSum';
import { type FitContext, fitContext, fitDone } from './perfectFit';

export interface ServiceCover {
  /** scaled units; exact when `exact`, else the cheapest cover found (an upper bound; need_j is a lower one) */
  cost: bigint;
  /** global validator indices */
  validators: number[];
  exact: boolean;
}

export function serviceCover(sg: ScaledGraph, j: number, budget: Budget = UNLIMITED, ctx?: FitContext): ServiceCover {
  const vs = sg.g.sValidators[j];
  const r = minCover(
    vs.map((v) => sg.S[v]),
    sg.NEED[j],
    budget,
    ctx,
  );
  return { cost: r.cost, validators: r.chosen.map((k) => vs[k]), exact: r.exact };
}

export function costsOfCorruption(sg: ScaledGraph, budget: Budget = UNLIMITED): ServiceCover[] {
  const { m, sValidators } = sg.g;
  const ctx = fitContext(sValidators.map((vs) => vs.map((v) => sg.s[v])));
  const order = Array.from({ length: m }, (_, j) => j).sort(
    (x, y) => sValidators[x].length - sValidators[y].length || x - y,
  );
  const out: ServiceCover[] = new Array(m);
  for (const j of order) {
    out[j] = serviceCover(sg, j, budget, ctx);
    fitDone(ctx, j);
  }
  return out;
}

/**
 * The stake a coalition must really bring to each service. s(B ∩ N(j)) is always a subset sum of N(j)'s
 * stakes, so "≥ need_j" is the same constraint as "≥ the smallest subset sum that reaches need_j", which is
 * the exact cost of corruption when known (else need_j rounded up to a multiple of the gcd of N(j)'s
 * stakes). Same feasible coalitions, tighter LP/Lagrangian bound for the searches.
 */
export function effectiveNeeds(sg: ScaledGraph, covers: readonly (ServiceCover | undefined)[]): bigint[] {
  return sg.NEED.map((need, j) => {
    const c = covers[j];
    if (c?.exact) return c.cost;
    let g = 0n;
    for (const v of sg.g.sValidators[j]) g = gcdBig(g, sg.S[v]);
    return g > 0n ? ((need + g - 1n) / g) * g : need;
  });
}

function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
