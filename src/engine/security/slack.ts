/**
 * Slack γ* = min over coalitions with p(A) > 0 of s(B)/p(A) − 1 (negative iff the graph is insecure).
 *
 * Dinkelbach's method over the same branch-and-bound. Let r = s(B*)/p(A*) be the best ratio known. A coalition
 * with a smaller ratio exists iff  max r·p(A) − s(B) > 0  — a worst-attack search with every profit scaled by
 * r (exactly, in integers: maximise sB·P(A) − pA·S(B) where r = sB/pA). If the maximiser has a positive value its
 * own ratio is strictly smaller: take it and repeat; if the maximum is ≤ 0, r is optimal. Each round is
 * exact, the ratio strictly decreases and there are finitely many coalitions, so it terminates, typically in
 * two or three rounds.
 *
 * The start is the best single-service coalition, ({j}, cheapest cover of j), which is also each service's
 * cost of corruption; a single-service component never needs more. Components are independent and the global
 * ratio only has to be beaten, so every component is searched against the best ratio found so far.
 */
import { type Budget, slice, UNLIMITED } from './budget';
import { maxGain } from './branchAndBound';
import { buildInstance } from './gainInstance';
import { components } from './components';
import { effectiveNeeds, type ServiceCover } from './costOfCorruption';
import { type Rational, rat } from './rational';
import type { ScaledGraph } from './scaled';

export interface SlackResult {
  /** min s(B)/p(A); null when no service has positive profit (γ* is then undefined) */
  ratio: Rational | null;
  /** a coalition attaining it (global indices) */
  A: number[];
  B: number[];
  exact: boolean;
  rounds: number;
}

export function minRatio(sg: ScaledGraph, covers: ServiceCover[], budget: Budget = UNLIMITED): SlackResult {
  let best: { sB: bigint; pA: bigint; A: number[]; B: number[] } | null = null;
  let exact = true;
  for (let j = 0; j < sg.g.m; j++) {
    if (sg.P[j] <= 0n) continue;
    const c = covers[j];
    if (!c.exact) exact = false;
    if (!best || c.cost * best.pA < best.sB * sg.P[j]) best = { sB: c.cost, pA: sg.P[j], A: [j], B: c.validators };
  }
  if (!best) return { ratio: null, A: [], B: [], exact: true, rounds: 0 };
  if (best.sB === 0n) return { ratio: rat(0n), A: best.A, B: best.B, exact: true, rounds: 0 }; // a free service: γ* = −1
  let rounds = 0;
  const needs = effectiveNeeds(sg, covers);
  const comps = components(sg).filter((c) => c.services.length > 1);
  comps.sort((a, b) => a.services.length + a.validators.length - (b.services.length + b.validators.length));
  comps.forEach((c, idx) => {
    const b = slice(budget, 1 / (comps.length - idx));
    for (;;) {
      rounds++;
      const cur = best!;
      const inst = buildInstance({
        services: c.services,
        validators: c.validators,
        vServices: sg.g.vServices,
        S: sg.S,
        P: sg.P,
        NEED: needs,
        alpha: cur.sB,
        beta: cur.pA,
      });
      const r = maxGain(inst, { budget: b });
      if (r.value > 0n) {
        const A = r.A.map((j) => c.services[j]);
        const B = r.B.map((v) => c.validators[v]);
        const pA = A.reduce((a, j) => a + sg.P[j], 0n);
        const sB = B.reduce((a, v) => a + sg.S[v], 0n);
        // strictly better by construction (sB·cur.pA < cur.sB·pA); checked because the loop relies on it
        if (!(sB * cur.pA < cur.sB * pA)) throw new Error('slack: Dinkelbach step did not improve the ratio');
        best = { sB, pA, A, B };
        if (sB === 0n) break;
        if (!r.complete) {
          exact = false;
          break;
        }
        continue;
      }
      if (!r.complete) exact = false;
      break;
    }
  });
  const ratio = rat(best.sB, best.pA);
  return { ratio, A: [...best.A].sort((a, b) => a - b), B: [...best.B].sort((a, b) => a - b), exact, rounds };
}

/** γ* = ratio − 1 */
export function slackOf(r: SlackResult): Rational | null {
  return r.ratio ? rat(r.ratio.n - r.ratio.d, r.ratio.d) : null;
}
