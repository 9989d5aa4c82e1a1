// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  COSMOS_GROUP_ID,
  edgeLabel,
  GROUP_ID,
  HOLDER_GROUP_ID,
  OPERATOR_LIMIT,
  VALIDATOR_GROUP_ID,
} from '../../src/app/graphModel';
import type { Entity, WorldView } from '../../src/app/worldView';
import { parseRoute } from '../../src/app/route';
import { parseUrlParams } from '../../src/app/urlParams';
import { t } from '../../src/ui/messages';
// the drop's words are a part of their own, loaded with the drag's code
import '../../src/app/messages/drop';

const e = (id: string, kind: Entity['kind'], weight = 0n): Entity => ({ id, kind, name: id, weight, facts: [] });
const ETH = 1_000_000_000n;

describe('graph view model', () => {
  const view: WorldView = {
    entities: [
      e('holder:a', 'holder'),
      e('holder:b', 'holder'),
      e('operator:x', 'operator', 40n * ETH),
      e('avs:s', 'avs'),
    ],
    links: [
      { id: 'a-x', source: 'holder:a', target: 'operator:x', amount: 32n * ETH, asset: 'ETH' },
      { id: 'b-x', source: 'holder:b', target: 'operator:x', amount: 8n * ETH, asset: 'ETH' },
      { id: 'x-s', source: 'operator:x', target: 'avs:s', amount: 12n * ETH, asset: 'ETH' },
    ],
  };

  it('lays layers out left to right, skipping empty layers', () => {
    const { nodes } = buildGraph(view);
    const x = (id: string) => nodes.find((n) => n.id === id)!.position.x;
    expect(x('holder:a')).toBe(0);
    expect(x('operator:x')).toBeGreaterThan(x('holder:a'));
    expect(x('avs:s')).toBeGreaterThan(x('operator:x'));
    // No protocol layer here, so operators sit in the second column, not the third, after the narrowest gap (80 px:
    // its widest label, "32 ETH", is 6 x 6.6 + 8 = 47.6 px); the services' gap holds an allocation pill
    // ("12 ETH" and room for "100%": 10 x 6.6 + 52 = 118 px, plus 24 px of air).
    expect(x('operator:x')).toBe(200 + 80);
    expect(x('avs:s') - x('operator:x')).toBe(200 + 142);
  });

  it('sizes edges by the square root of the amount and labels them in ETH', () => {
    const { edges } = buildGraph(view);
    const w = (id: string) => Number(/stroke-width:([\d.]+)px/.exec(edges.find((x) => x.id === id)!.style)![1]);
    expect(w('a-x')).toBeCloseTo(22, 1);
    // sqrt(8/32) = 1/2 of the range above its floor: area-true, not linear.
    expect(w('b-x')).toBeCloseTo(1 + (22 - 1) * 0.5, 1);
    expect(edges.find((x) => x.id === 'a-x')!.label).toBe('32 ETH');
    expect(edgeLabel(1_234_567n * ETH, 'ETH')).toBe('1,234,567 ETH');
    expect(edgeLabel(1n, 'ETH')).toBe('0.000000001 ETH');
    expect(edgeLabel(5n * ETH, 'stETH:lido')).toBe('5 stETH');
  });

  it('keeps positions the user dragged', () => {
    const { nodes } = buildGraph(view, { positions: new Map([['avs:s', { x: 7, y: 9 }]]) });
    expect(nodes.find((n) => n.id === 'avs:s')!.position).toEqual({ x: 7, y: 9 });
  });

  it('groups the long tail of validators but never a slashed one', () => {
    // 40 validators of one pool, the smallest (v0, 1 ETH) slashed: it must stay on screen although it is the smallest.
    const vals = Array.from({ length: 40 }, (_, i) => ({
      ...e(`validator:v${i}`, 'validator', BigInt(i + 1) * ETH),
      status: 'active',
      slashed: i === 0,
    }));
    const pool: WorldView = {
      entities: [e('lstPool:p', 'lstPool'), ...vals],
      links: vals.map((v) => ({ id: `p-${v.id}`, source: 'lstPool:p', target: v.id, amount: v.weight, asset: 'ETH' })),
    };
    const { nodes, edges } = buildGraph(pool);
    const shown = nodes.filter((n) => n.data.kind === 'validator').map((n) => n.id);
    expect(shown).toContain('validator:v0');
    expect(shown).toContain('validator:v39');
    expect(shown).not.toContain('validator:v1');
    // 39 candidates, the largest 15 shown one by one, 24 in the group; their 2+...+25 = 324 ETH on one merged edge.
    expect(nodes.find((n) => n.id === VALIDATOR_GROUP_ID)!.data.count).toBe(24);
    const merged = edges.filter((x) => x.target === VALIDATOR_GROUP_ID);
    expect(merged).toHaveLength(1);
    expect(merged[0].label).toBe('324 ETH');
  });

  it('groups the long tail of operators and merges their edges', () => {
    const ops = Array.from({ length: 40 }, (_, i) => e(`operator:o${i}`, 'operator', BigInt(i + 1) * ETH));
    const big: WorldView = {
      entities: [e('holder:a', 'holder'), ...ops],
      links: ops.map((o) => ({ id: `a-${o.id}`, source: 'holder:a', target: o.id, amount: o.weight, asset: 'ETH' })),
    };
    const grouped = buildGraph(big);
    const operatorNodes = grouped.nodes.filter((n) => n.data.kind === 'operator');
    expect(operatorNodes).toHaveLength(OPERATOR_LIMIT - 1);
    const group = grouped.nodes.find((n) => n.id === GROUP_ID)!;
    expect(group.data.count).toBe(40 - (OPERATOR_LIMIT - 1));
    // The largest operators are the ones drawn one by one.
    expect(operatorNodes.map((n) => n.id)).toContain('operator:o39');
    expect(operatorNodes.map((n) => n.id)).not.toContain('operator:o0');
    const toGroup = grouped.edges.filter((x) => x.target === GROUP_ID);
    expect(toGroup).toHaveLength(1);
    const expected = Array.from({ length: 40 - (OPERATOR_LIMIT - 1) }, (_, i) => BigInt(i + 1) * ETH).reduce(
      (s, x) => s + x,
      0n,
    );
    expect(toGroup[0].data.amount).toBe(expected);
    expect(buildGraph(big, { expandOperators: true }).nodes.filter((n) => n.data.kind === 'operator')).toHaveLength(40);
  });
});

describe('graph view model: groups, entries and registrations', () => {
  it("a group node lists its members' engine ids and is named by a message, not in English", () => {
    const ops = Array.from({ length: 20 }, (_, i) => e(`operator:o${i}`, 'operator', BigInt(i + 1) * ETH));
    const { nodes, edges } = buildGraph({
      entities: [e('avs:s', 'avs'), ...ops],
      links: ops.map((o) => ({ id: `${o.id}-s`, source: o.id, target: 'avs:s', amount: o.weight, asset: 'ETH' })),
    });
    const group = nodes.find((n) => n.id === GROUP_ID)!;
    // 20 operators: the 15 largest drawn, o0..o4 grouped.
    expect(new Set(group.data.members)).toEqual(new Set(['o0', 'o1', 'o2', 'o3', 'o4']));
    expect(group.data.name).toBe('');
    expect(group.data.nameMsg).toEqual({ key: 'node.otherOperators', params: { count: 5 } });
    const merged = edges.find((x) => x.source === GROUP_ID)!;
    expect(merged.data.sourceNameMsg).toEqual({ key: 'node.otherOperators', params: { count: 5 } });
    expect(merged.data.amount).toBe(15n * ETH); // 1 + 2 + 3 + 4 + 5
    expect(nodes.find((n) => n.id === 'operator:o10')!.data.members).toBeUndefined();
  });

  it('groups Cosmos validators in their own token and keeps jailed ones out', () => {
    const vals = Array.from({ length: 20 }, (_, i) => ({
      ...e(`cosmosValidator:v${i}`, 'cosmosValidator', BigInt(i + 1) * ETH),
      status: i === 0 ? 'jailed' : 'bonded',
      facts: [{ label: 'fact.tokens' as const, value: '', raw: BigInt(i + 1) * ETH, unit: 'ATOM' }],
    }));
    const { nodes } = buildGraph({ entities: vals, links: [] });
    const group = nodes.find((n) => n.id === COSMOS_GROUP_ID)!;
    // v0 (jailed) stays drawn; of the 19 bonded, the 15 largest are drawn and v1..v4 grouped: 2+3+4+5 = 14 ATOM.
    expect(nodes.map((n) => n.id)).toContain('cosmosValidator:v0');
    expect(group.data.count).toBe(4);
    expect(group.data.entity!.facts[0].value).toBe('14 ATOM');
  });

  it('a group of Cosmos holders sums what they delegate, in ATOM (they have no ETH worth)', () => {
    const holders = Array.from({ length: 20 }, (_, i) => ({
      ...e(`holder:h${i}`, 'holder', BigInt(i + 1) * ETH),
      facts: [{ label: 'fact.delegated' as const, value: '', raw: BigInt(i + 1) * ETH, unit: 'ATOM' }],
    }));
    const group = buildGraph({ entities: holders, links: [] }).nodes.find((n) => n.id === HOLDER_GROUP_ID)!;
    expect(group.data.entity!.facts[0]).toMatchObject({ label: 'fact.delegated', value: '15 ATOM', raw: 15n * ETH }); // 1+2+3+4+5
  });

  it('draws registrations and entries dashed, with their notes and badges, and makes room for badges', () => {
    const view: WorldView = {
      entities: [
        e('holder:a', 'holder'),
        e('cosmosValidator:v', 'cosmosValidator'),
        e('operator:o', 'operator'),
        e('avs:s', 'avs'),
      ],
      links: [
        {
          id: 'a-v',
          source: 'holder:a',
          target: 'cosmosValidator:v',
          amount: 5n * ETH,
          asset: 'ATOM',
          variant: 'unbonding',
          note: { key: 'edge.unbonding', params: { days: 3 } },
          badge: { key: 'edge.unbonding.short', params: { days: 3 } },
        },
        {
          id: 'o-s',
          source: 'operator:o',
          target: 'avs:s',
          amount: 0n,
          asset: 'ETH',
          variant: 'registration',
          note: { key: 'edge.registered' },
        },
      ],
    };
    const { nodes, edges } = buildGraph(view);
    const unbonding = edges.find((x) => x.id === 'a-v')!;
    expect(unbonding.style).toMatch(/stroke-dasharray:7 5/);
    expect(unbonding.label).toBe('5 ATOM');
    expect(unbonding.data.badge).toEqual({ key: 'edge.unbonding.short', params: { days: 3 } });
    const registration = edges.find((x) => x.id === 'o-s')!;
    expect(registration.style).toBe('stroke-width:2.00px;stroke-dasharray:4 4');
    expect(registration.label).toBe('0 ETH');
    expect(registration.data.note).toEqual({ key: 'edge.registered' });
    expect(registration.data.badge).toBeUndefined();
    // The validators' column (fed by a badged edge) sits 150 px further right than a plain one would.
    const plain = buildGraph({ ...view, links: view.links.map((l) => ({ ...l, badge: undefined })) }).nodes;
    const x = (ns: typeof nodes, id: string) => ns.find((n) => n.id === id)!.position.x;
    expect(x(nodes, 'cosmosValidator:v') - x(plain, 'cosmosValidator:v')).toBe(150);
  });
});

describe('routes and URL parameters', () => {
  it('parses hash routes', () => {
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/sandbox?scenario=a.json')).toEqual({ name: 'sandbox', share: null, scenario: 'a.json' });
    expect(parseRoute('#s=v1.abc')).toEqual({ name: 'sandbox', share: 'v1.abc', scenario: null });
    expect(parseRoute('#/nope')).toEqual({ name: 'notFound', path: '/nope' });
  });

  it('ignores unknown parameters and reports invalid ones with their default', () => {
    const { params, problems } = parseUrlParams('?theme=projector&present&fuzz&zzz=1');
    expect(params.theme).toBe('projector');
    expect(params.present).toBe(true);
    expect(params.fuzz).toBe(60);
    expect(problems).toEqual([]);
    const bad = parseUrlParams('?theme=purple&fuzz=-3');
    expect(bad.params.theme).toBeUndefined();
    expect(bad.params.fuzz).toBeUndefined();
    expect(bad.problems.map((p) => p.name)).toEqual(['theme', 'fuzz']);
  });
});

describe('message catalogue', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(t('sandbox.refused', { reason: 'no stake' })).toBe('Not allowed: no stake');
    expect(t('drop.done', { holder: 'Ann', amount: '2', asset: 'ETH' })).toBe('Ann put 2 ETH into {target}.');
  });
});
