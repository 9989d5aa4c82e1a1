/** Unit tests of the building blocks: rationals, exact JSON, subset-sum covers, components, the anytime search. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/security/analyze';
import { maxGain } from '../../../src/engine/security/branchAndBound';
import { buildInstance } from '../../../src/engine/security/gainInstance';
import { components } from '../../../src/engine/security/components';
import { ExactNumber, JsonSyntaxError, parseExactJson } from '../../../src/engine/security/exactJson';
import { checkCoalition, graphOf, indexGraph } from '../../../src/engine/security/graph';
import { readAnalysisInput } from '../../../src/engine/security/inputSchema';
import { ceilDiv, formatRational, parseRational, rat, toNumber } from '../../../src/engine/security/rational';
import { scaleGraph } from '../../../src/engine/security/scaled';
import { minCover } from '../../../src/engine/security/subsetSum';
import { worstAttack } from '../../../src/engine/security/worstAttack';
import { seededUniform, rawInstance, toGraph } from '../../bench/securityInstances';

describe('rationals', () => {
  it('parses decimals, exponents and ratios exactly', () => {
    const f = (s: string | number) => formatRational(parseRational(s)!);
    expect(f('0.1')).toBe('1/10');
    expect(f(0.1)).toBe('1/10');
    expect(f('1e-3')).toBe('1/1000');
    expect(f('2.5E+2')).toBe('250');
    expect(f('-3.50')).toBe('-7/2');
    expect(f('.5')).toBe('1/2');
    expect(f('1/3')).toBe('1/3');
    expect(f('2.5/3')).toBe('5/6');
    expect(f('0.333333333333333333333')).toBe('333333333333333333333/1000000000000000000000');
    for (const bad of ['', 'abc', '1/0', '1//2', '--1', '1e', '.']) expect(parseRational(bad)).toBeNull();
  });
  it('ceilDiv and toNumber', () => {
    expect(ceilDiv(7n, 2n)).toBe(4n);
    expect(ceilDiv(8n, 2n)).toBe(4n);
    expect(ceilDiv(0n, 3n)).toBe(0n);
    expect(ceilDiv(-7n, 2n)).toBe(-3n);
    expect(toNumber(rat(7n, 78n))).toBe(7 / 78);
    expect(toNumber(rat(10n ** 30n + 1n, 3n * 10n ** 29n))).toBeCloseTo(10 / 3, 14);
    expect(toNumber(rat(-(10n ** 40n), 7n))).toBeCloseTo(-(10 ** 40) / 7, -26);
  });
});

describe('exact JSON', () => {
  it('keeps the text of every number', () => {
    const x = parseExactJson('{"a": 0.30000000000000000001, "b": [1, -2e3, "s"], "c": null, "d": true}') as Record<
      string,
      unknown
    >;
    expect(x.a).toEqual(new ExactNumber('0.30000000000000000001'));
    expect(x.b).toEqual([new ExactNumber('1'), new ExactNumber('-2e3'), 's']);
    expect(x.c).toBeNull();
    expect(x.d).toBe(true);
  });
  it('names line and column of a syntax error', () => {
    expect(() => parseExactJson('{\n  "a": 1,\n  "b": }')).toThrow(JsonSyntaxError);
    expect(() => parseExactJson('{\n  "a": 1,\n  "b": }')).toThrow(/line 3, column 8/);
    expect(() => parseExactJson('[1, 2')).toThrow(/unexpected end of input/);
    expect(() => parseExactJson('{"a": 01}')).toThrow(/expected "," or "}"/);
  });
  it('reads a graph with numbers beyond double precision exactly', () => {
    // 0.1 + 0.2 = 0.3 exactly: a tie, not an attack (in doubles 0.1 + 0.2 > 0.3)
    const json = parseExactJson(
      '{"validators":[{"id":"a","stake":0.3}],"services":[{"id":"x","profit":0.1,"threshold":1},{"id":"y","profit":0.2,"threshold":1}],"edges":[["a","x"],["a","y"]]}',
    );
    const input = readAnalysisInput(json);
    expect(input.kind).toBe('graph');
    if (input.kind !== 'graph') return;
    expect(analyze(input.graph).secure).toBe(true);
    expect(0.1 + 0.2 > 0.3).toBe(true); // why doubles would get it wrong
  });
});

describe('minimum covers (subset sum)', () => {
  const brute = (items: bigint[], need: bigint): bigint => {
    let best: bigint | null = null;
    for (let mask = 0; mask < 1 << items.length; mask++) {
      let s = 0n;
      items.forEach((x, i) => mask & (1 << i) && (s += x));
      if (s >= need && (best === null || s < best)) best = s;
    }
    return best!;
  };
  it('is exact on random small lists (table, search and bigint paths)', () => {
    const rnd = seededUniform(7);
    for (let t = 0; t < 300; t++) {
      const k = 1 + Math.floor(rnd() * 12);
      const scale = [1n, 1_000_003n, 10n ** 15n + 7n][t % 3]; // table, float search, bigint search
      const items = Array.from(
        { length: k },
        () => BigInt(1 + Math.floor(rnd() * 60)) * scale + BigInt(Math.floor(rnd() * 5)),
      );
      const total = items.reduce((a, b) => a + b, 0n);
      const need = BigInt(Math.floor(rnd() * Number(total / scale))) * scale + 1n;
      if (need > total) continue;
      const r = minCover(items, need);
      expect(r.exact).toBe(true);
      expect(r.cost).toBe(brute(items, need));
      expect(r.chosen.reduce((a, i) => a + items[i], 0n)).toBe(r.cost);
    }
  });
  it('handles long lists of gwei-sized, heavy-tailed stakes like real operators (meet in the middle)', () => {
    const rnd = seededUniform(11);
    const items = Array.from({ length: 120 }, () => BigInt(Math.floor(rnd() ** 8 * 2e14)) + 1n);
    const total = items.reduce((a, b) => a + b, 0n);
    const need = (total * 2n) / 3n + 1n;
    const r = minCover(items, need);
    expect(r.chosen.reduce((a, i) => a + items[i], 0n)).toBe(r.cost);
    expect(r.cost).toBe(need); // a perfect fit exists and is found
    expect(r.exact).toBe(true);
  });
  it('with a budget on a hard list returns a valid cover, exact = false', () => {
    const rnd = seededUniform(11);
    const items = Array.from({ length: 120 }, () => BigInt(Math.floor(rnd() * 2e14)) + 1n);
    const total = items.reduce((a, b) => a + b, 0n);
    const need = (total * 2n) / 3n + 1n;
    let t = 0;
    const r = minCover(items, need, { now: () => (t += 1), deadline: 50 });
    expect(r.chosen.reduce((a, i) => a + items[i], 0n)).toBe(r.cost);
    expect(r.cost >= need).toBe(true);
    if (r.cost !== need) expect(r.exact).toBe(false);
  });
});

describe('components', () => {
  it('splits on shared validators and ignores zero-profit services', () => {
    const g = graphOf({
      validators: [
        ['a', 1],
        ['b', 1],
        ['c', 1],
        ['d', 1],
      ],
      services: [
        ['x', 1, 1],
        ['y', 1, 1],
        ['z', 0, 1],
        ['w', 1, 1],
      ],
      edges: [
        ['a', 'x'],
        ['b', 'x'],
        ['b', 'y'],
        ['c', 'z'],
        ['c', 'w'],
        ['d', 'z'],
      ],
    });
    const comps = components(scaleGraph(indexGraph(g)));
    expect(comps.map((c) => c.services)).toEqual([[0, 1], [3]]);
    expect(comps.map((c) => c.validators)).toEqual([[0, 1], [2]]);
  });
});

describe('anytime search', () => {
  it('with a tiny budget returns a valid attack and a proven upper bound, exact = false', () => {
    let t = 0;
    const now = () => (t += 1); // every poll advances the fake clock by 1 ms
    const raw = rawInstance(60, 25, 3);
    const sg = scaleGraph(indexGraph(toGraph(raw, 0.6)));
    const full = worstAttack(sg);
    expect(full.exact).toBe(true);
    const partial = worstAttack(sg, { now, deadline: 5 });
    expect(partial.exact).toBe(false);
    expect(partial.value <= full.value).toBe(true);
    expect(partial.upperBound).toBeGreaterThanOrEqual(Number(full.value));
    if (partial.value > 0n) expect(checkCoalition(sg.g, partial.A, partial.B).validAttack).toBe(true);
  });
  it('the analysis reports exact = false, secure = null or false, and bounds', () => {
    let t = 0;
    const report = analyze(toGraph(rawInstance(60, 25, 3), 0.2), { budgetMs: 3, now: () => (t += 1) });
    expect(report.exact).toBe(false);
    expect(report.bounds).toBeDefined();
    expect(report.secure === null || report.secure === false).toBe(true);
  });
  it('decision mode stops at the first attack', () => {
    const sg = scaleGraph(indexGraph(toGraph(rawInstance(40, 15, 5), 1)));
    const inst = buildInstance({
      services: [...Array(sg.g.m).keys()],
      validators: [...Array(sg.g.n).keys()],
      vServices: sg.g.vServices,
      S: sg.S,
      P: sg.P,
      NEED: sg.NEED,
    });
    const first = maxGain(inst, { stopAtFirst: true });
    const best = maxGain(inst);
    expect(first.complete && best.complete).toBe(true);
    expect(first.value > 0n).toBe(true);
    expect(first.value <= best.value).toBe(true);
    expect(first.nodes).toBeLessThanOrEqual(best.nodes);
  });
});

describe('edge cases', () => {
  it('an empty graph is secure with nothing to report', () => {
    const r = analyze({ validators: [], services: [], edges: [] }, { psi: '1/2', shock: [] });
    expect(r).toMatchObject({
      secure: true,
      worstAttack: null,
      slack: null,
      costOfCorruption: {},
      eigenLayer: { holds: true, certifiedSlack: null, perValidator: {} },
      exact: true,
    });
    expect(r.rPsi).toEqual({ value: 0.5, exact: true });
    expect(r.cascade).toEqual({ shock: [], steps: [], lostStake: 0, lostFraction: 0, bound: null });
  });
  it('a service without validators is corrupted for free (γ* = −1) while the EigenLayer condition cannot see it', () => {
    const g = graphOf({
      validators: [['a', 5]],
      services: [
        ['x', 2, '1/2'],
        ['y', 2, 1],
      ],
      edges: [['a', 'x']],
    });
    const r = analyze(g);
    expect(r.secure).toBe(false);
    expect(r.worstAttack).toEqual({ services: ['y'], validators: [], profit: 2, stake: 0 });
    expect(r.slack).toBe(-1);
    expect(r.costOfCorruption).toEqual({ x: 5, y: 0 });
    expect(r.eigenLayer.holds).toBe(true);
  });
  it('services with zero profit join the attack they are covered by, for free', () => {
    const g = graphOf({
      validators: [
        ['a', 5],
        ['b', 5],
      ],
      services: [
        ['x', 8, '1/2'],
        ['z', 0, '1/2'],
      ],
      edges: [
        ['a', 'x'],
        ['b', 'x'],
        ['a', 'z'],
      ],
    });
    expect(analyze(g).worstAttack).toEqual({ services: ['x', 'z'], validators: ['a'], profit: 8, stake: 5 });
  });
  it('a threshold of exactly 1 needs every validator; equality is not an attack', () => {
    const g = graphOf({
      validators: [
        ['a', 1],
        ['b', 2],
      ],
      services: [['x', 3, 1]],
      edges: [
        ['a', 'x'],
        ['b', 'x'],
      ],
    });
    const r = analyze(g, { shock: ['a'] });
    expect(r.secure).toBe(true);
    expect(r.slack).toBe(0);
    expect(r.cascade?.steps).toEqual([{ services: ['x'], validators: ['b'], profit: 3, stake: 2 }]);
  });
});
