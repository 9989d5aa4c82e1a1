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
