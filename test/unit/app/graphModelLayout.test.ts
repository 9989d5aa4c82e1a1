import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph, layoutSize, rowsOf, wrapLayers, type Column } from '../../../src/app/graphModel';
import { cardHeight, cardWidth, CARD_MAX_WIDTH, CARD_MIN_WIDTH } from '../../../src/app/cardSize';
import type { Entity, WorldView } from '../../../src/app/worldView';

/**
 * Issue 13, item 8: a tall column of same-kind cards wraps into sub-columns chosen for the pane's shape, and a card
 * is as wide as its words need. Expected numbers worked by hand from the constants in graphModel.ts (rows 14 apart,
 * sub-columns 40 apart, a wrapped column offset by half a row) and cardSize.ts (DejaVu Sans advances per 100 px).
 */
const ETH = 1_000_000_000n;
const PANE = { width: 836, height: 471 };
const col = (count: number, gap = 80, width = 200, height = 80): Column => ({ count, gap, width, height });

describe('wrapping tall columns', () => {
  it('wraps eight cards into two sub-columns of four when that fits the pane larger', () => {
    // holders (3), a pool (1), eight validators, 80 px cards (pitch 94):
    //   no wrap: 760 x 738 (8 x 94 - 14), zoom min(836/760, 471/738) = 0.638;
    //   two sub-columns of 4: width 200 + 280 + 280 + 240 = 1000, height 4 x 94 - 14 + 47 = 409, zoom 0.836;
    //   three of 3: 1240 x 315, zoom 0.674; so two sub-columns win.
    const columns = [col(3, 0), col(1), col(8)];
    expect(layoutSize(columns, 8)).toEqual({ width: 760, height: 738 });
    const rows = wrapLayers(columns, PANE);
    expect(rowsOf(8, rows)).toBe(4);
    expect(Math.ceil(8 / rows)).toBe(2);
    expect(layoutSize(columns, rows)).toEqual({ width: 1000, height: 409 });
  });

  it('does not wrap a graph that already fits at the largest zoom', () => {
    // 3 short cards: 236 px tall, 200 wide; at zoom 1.4 it is 330 x 280, inside the pane: wrapping gains nothing.
    expect(wrapLayers([col(3, 0)], PANE)).toBe(3);
  });

  it('never chooses a layout that fits smaller than the unwrapped one (any columns)', () => {
    const column = fc.record({
      count: fc.integer({ min: 1, max: 20 }),
      gap: fc.integer({ min: 80, max: 310 }),
      width: fc.integer({ min: 200, max: 360 }),
      height: fc.integer({ min: 80, max: 122 }),
    });
    fc.assert(
      fc.property(fc.array(column, { minLength: 1, maxLength: 5 }), (cs) => {
        const columns = cs.map((c, i) => ({ ...c, gap: i ? c.gap : 0 }));
        const zoom = (rows: number) => {
          const s = layoutSize(columns, rows);
          return Math.min(1.4, PANE.width / s.width, PANE.height / s.height);
        };
        const tallest = Math.max(...columns.map((c) => c.count));
        expect(zoom(wrapLayers(columns, PANE))).toBeGreaterThanOrEqual(zoom(tallest) - 1e-9);
      }),
    );
  });

  it('lays eight holders of one pool out in two sub-columns, no two cards overlapping', () => {
    const holders: Entity[] = Array.from({ length: 8 }, (_, i) => ({
      id: `holder:h${i}`,
      kind: 'holder',
      name: `H${i}`,
      weight: ETH,
      facts: [{ label: 'fact.holds', value: '1 ETH' }],
    }));
    const view: WorldView = {
      entities: [...holders, { id: 'lstPool:p', kind: 'lstPool', name: 'Pool', weight: 8n * ETH, facts: [] }],
      links: holders.map((h) => ({ id: `${h.id}-p`, source: h.id, target: 'lstPool:p', amount: ETH, asset: 'ETH' })),
    };
    const { nodes } = buildGraph(view);
    const cards = nodes.filter((n) => n.data.kind === 'holder');
    expect(new Set(cards.map((n) => n.position.x)).size).toBe(2);
    for (const a of cards)
      for (const b of cards) {
        if (a === b) continue;
        const apart =
          a.position.x + a.width <= b.position.x ||
          b.position.x + b.width <= a.position.x ||
          a.position.y + a.height <= b.position.y ||
          b.position.y + b.height <= a.position.y;
        expect(apart, `${a.id} over ${b.id}`).toBe(true);
      }
  });
});

describe('card size follows its words', () => {
  it('widens a Cosmos holder so "delegated" and "100,000 ATOM" both fit', () => {
    // "delegated" at 14 px: (63+62+28+62+63+61+39+62+63)/100 x 14 = 70.42; the figure, 12 monospace characters at
    // 20 px: 12 x 0.602 x 20 = 144.48; with the 4 px gap and the card's 24 px of borders and padding, 242.9 -> 248.
    const holder = {
      kind: 'holder' as const,
      facts: [{ label: 'fact.delegated' as const, value: '100,000 ATOM' }],
    };
    expect(cardWidth(holder)).toBe(248);
  });

  it('keeps the smallest card for short words, and caps a very long figure', () => {
    expect(cardWidth({ kind: 'holder', facts: [{ label: 'fact.holds', value: '5 ETH' }] })).toBe(CARD_MIN_WIDTH);
    expect(cardWidth({ kind: 'holder', facts: [{ label: 'fact.holds', value: '9'.repeat(40) }] })).toBe(CARD_MAX_WIDTH);
  });

  it('makes room for the kind label in capitals: "LIQUID STAKING POOL" is whole', () => {
    // icon 19 + the label's bold capitals (12 px, 0.05 em apart) > 176 px of a 200 px card's room
    expect(cardWidth({ kind: 'lstPool', facts: [] })).toBeGreaterThan(CARD_MIN_WIDTH);
  });

  it('is as tall as its rows: 80 for one fact, 104 for two, 122 (the most) for three', () => {
    const fact = { label: 'fact.holds' as const, value: '1 ETH' };
    expect(cardHeight({ name: 'Al', facts: [fact] }, 200)).toBe(80);
    expect(cardHeight({ name: 'Al', facts: [fact, fact] }, 200)).toBe(104);
    expect(cardHeight({ name: 'Al', facts: [fact, fact, fact] }, 200)).toBe(122);
    // a name that needs two lines adds one: 56 + 24 + 20
    expect(cardHeight({ name: 'A rather long holder name', facts: [fact] }, 200)).toBe(100);
  });

  it('keeps a name and its status badge on one row, or gives the name its second line', () => {
    // The starter's pool validators: "Validator 1" (bold 20 px, DejaVu advances 622/100 em: 124.4 px) and the
    // badge "active" (bold 13 px, 341/100 em: 44.3 px, + 18 of padding and gap) need 186.7 px, more than the
    // 176 px a 200 px card has inside: the card widens to 216 (210.7 in steps of 8), and the name keeps one line.
    const balance = { label: 'fact.balance' as const, value: '32 ETH' };
    const validator = {
      kind: 'validator' as const,
      name: 'Validator 1',
      statusLabel: 'status.active' as const,
      facts: [balance, balance],
    };
    expect(cardWidth(validator)).toBe(216);
    expect(cardHeight(validator, 216)).toBe(104);
    // at the narrowest card the badge pushes the name onto a second line, and the card is that much taller
    expect(cardHeight(validator, CARD_MIN_WIDTH)).toBe(122);
    // without the badge the same name fits the narrowest card
    expect(cardWidth({ ...validator, statusLabel: undefined })).toBe(CARD_MIN_WIDTH);
  });
});
