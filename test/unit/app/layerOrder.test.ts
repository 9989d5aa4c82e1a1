import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countCrossings, keepOrder, orderLayers } from '../../../src/app/layerOrder';

const link = (source: string, target: string) => ({ source, target });

describe('countCrossings', () => {
  it('counts pairs of links whose ends are in opposite orders in two layers (by hand)', () => {
    // a1 -> b2 and a2 -> b1: a1 is above a2 but b2 below b1, so the two links cross once.
    expect(
      countCrossings(
        [
          ['a1', 'a2'],
          ['b1', 'b2'],
        ],
        [link('a1', 'b2'), link('a2', 'b1')],
      ),
    ).toBe(1);
    // The same links with b2 above b1: none cross.
    expect(
      countCrossings(
        [
          ['a1', 'a2'],
          ['b2', 'b1'],
        ],
        [link('a1', 'b2'), link('a2', 'b1')],
      ),
    ).toBe(0);
    // Links that share an end never cross; each of the 3 x 2 pairs of a full 3-to-2 join crosses only when its
    // ends differ on both sides and run opposite: (a1-b2, a2-b1), (a1-b2, a3-b1), (a2-b2, a3-b1) = 3.
    const full = ['a1', 'a2', 'a3'].flatMap((a) => ['b1', 'b2'].map((b) => link(a, b)));
    expect(
      countCrossings(
        [
          ['a1', 'a2', 'a3'],
          ['b1', 'b2'],
        ],
        full,
      ),
    ).toBe(3);
  });

  it('counts links that skip a layer against the others between the same two layers, either direction', () => {
    // h1 -> o2 and o1 <- h2 (written target first) between layers 0 and 2: opposite orders, 1 crossing.
    expect(countCrossings([['h1', 'h2'], ['p'], ['o1', 'o2']], [link('h1', 'o2'), link('o1', 'h2')])).toBe(1);
  });
});

describe('orderLayers (barycentre sweeps)', () => {
  it('the sweep down reorders a layer to its neighbours: 1 crossing to 0', () => {
    const layers = [
      ['a1', 'a2'],
      ['b1', 'b2'],
    ];
    const links = [link('a1', 'b2'), link('a2', 'b1')];
    expect(countCrossings(layers, links)).toBe(1);
    const ordered = orderLayers(layers, links);
    // b2's neighbour a1 is at rank 0, b1's neighbour a2 at rank 1: b2 comes first
    expect(ordered).toEqual([
      ['a1', 'a2'],
      ['b2', 'b1'],
    ]);
    expect(countCrossings(ordered, links)).toBe(0);
  });

  it('the sweep up reorders the first layer when no order of the second alone can help: 1 crossing to 0', () => {
    // a -> x, b -> y, c -> x. Down: x's barycentre (0 + 2) / 2 = 1 and y's (b at 1) = 1 tie, so x, y stay, and
    // b -> y crosses c -> x (b above c, y below x): 1 crossing. Up: a and c (neighbour x, rank 0) before b (y, 1).
    const layers = [
      ['a', 'b', 'c'],
      ['x', 'y'],
    ];
    const links = [link('a', 'x'), link('b', 'y'), link('c', 'x')];
    expect(countCrossings(layers, links)).toBe(1);
    const ordered = orderLayers(layers, links);
    expect(ordered).toEqual([
      ['a', 'c', 'b'],
      ['x', 'y'],
    ]);
    expect(countCrossings(ordered, links)).toBe(0);
  });

  it('keeps the order when it has no crossings, and puts nodes with no neighbour last, by the tie order', () => {
    const layers = [
      ['a', 'b'],
      ['z', 'lone', 'y'],
    ];
    const links = [link('a', 'y'), link('b', 'z')];
    const ordered = orderLayers(layers, links, (p, q) => p.localeCompare(q));
    expect(ordered).toEqual([
      ['a', 'b'],
      ['y', 'z', 'lone'],
    ]);
    expect(countCrossings(ordered, links)).toBe(0);
  });
});

describe('cards drawn keep their order (orderLayers with `drawn`, keepOrder)', () => {
  // a -> y, b -> x: on its own the sweep puts y above x (no crossing)
  const layers = [
    ['a', 'b'],
    ['x', 'y'],
  ];
  const links = [link('a', 'y'), link('b', 'x')];

  it('keeps the drawn order even where the sweeps would cut a crossing', () => {
    expect(orderLayers(layers, links)).toEqual([
      ['a', 'b'],
      ['y', 'x'],
    ]);
    expect(orderLayers(layers, links, undefined, ['a', 'b', 'x', 'y'])).toEqual([
      ['a', 'b'],
      ['x', 'y'],
    ]);
    // the drawn order decides, not the order the layers come in
    expect(
      orderLayers(
        [
          ['b', 'a'],
          ['y', 'x'],
        ],
        links,
        undefined,
        ['a', 'b', 'x', 'y'],
      ),
    ).toEqual([
      ['a', 'b'],
      ['x', 'y'],
    ]);
  });

  it('places a new card after the drawn card it follows in its own sweep, or first', () => {
    // n1, n2, n3 are new: each follows the drawn card it follows in the swept layer (n1 leads, none before it)
    expect(
      keepOrder(
        [
          ['n1', 'a', 'n2', 'b', 'n3'],
          ['y', 'x'],
        ],
        ['b', 'a', 'x', 'y'],
      ),
    ).toEqual([
      ['n1', 'b', 'n3', 'a', 'n2'],
      ['x', 'y'],
    ]);
    // a card gone is simply not drawn
    expect(keepOrder([['a']], ['b', 'a'])).toEqual([['a']]);
  });

  it('gives the same cards in each layer, drawn ones in their drawn order', () => {
    const ids = fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 8 });
    fc.assert(
      fc.property(ids, ids, ids, (top, bottom, drawn) => {
        const layersNow = [top, bottom.filter((id) => !top.includes(id))];
        const all = layersNow.flat();
        const linksNow = all.slice(1).map((id, i) => link(all[i], id));
        const out = orderLayers(layersNow, linksNow, undefined, drawn);
        out.forEach((layer, i) => {
          expect([...layer].sort()).toEqual([...layersNow[i]].sort());
          const kept = layer.filter((id) => drawn.includes(id));
          expect(kept).toEqual(drawn.filter((id) => layer.includes(id)));
        });
      }),
    );
  });
});
