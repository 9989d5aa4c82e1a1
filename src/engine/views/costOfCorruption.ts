/**
 * Per AVS, the security figures every panel shows, from one definition:
 *
 *   stakeSeen     the stake the AVS can slash under the world's security model (restaking/views.ts);
 *   stakeNeeded   the stake an attacker must control to reach the attack threshold, stake seen × threshold
 *                 rounded up (Durvasula and Roughgarden's α_j·σ(N(j)), "Robust Restaking Networks", 2024, §2):
 *                 a floor, since stake comes in whole operators' allocations;
 *   cost          the cost of corruption: the cheapest set of whole stake units (an operator's allocation to the
 *                 AVS under unique stake, an operator's whole delegation when pooled) that reaches the threshold,
 *                 min s(B) over coalitions ({j}, B), exactly as the security analysis computes it
 *                 (security/costOfCorruption.ts over security/fromWorld.ts's graph), in gwei;
 *   safeAlone     attacked alone, corruption does not pay: an attack is valid only when its profit is strictly
 *                 greater than the stake it burns, so the AVS is safe alone when cost ≥ profit from corruption.
 *
 * The exact cost is a subset-sum over the AVS's stake units. Its work is counted, not timed, so the answer is the
 * same on every machine; past the limit (a real network's hundreds of operators) `exact` is false and `cost` is the
 * cheapest cover found, an upper bound that the dashboard's security worker then settles.
 */
import type { World } from '../world';
import { stakeSeenBy, stakeSeenByAll } from '../restaking/views';
import type { Avs } from '../services/avs';
import { worldGraph } from '../security/fromWorld';
import { indexGraph, type RestakingGraph } from '../security/graph';
import type { Rational } from '../security/rational';
import { scaleGraph } from '../security/scaled';
import { costsOfCorruption, serviceCover } from '../security/costOfCorruption';
import { GWEI_PER_ETH } from '../ledger/amount';
import { stakeNeeded } from '../services/stakeNeeded';

export interface ServiceSecurity {
  avs: string;
  name: string;
  stakeSeen: bigint;
  stakeNeeded: bigint;
  cost: bigint;
  exact: boolean;
  profit: bigint;
  threshold: readonly [bigint, bigint];
  safeAlone: boolean;
}

/** Subset-sum work allowed for all the AVSs of a world (nodes / 256, as security/subsetSum.ts counts them). */
export const COST_WORK_LIMIT = 20_000;

export function servicesSecurity(world: World, workLimit = COST_WORK_LIMIT): ServiceSecurity[] {
  const avss = Object.values(world.restaking?.avss ?? {});
  if (!avss.length) return [];
  const seen = stakeSeenByAll(world);
  const costOf = costsFor(worldGraph(world).graph, workLimit);
  return avss.map((a) => {
    const c = costOf.get(a.id) ?? { cost: 0n, exact: true };
    return figures(a, seen.get(a.id) ?? 0n, c.cost, c.exact);
  });
}

/**
 * The exact costs of a graph, remembered for the last graph asked: the dashboard asks after every event and most
 * events (a day passing, a holder's transfer) leave every stake unit as it was; on the real network the subset-sums
 * take tens of milliseconds. Keyed on everything the costs depend on, so the answer is the same as computing it.
 */
let last: { key: string; costs: Map<string, { cost: bigint; exact: boolean }> } | null = null;

function costsFor(graph: RestakingGraph, workLimit: number): Map<string, { cost: bigint; exact: boolean }> {
  const r = (x: Rational): string => `${x.n}/${x.d}`;
  const key = [
    workLimit,
    graph.services.map((x) => `${x.id}:${r(x.threshold)}:${r(x.profit)}`).join(','),
    graph.validators.map((v) => `${v.id}:${r(v.stake)}`).join(','),
    graph.edges.map(([v, j]) => `${v}>${j}`).join(','),
  ].join('|');
  if (last?.key === key) return last.costs;
  const g = indexGraph(graph);
  const sg = scaleGraph(g);
  let work = 0;
  const covers = costsOfCorruption(sg, { now: () => ++work, deadline: workLimit });
  const costs = new Map(covers.map((c, j) => [g.sIds[j], { cost: toGwei(c.cost, sg.unit), exact: c.exact }]));
  last = { key, costs };
  return costs;
}

/** One AVS's figures, its cost found by one subset-sum (the inspector asks for one AVS at a time). */
export function serviceSecurity(world: World, avs: string, workLimit = COST_WORK_LIMIT): ServiceSecurity | null {
  const a = world.restaking?.avss?.[avs];
  if (!a) return null;
  const g = indexGraph(worldGraph(world).graph);
  const sg = scaleGraph(g);
  let work = 0;
  const c = serviceCover(sg, g.sIds.indexOf(avs), { now: () => ++work, deadline: workLimit });
  return figures(a, stakeSeenBy(world, avs), toGwei(c.cost, sg.unit), c.exact);
}

/** Scaled units / unit = ETH; the unit divides 1e9 whenever every stake is whole gwei, else round up. */
const toGwei = (scaled: bigint, unit: bigint): bigint => (scaled * GWEI_PER_ETH + unit - 1n) / unit;

function figures(a: Avs, stake: bigint, cost: bigint, exact: boolean): ServiceSecurity {
  return {
    avs: a.id,
    name: a.name,
    stakeSeen: stake,
    stakeNeeded: stakeNeeded(stake, a.attackThreshold),
    cost,
    exact,
    profit: a.profitFromCorruption,
    threshold: a.attackThreshold,
    safeAlone: cost >= a.profitFromCorruption,
  };
}
