/**
 * The worked examples Ex1–Ex6 (examples.ts), every number solved beforehand by exhaustive enumeration,
 * compared exactly (as rationals) through the engine's full analysis.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFull, type AnalyzeOptions } from '../../../src/engine/security/analyze';
import { type RestakingGraph } from '../../../src/engine/security/graph';
import { formatRational, parseRational, type Rational, rat } from '../../../src/engine/security/rational';
import { eigenLayerCondition } from '../../../src/engine/security/eigenLayerCondition';
import { indexGraph } from '../../../src/engine/security/graph';
import { EX1, EX1B, EX2, EX3, EX4, EX5, EX6 } from './examples';

const F = (x: Rational | null | undefined): string | null => (x ? formatRational(x) : null);
const R = (s: string): Rational => parseRational(s)!;

function run(g: RestakingGraph, opts: AnalyzeOptions = {}) {
  const a = analyzeFull(g, opts);
  const names = (ids: number[], from: string[]) => ids.map((i) => from[i]);
  return {
    a,
    report: a.report,
    gamma: F(a.slack),
    steps: a.cascade?.steps.map((s) => ({
      A: names(s.A, a.graph.sIds),
      B: names(s.B, a.graph.vIds),
      profit: formatRational(rat(s.profit, 1n)),
      stake: formatRational(rat(s.stake, 1n)),
    })),
    lost: F(a.cascade?.lostFraction),
    bound: F(a.cascade?.bound),
    rPsi: F(a.rPsi?.value),
  };
}

function T(g: RestakingGraph): Record<string, string> {
  const idx = indexGraph(g);
  const el = eigenLayerCondition(idx);
  return Object.fromEntries(el.perValidator.map((t, v) => [idx.vIds[v], formatRational(t)]));
}
function certified(g: RestakingGraph): { holds: boolean; slack: string | null } {
  const el = eigenLayerCondition(indexGraph(g));
  return { holds: el.holds, slack: F(el.certifiedSlack) };
}

describe('Ex1: a shared validator makes a joint attack profitable', () => {
  const r = run(EX1, { shock: ['v3'], psi: '1/5' });
  it('is insecure: ({S1,S2}, {v2}) with 50 > 40', () => {
    expect(r.report.secure).toBe(false);
    expect(r.report.worstAttack).toEqual({ services: ['S1', 'S2'], validators: ['v2'], profit: 50, stake: 40 });
  });
  it('single services are safe: cost of corruption S1 40 > 30, S2 40 > 20', () => {
    expect(r.report.costOfCorruption).toEqual({ S1: 40, S2: 40 });
  });
  it('γ* = -1/5; T_v = 3/4, 17/12, 2/3; condition fails; certified -5/17', () => {
    expect(r.gamma).toBe('-1/5');
    expect(T(EX1)).toEqual({ v1: '3/4', v2: '17/12', v3: '2/3' });
    expect(certified(EX1)).toEqual({ holds: false, slack: '-5/17' });
    expect(r.report.eigenLayer.holds).toBe(false);
  });
  it('ψ = 0.2, shock {v3}: loss 3/5, one step ({S1,S2},{v2}); no Theorem 1 bound; R = 3/5', () => {
    expect(r.steps).toEqual([{ A: ['S1', 'S2'], B: ['v2'], profit: '50', stake: '40' }]);
    expect(r.lost).toBe('3/5');
    expect(r.bound).toBeNull();
    expect(r.rPsi).toBe('3/5');
    expect(r.a.rPsi?.exact).toBe(true);
  });
});

describe('Ex1b: remove the overlap', () => {
  const r = run(EX1B, { shock: ['v3'], psi: '1/5' });
  it('is secure with γ* = 1/3 (binding {S1} by {v1}); costs 40 and 20', () => {
    expect(r.report.secure).toBe(true);
    expect(r.report.worstAttack).toBeNull();
    expect(r.gamma).toBe('1/3');
    expect(r.report.costOfCorruption).toEqual({ S1: 40, S2: 20 });
  });
  it('Eq. 3 fails for v3 (T = 3/2) although the graph is secure', () => {
    expect(T(EX1B)).toEqual({ v1: '3/4', v2: '3/4', v3: '3/2' });
    expect(certified(EX1B)).toEqual({ holds: false, slack: '-1/3' });
  });
  it('ψ = 0.2: shock {v3} orphans S2, ({S1,S2},{v1}) 45 > 40; loss 3/5 < bound 4/5; R = 3/5', () => {
    expect(r.steps).toEqual([{ A: ['S1', 'S2'], B: ['v1'], profit: '45', stake: '40' }]);
    expect(r.lost).toBe('3/5');
    expect(r.bound).toBe('4/5');
    expect(r.rPsi).toBe('3/5');
  });
  it('ψ = 0.4: R = 4/5 (< 1.6)', () => {
    expect(run(EX1B, { psi: '2/5' }).rPsi).toBe('4/5');
  });
});

describe('Ex2: the whitepaper pattern', () => {
  const r = run(EX2);
  it('is insecure; the worst attack takes all three services with two validators (36 > 20)', () => {
    expect(r.report.secure).toBe(false);
    const w = r.report.worstAttack!;
    expect(w.services).toEqual(['X', 'Y', 'Z']);
    expect(w.validators).toHaveLength(2);
    expect([w.profit, w.stake]).toEqual([36, 20]);
  });
  it('each service alone costs 20 > 12; γ* = -4/9; T = 9/5 everywhere', () => {
    expect(r.report.costOfCorruption).toEqual({ X: 20, Y: 20, Z: 20 });
    expect(r.gamma).toBe('-4/9');
    expect(T(EX2)).toEqual({ a: '9/5', b: '9/5', c: '9/5', d: '9/5' });
    expect(certified(EX2)).toEqual({ holds: false, slack: '-4/9' });
  });
});

describe('Ex3: secure but zero slack', () => {
  const r = run(EX3, { shock: ['a'], psi: '1/10' });
  it('is secure (100 = 100 is not an attack) with γ* = 0; Eq. 3 holds with equality', () => {
    expect(r.report.secure).toBe(true);
    expect(r.gamma).toBe('0');
    expect(T(EX3)).toEqual({ a: '1', b: '1' });
    expect(certified(EX3)).toEqual({ holds: true, slack: '0' });
    expect(r.report.costOfCorruption).toEqual({ x: 100 });
  });
  it('shock a → b alone attacks x (90 < 100): everything is lost, R = 1', () => {
    expect(r.steps).toEqual([{ A: ['x'], B: ['b'], profit: '100', stake: '90' }]);
    expect(r.lost).toBe('1');
    expect(r.bound).toBeNull();
    expect(r.rPsi).toBe('1');
  });
});

describe('Ex4: domino cascade along a chain', () => {
  const r = run(EX4, { shock: ['a'], psi: '2/17' });
  it('is secure with γ* = 7/78; Eq. 3 fails for b and c', () => {
    expect(r.report.secure).toBe(true);
    expect(r.gamma).toBe('7/78');
    expect(T(EX4)).toEqual({ a: '7/10', b: '23/18', c: '113/99', d: '31/55' });
    expect(certified(EX4)).toEqual({ holds: false, slack: '-5/23' });
    expect(r.report.costOfCorruption).toEqual({ X: 30, Y: 45, Z: 55 });
  });
  it('shock a: X by {b} (21 > 20), Y by {c} (26 > 25), Z by {d} (31 > 30); R = 1, bound 10/7', () => {
    expect(r.steps).toEqual([
      { A: ['X'], B: ['b'], profit: '21', stake: '20' },
      { A: ['Y'], B: ['c'], profit: '26', stake: '25' },
      { A: ['Z'], B: ['d'], profit: '31', stake: '30' },
    ]);
    expect(r.lost).toBe('1');
    expect(r.bound).toBe('10/7');
    expect(r.rPsi).toBe('1');
  });
  it('ψ = 0.2: R = 92/85 (ψ plus the 75 lost after shocking a)', () => {
    expect(run(EX4, { psi: '1/5' }).rPsi).toBe('92/85');
  });
});

describe('Ex5: overcollateralized network', () => {
  it('is secure with γ* = 1/9 (binding {B,C} by {v5}); Eq. 3 holds, certified 1/17', () => {
    const r = run(EX5);
    expect(r.report.secure).toBe(true);
    expect(r.gamma).toBe('1/9');
    expect(T(EX5)).toEqual({ v1: '1/2', v2: '1/2', v3: '17/18', v4: '4/9', v5: '17/18', v6: '1/2' });
    expect(certified(EX5)).toEqual({ holds: true, slack: '1/17' });
    expect(r.report.costOfCorruption).toEqual({ A: 50, B: 50, C: 50 });
  });
  it.each([
    ['1/10', '1/10'],
    ['1/5', '1/5'],
    ['3/10', '3/10'],
    ['2/5', '13/20'],
    ['1/2', '3/4'],
  ])('R_ψ at ψ = %s is %s', (psi, value) => {
    expect(run(EX5, { psi }).rPsi).toBe(value);
  });
  it('shock {v1,v2,v3} orphans A: ({A,B,C},{v5}) 65 > 50, lost 13/20, bound 4', () => {
    const r = run(EX5, { shock: ['v1', 'v2', 'v3'] });
    expect(r.steps).toEqual([{ A: ['A', 'B', 'C'], B: ['v5'], profit: '65', stake: '50' }]);
    expect(r.lost).toBe('13/20');
    expect(r.bound).toBe('4');
  });
  it('shock {v5,v6}: ({A,B,C},{v1,v3}) 65 > 50, lost 3/4, bound 5', () => {
    const r = run(EX5, { shock: ['v5', 'v6'] });
    expect(r.steps).toEqual([{ A: ['A', 'B', 'C'], B: ['v1', 'v3'], profit: '65', stake: '50' }]);
    expect(r.lost).toBe('3/4');
    expect(r.bound).toBe('5');
  });
  it('shocks {v3}, {v3,v4}, {v1,v2} cascade into nothing', () => {
    for (const shock of [['v3'], ['v3', 'v4'], ['v1', 'v2']]) {
      const r = run(EX5, { shock });
      expect(r.steps).toEqual([]);
      expect(r.a.cascade?.B).toEqual([]);
    }
  });
});

describe('Ex6: near-tight Theorem 1', () => {
  const r = run(EX6, { shock: ['a'], psi: '1/10' });
  it('γ* = 1/2 exactly, certified 1/2 too', () => {
    expect(r.report.secure).toBe(true);
    expect(r.gamma).toBe('1/2');
    expect(T(EX6)).toEqual({ a: '2/3', b: '2/3', c: '20/73' });
    expect(certified(EX6)).toEqual({ holds: true, slack: '1/2' });
    expect(r.report.costOfCorruption).toEqual({ x: 27, y: 73 });
  });
  it('shock a → ({x},{b}) 18 > 17: 27% lost against the bound 30%; R = 27/100', () => {
    expect(r.steps).toEqual([{ A: ['x'], B: ['b'], profit: '18', stake: '17' }]);
    expect(r.lost).toBe('27/100');
    expect(r.bound).toBe('3/10');
    expect(r.rPsi).toBe('27/100');
  });
});

describe('JSON numbers of the report', () => {
  it('prints rationals as the nearest doubles', () => {
    const r = run(EX4, { shock: ['a'] }).report;
    expect(r.slack).toBe(7 / 78);
    expect(r.cascade?.bound).toBe(10 / 7);
    expect(r.eigenLayer.perValidator.c).toBe(113 / 99);
    expect(r.exact).toBe(true);
    expect(R('1/3')).toEqual(rat(1n, 3n));
  });
});
