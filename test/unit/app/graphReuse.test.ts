import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reuseGraph, sameData } from '../../../src/app/graphReuse';
import { buildGraph } from '../../../src/app/graphModel';
import type { Entity, Link, WorldView } from '../../../src/app/worldView';

// A small restaking world as cards: two holders, one operator, two services; amounts in gwei (1 ETH = 1e9).
const ETH = 1_000_000_000n;
const holder = (id: string, lst: bigint): Entity => ({
  id: `holder:${id}`,
  kind: 'holder',
  name: id,
  weight: lst,
  facts: [{ label: 'fact.worth', value: `${lst / ETH} ETH`, raw: lst, exact: `${lst / ETH} ETH`, unit: 'ETH' }],
});
const operator = (delegated: bigint, slashed = false): Entity => ({
  id: 'operator:orion',
  kind: 'operator',
  name: 'Orion',
  weight: delegated,
  ...(slashed ? { slashed, statusLabel: 'status.slashed' as const } : {}),
  facts: [{ label: 'fact.delegated', value: `${delegated / ETH} ETH`, raw: delegated, unit: 'ETH' }],
});
const avs = (id: string): Entity => ({ id: `avs:${id}`, kind: 'avs', name: id, weight: 0n, facts: [] });
const link = (source: string, target: string, amount: bigint): Link => ({
  id: `${source}->${target}:ETH`,
  source,
  target,
  amount,
  asset: 'ETH',
});

function view(alice: bigint, slash = 0n): WorldView {
  const delegated = alice + 50n * ETH - slash;
  return {
    entities: [
      holder('alice', alice),
      holder('bob', 50n * ETH),
      operator(delegated, slash > 0n),
      avs('oracle'),
      avs('bridge'),
    ],
    links: [
      link('holder:alice', 'operator:orion', alice),
      link('holder:bob', 'operator:orion', 50n * ETH),
      link('operator:orion', 'avs:oracle', delegated / 2n),
      link('operator:orion', 'avs:bridge', delegated / 2n),
    ],
  };
}

describe('sameData', () => {
  it('compares plain data by value, bigints included', () => {
    expect(sameData({ a: [1, { b: 2n }], c: 'x' }, { a: [1, { b: 2n }], c: 'x' })).toBe(true);
    expect(sameData({ a: 2n }, { a: 3n })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false); // a key more is a change
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(new Map([[1, 2]]), new Map([[1, 2]]))).toBe(false); // not plain: by identity
  });

  it('agrees with structural equality on any JSON-like value (property)', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.integer(), fc.bigInt(), fc.string(), fc.boolean(), fc.constant(null)),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 3 }), tie('node'), { maxKeys: 4, noNullPrototype: true }),
      ),
    })).node;
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameData(a, structuredClone(a))).toBe(true);
        // bigints do not survive JSON: compare through a replacer that tags them
        const key = (x: unknown) => JSON.stringify(x, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
        if (sameData(a, b)) expect(key(a)).toBe(key(b));
      }),
    );
  });
});

describe('reuseGraph', () => {
  const opts = { expandOperators: true };

  it('gives back the previous model itself when a step changed nothing drawn', () => {
    const prev = buildGraph(view(100n * ETH), opts);
    const next = reuseGraph(prev, buildGraph(view(100n * ETH), opts));
    expect(next).toBe(prev);
  });

  it('keeps every unchanged card and edge object, and only those (a slash of 30 ETH on Orion)', () => {
    const prev = buildGraph(view(100n * ETH), opts);
    const built = buildGraph(view(100n * ETH, 30n * ETH), opts);
    const next = reuseGraph(prev, built);
    expect(next).not.toBe(prev);
    expect(sameData(next, built)).toBe(true); // the values are the new step's
    const kept = (id: string) => next.nodes.find((n) => n.id === id) === prev.nodes.find((n) => n.id === id);
    // Orion's delegated stake falls from 150 to 120 ETH: its card changes; the holders and services do not.
    expect(kept('operator:orion')).toBe(false);
    expect(kept('holder:alice') && kept('holder:bob') && kept('avs:oracle') && kept('avs:bridge')).toBe(true);
    const keptEdge = (id: string) => next.edges.find((e) => e.id === id) === prev.edges.find((e) => e.id === id);
    // the holders' edges carry the same amounts; Orion's two allocations fall from 75 to 60 ETH each
    expect(keptEdge('holder:alice->operator:orion:ETH')).toBe(true);
    expect(keptEdge('operator:orion->avs:oracle:ETH')).toBe(false);
    expect(next.edges.find((e) => e.id === 'operator:orion->avs:oracle:ETH')?.data.amount).toBe(60n * ETH);
  });

  it('keeps the card data of a node that only moved, so the card does not render again', () => {
    const prev = buildGraph(view(100n * ETH), opts);
    const positions = new Map([['holder:alice', { x: 999, y: 999 }]]);
    const next = reuseGraph(prev, buildGraph(view(100n * ETH), { ...opts, positions }));
    const before = prev.nodes.find((n) => n.id === 'holder:alice')!;
    const after = next.nodes.find((n) => n.id === 'holder:alice')!;
    expect(after).not.toBe(before);
    expect(after.position).toEqual({ x: 999, y: 999 });
    expect(after.data).toBe(before.data);
  });

  it('always equals the model it was given, whatever the previous one (property)', () => {
    const amount = fc.bigInt({ min: 1n, max: 1000n }).map((x) => x * ETH);
    fc.assert(
      fc.property(amount, amount, fc.bigInt({ min: 0n, max: 50n }), (a, b, slash) => {
        const prev = buildGraph(view(a), opts);
        const built = buildGraph(view(b, slash * ETH), opts);
        const next = reuseGraph(prev, built);
        expect(sameData(next, built)).toBe(true);
        // and an object is kept only where it is equal
        for (const n of next.nodes)
          if (prev.nodes.includes(n))
            expect(
              sameData(
                n,
                built.nodes.find((m) => m.id === n.id),
              ),
            ).toBe(true);
      }),
    );
  });
});
