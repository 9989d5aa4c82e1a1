/**
 * The worst attack: the valid attack with the largest p(A) − s(B), or none (the graph is secure).
 *
 * Components (components.ts) are independent, so the answer is the union of every component's best attack
 * whose value is positive. A single-service component is settled by its cheapest cover (subset-sum); larger
 * ones go to the branch-and-bound. Small components run first so that a time budget is spent where it is
 * needed. The union is then closed: every zero-profit service the attackers already cover joins A (it costs
 * nothing more, and it is what they would in fact corrupt).
 */
import { type Budget, slice, UNLIMITED } from './budget';
import { maxGain } from './branchAndBound';
import { buildInstance } from './gainInstance';
import { components } from './components';
import type { ServiceCover } from './costOfCorruption';
import { effectiveNeeds, serviceCover } from './costOfCorruption';
import type { ScaledGraph } from './scaled';

export interface WorstAttack {
  /** global indices, ascending; empty when no attack was found */
  A: number[];
  B: number[];
  /** exact p(A) − s(B) in scaled units (0n when none found) */
  value: bigint;
  /** every component finished: value is the maximum and value = 0n proves the graph secure */
  exact: boolean;
  /** proven upper bound on the maximum, scaled units (float); equals value when exact */
  upperBound: number;
  nodes: number;
}

export function worstAttack(
  sg: ScaledGraph,
  budget: Budget = UNLIMITED,
  covers?: (ServiceCover | undefined)[],
): WorstAttack {
  const comps = components(sg).sort(
    (a, b) => a.services.length + a.validators.length - (b.services.length + b.validators.length),
  );
  const A: number[] = [];
  const B: number[] = [];
  let value = 0n;
  let exact = true;
  let upper = 0;
  let nodes = 0;
  const needs = effectiveNeeds(sg, covers ?? []);
  comps.forEach((c, idx) => {
    const b = slice(budget, 1 / (comps.length - idx));
    if (c.services.length === 1) {
      const j = c.services[0];
      // cheapest cover decides it: p_j − min s(B)
      if (sg.P[j] <= sg.NEED[j]) return; // even a perfect cover costs ≥ need ≥ p_j
      const cover = covers?.[j] ?? serviceCover(sg, j, b);
      const v = sg.P[j] - cover.cost;
      if (v > 0n) {
        value += v;
        A.push(j);
        B.push(...cover.validators);
      }
      if (!cover.exact) {
        exact = false;
        upper += Number(sg.P[j] - sg.NEED[j]);
      } else upper += Math.max(0, Number(v));
      return;
    }
    const inst = buildInstance({
      services: c.services,
      validators: c.validators,
      vServices: sg.g.vServices,
      S: sg.S,
      P: sg.P,
      NEED: needs,
    });
    const r = maxGain(inst, { budget: b });
    nodes += r.nodes;
    if (r.value > 0n) {
      value += r.value;
      A.push(...r.A.map((j) => c.services[j]));
      B.push(...r.B.map((v) => c.validators[v]));
    }
    if (!r.complete) exact = false;
    upper += Math.max(0, r.complete ? Number(r.value) : r.upperBound);
  });
  if (A.length > 0) closeOver(sg, A, B);
  A.sort((x, y) => x - y);
  B.sort((x, y) => x - y);
  return { A, B, value, exact, upperBound: exact ? Number(value) : Math.max(upper, Number(value)), nodes };
}

/** Adds to A every service (of any profit) that B already covers. Mutates A. */
export function closeOver(sg: ScaledGraph, A: number[], B: readonly number[]): void {
  const inA = new Set(A);
  const inB = new Set(B);
  for (let j = 0; j < sg.g.m; j++) {
    if (inA.has(j)) continue;
    let c = 0n;
    for (const v of sg.g.sValidators[j]) if (inB.has(v)) c += sg.S[v];
    // (a service with no validators needs 0: it is corrupted for free)
    if (c >= sg.NEED[j]) A.push(j);
  }
}
