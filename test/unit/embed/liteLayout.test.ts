import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CARD_H, CARD_W, fitScale, liteLayout } from '../../../src/ui/embed/liteLayout';
import type { GraphEdge, GraphModel, GraphNode } from '../../../src/app/graphModel';

// The sandbox's layout units (graphModel.ts): cards 200 x 122, columns 320 apart, rows 136 apart.
const node = (id: string, x: number, y: number): GraphNode =>
  ({ id, type: 'holder', position: { x, y }, width: 200, height: 122, data: {} }) as unknown as GraphNode;
const edge = (source: string, target: string): GraphEdge =>
  ({
    id: `${source}->${target}`,
    type: 'amount',
    source,
    target,
    label: '',
    style: '',
    data: { sourceSlot: 0, sourceSlots: 1, targetSlot: 0, targetSlots: 1 },
  }) as unknown as GraphEdge;

describe('liteLayout', () => {
  it('re-spaces two columns and a row by hand-derived numbers, with the edge between the cards’ sides', () => {
    const model: GraphModel = {
      nodes: [node('a', 0, 0), node('b', 320, 0), node('c', 320, 136)],
      edges: [edge('a', 'b')],
    };
    const l = liteLayout(model);
    // margin 4; the gap (320 - 200) x 0.45 = 54; rows 136 -> 180 (164 + 16)
    expect(l.cards.map((c) => [c.node.id, c.x, c.y])).toEqual([
      ['a', 4, 4],
      ['b', 4 + 264 + 54, 4],
      ['c', 322, 4 + 180],
    ]);
    // from a's right side (268, 4 + 164 / 2) to b's left side (322, 86); the bend is at least 40
    expect(l.edges).toEqual([{ id: 'a->b', source: 'a', target: 'b', d: 'M268,86 C308,86 282,86 322,86' }]);
    expect(l.width).toBe(322 + 264 + 4);
    expect(l.height).toBe(184 + 164 + 4);
  });

  it('draws no edge to a card that is not drawn', () => {
    expect(liteLayout({ nodes: [node('a', 0, 0)], edges: [edge('a', 'gone')] }).edges).toEqual([]);
  });

  it('never overlaps two cards, and keeps every card inside the drawing (any columns and rows)', () => {
    // columns at least NODE_WIDTH + SUB_GAP (240) apart, as buildGraph places them, rows on its 136 grid
    const grid = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 9 })), {
      minLength: 1,
      maxLength: 30,
      selector: ([c, r]) => `${c}:${r}`,
    });
    const steps = fc.array(fc.integer({ min: 240, max: 600 }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(grid, steps, (cells, gaps) => {
        const xs = gaps.map((_, i) => gaps.slice(0, i).reduce((s, g) => s + g, 0));
        const l = liteLayout({ nodes: cells.map(([c, r], i) => node(`n${i}`, xs[c], r * 136)), edges: [] });
        for (const a of l.cards) {
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.x + CARD_W).toBeLessThanOrEqual(l.width);
          expect(a.y + CARD_H).toBeLessThanOrEqual(l.height);
          for (const b of l.cards) {
            if (a === b) continue;
            const apart = a.x + CARD_W <= b.x || b.x + CARD_W <= a.x || a.y + CARD_H <= b.y || b.y + CARD_H <= a.y;
            expect(apart).toBe(true);
          }
        }
      }),
    );
  });
});

describe('fitScale', () => {
  it('fits to the width, never enlarges, and stops at the legible minimum', () => {
    expect(fitScale(1220, 694, 0.56)).toBeCloseTo(694 / 1220, 10);
    expect(fitScale(500, 694, 0.56)).toBe(1);
    expect(fitScale(1220, 376, 0.56)).toBe(0.56);
    expect(fitScale(1220, 0, 0.56)).toBe(1);
  });
});
