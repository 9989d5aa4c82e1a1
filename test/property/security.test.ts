/**
 * The security analysis against the exhaustive reference (test/unit/security/bruteForce.ts) on random small
 * graphs: up to 8 validators x 4 services, with tied stakes, thresholds of exactly 1, zero profits, isolated
 * validators and services (a service without validators is corrupted for free), and random shocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFull } from '../../src/engine/security/analyze';
import { checkCoalition, indexGraph, type RestakingGraph, withoutValidators } from '../../src/engine/security/graph';
import { cmp, type Rational, rat, toNumber } from '../../src/engine/security/rational';
import { Brute } from '../unit/security/bruteForce';

const STAKES: Rational[] = [rat(1n), rat(2n), rat(3n), rat(5n), rat(10n), rat(10n), rat(3n, 2n), rat(7n, 4n)];
const PROFITS: Rational[] = [
  rat(0n),
  rat(0n),
  rat(1n),
  rat(3n),
  rat(5n),
  rat(10n),
  rat(15n),
  rat(20n),
  rat(7n, 2n),
  rat(25n, 3n),
];
const THRESHOLDS: Rational[] = [rat(1n), rat(1n), rat(1n, 2n), rat(1n, 3n), rat(2n, 3n), rat(1n, 4n), rat(3n, 5n)];
const PSIS: Rational[] = [rat(0n), rat(1n, 10n), rat(1n, 5n), rat(1n, 4n), rat(1n, 3n), rat(1n, 2n), rat(1n)];

function graphArb(maxV: number, maxS: number) {
  return fc
    .record({
      n: fc.integer({ min: 1, max: maxV }),
      m: fc.integer({ min: 1, max: maxS }),
      density: fc.constantFrom(0.15, 0.35, 0.6, 0.9),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    })
    .chain(({ n, m, density }) =>
      fc.record({
        stakes: fc.array(fc.constantFrom(...STAKES), { minLength: n, maxLength: n }),
        services: fc.array(fc.record({ p: fc.constantFrom(...PROFITS), a: fc.constantFrom(...THRESHOLDS) }), {
          minLength: m,
          maxLength: m,
        }),
        edges: fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: m, maxLength: m }), {
          minLength: n,
          maxLength: n,
        }),
        shock: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        psi: fc.constantFrom(...PSIS),
        density: fc.constant(density),
      }),
    )
    .map(({ stakes, services, edges, shock, psi, density }) => {
      const g: RestakingGraph = {
        validators: stakes.map((stake, i) => ({ id: `v${i}`, stake })),
        services: services.map((s, j) => ({ id: `s${j}`, profit: s.p, threshold: s.a })),
        edges: [],
      };
      edges.forEach((row, i) => row.forEach((x, j) => x < density && g.edges.push([`v${i}`, `s${j}`])));
      return { g, shock: shock.flatMap((b, i) => (b ? [`v${i}`] : [])), psi };
    });
}

const scaled = (b: Brute, x: bigint): number => toNumber(rat(x, b.unit));

describe('security analysis = brute force on small graphs', () => {
  it('secure, worst attack, slack, costs of corruption, T_v, worst cascade (500 graphs)', () => {
    fc.assert(
      fc.property(graphArb(8, 4), ({ g, shock }) => {
        const a = analyzeFull(g, { shock });
        const b = new Brute(g);
        const ref = b.analyze();
        const r = a.report;
        expect(r.exact).toBe(true);
        expect(r.secure).toBe(ref.secure);
        // worst attack: the value is the maximum, and the reported coalition is a valid attack worth it
        if (ref.bestGain === null) expect(r.worstAttack).toBeNull();
        else {
          const w = r.worstAttack!;
          const A = w.services.map((id) => a.graph.sIds.indexOf(id));
          const B = w.validators.map((id) => a.graph.vIds.indexOf(id));
          const check = checkCoalition(a.graph, A, B);
          expect(check.validAttack).toBe(true);
          expect(toNumber(check.profit) - toNumber(check.stake)).toBeCloseTo(scaled(b, ref.bestGain), 9);
          expect(
            cmp(
              rat(check.profit.n * check.stake.d - check.stake.n * check.profit.d, check.profit.d * check.stake.d),
              rat(ref.bestGain, b.unit),
            ),
          ).toBe(0);
        }
        // slack, exactly
        if (ref.minRatio === null) expect(a.slack).toBeNull();
        else expect(cmp(a.slack!, rat(ref.minRatio.n - ref.minRatio.d, ref.minRatio.d))).toBe(0);
        // costs of corruption
        ref.coc.forEach((c, j) => expect(r.costOfCorruption[`s${j}`]).toBe(scaled(b, c)));
        // EigenLayer T_v
        ref.T.forEach((t, v) => expect(r.eigenLayer.perValidator[`v${v}`]).toBe(toNumber(t)));
        expect(r.eigenLayer.holds).toBe(ref.T.every((t) => t.n <= t.d));
        // worst cascade after the shock
        const D = shock.reduce((acc, id) => acc | (1 << Number(id.slice(1))), 0);
        const ll = b.largestLoss(D);
        const lost = b.stakeOf(D) + (ll.stake > 0n ? ll.stake : 0n);
        expect(cmp(a.cascade!.lostStake, rat(lost, b.unit))).toBe(0);
        // the narrated steps are valid attacks one after the other and slash exactly the worst attack's B
        let gone = new Set(a.cascade!.shock);
        const slashed: number[] = [];
        for (const step of a.cascade!.steps) {
          const left = withoutValidators(indexGraph(g), gone);
          expect(checkCoalition(left, step.A, step.B).validAttack).toBe(true);
          step.B.forEach((v) => gone.add(v));
          slashed.push(...step.B);
          gone = new Set(gone);
        }
        expect(slashed.sort((x, y) => x - y)).toEqual(a.cascade!.B);
        if (ll.stake >= 0n) expect(a.cascade!.steps.length).toBeGreaterThan(0);
        else expect(a.cascade!.steps).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('R_ψ is exact (150 graphs, up to 6 validators x 3 services)', () => {
    fc.assert(
      fc.property(graphArb(6, 3), ({ g, psi }) => {
        const a = analyzeFull(g, { psi });
        const ref = new Brute(g).rPsi(psi);
        expect(a.rPsi!.exact).toBe(true);
        expect(cmp(a.rPsi!.value, ref)).toBe(0);
        // Theorem 1: with slack γ* > 0, R_ψ < (1 + 1/γ*)ψ whenever ψ > 0
        if (a.slack && a.slack.n > 0n && psi.n > 0n) {
          const bound = toNumber(psi) * (1 + toNumber(rat(a.slack.d, a.slack.n)));
          expect(toNumber(a.rPsi!.value)).toBeLessThan(bound + 1e-12);
        }
      }),
      { numRuns: 150 },
    );
  });
});
