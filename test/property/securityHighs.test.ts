/**
 * Cross-check of the worst attack (max p(A) − s(B)) against the HiGHS MILP solver on random graphs up to
 * 60 validators x 25 services (HiGHS needs mip_rel_gap 0 to be exact (its default is 1e-4) and integer rows
 * need_j = ceil(a_j·S_j)). Profits are in cents, so both optima are whole numbers of cents and must be equal.
 * 15 graphs of mixed sizes and profit scales, secure and insecure, chosen to keep the run under ~20 s on a quiet
 * machine. HiGHS's time_limit is wall-clock, so it is generous (240 s per graph): on a loaded machine a tight limit
 * stopped the solver before optimality and failed a test that is about agreement, not speed.
 */
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/security/analyze';
import { costsOfCorruption } from '../../src/engine/security/costOfCorruption';
import { checkCoalition, indexGraph } from '../../src/engine/security/graph';
import { scaleGraph } from '../../src/engine/security/scaled';
import { worstAttack } from '../../src/engine/security/worstAttack';
import { rawInstance, toGraph, toLp } from '../bench/securityInstances';

const CASES: [number, number, number, number][] = [
  // V, S, c (profit scale), seed
  [20, 8, 0.2, 101],
  [20, 8, 0.35, 102],
  [20, 8, 0.6, 101],
  [20, 8, 0.6, 102],
  [20, 8, 1, 101],
  [40, 15, 0.12, 101],
  [40, 15, 0.2, 102],
  [40, 15, 0.35, 102],
  [40, 15, 0.6, 102],
  [40, 15, 1, 102],
  [60, 25, 0.12, 102],
  [60, 25, 0.2, 102],
  [60, 25, 0.35, 102],
  [60, 25, 0.6, 102],
  [60, 25, 1, 102],
];

describe('worst attack = HiGHS optimum', () => {
  it('agrees on 15 random graphs up to 60 x 25', async () => {
    const highs = await highsLoader();
    let insecure = 0;
    for (const [V, S, c, seed] of CASES) {
      const raw = rawInstance(V, S, seed);
      const res = highs.solve(toLp(raw, c), { time_limit: 240, mip_rel_gap: 0, mip_abs_gap: 0.5, output_flag: false });
      expect(res.Status, `${V}x${S} c=${c} seed ${seed}`).toBe('Optimal');
      const theirs = Math.max(0, Math.round((res as { ObjectiveValue: number }).ObjectiveValue));
      const graph = toGraph(raw, c);
      let ours: number;
      if (V <= 40) {
        // the whole pipeline, including the exact re-check of the reported attack
        const report = analyze(graph);
        expect(report.exact).toBe(true);
        ours = report.worstAttack ? Math.round((report.worstAttack.profit - report.worstAttack.stake) * 100) : 0;
      } else {
        const sg = scaleGraph(indexGraph(graph));
        const w = worstAttack(sg, undefined, costsOfCorruption(sg));
        expect(w.exact).toBe(true);
        if (w.value > 0n) expect(checkCoalition(sg.g, w.A, w.B).validAttack).toBe(true);
        ours = Number(w.value); // scaled unit is cents here
        expect(sg.unit).toBe(100n);
      }
      expect(ours, `${V}x${S} c=${c} seed ${seed}`).toBe(theirs);
      if (ours > 0) insecure++;
    }
    // the set must exercise both verdicts
    expect(insecure).toBeGreaterThan(3);
    expect(insecure).toBeLessThan(CASES.length - 3);
  }, 900_000);
});
