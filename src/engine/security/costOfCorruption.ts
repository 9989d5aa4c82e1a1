/**
 * Cost of corruption of a service j: min s(B) over coalitions ({j}, B), i.e. the cheapest set of j's own
 * validators holding at least a_j of its stake. One exact subset-sum per service (subsetSum.ts).
 */
import { type Budget, UNLIMITED } from './budget';
import type { ScaledGraph } from './scaled';
import { minCover } from './subsetSum';

export interface ServiceCover {
  /** scaled units; exact when `exact`, else the cheapest cover found (an upper bound; need_j is a lower one) */
  cost: bigint;
  /** global validator indices */
  validators: number[];
  exact: boolean;
}

export function serviceCover(sg: ScaledGraph, j: number, budget: Budget = UNLIMITED): ServiceCover {
  const vs = sg.g.sValidators[j];
  const r = minCover(
    vs.map((v) => sg.S[v]),
    sg.NEED[j],
    budget,
  );
  return { cost: r.cost, validators: r.chosen.map((k) => vs[k]), exact: r.exact };
}

export function costsOfCorruption(sg: ScaledGraph, budget: Budget = UNLIMITED): ServiceCover[] {
  const out: ServiceCover[] = [];
  for (let j = 0; j < sg.g.m; j++) out.push(serviceCover(sg, j, budget));
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
