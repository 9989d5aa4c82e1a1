import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CANDIDATE_T, placeLabels, pointOnEdge, type LabelRequest, type Rect } from '../../src/app/labelPlacement';
import { allocationLabelSize, plainLabelSize, twoLineLabelSize } from '../../src/app/labelSize';

/** The label's box at its placement, in the form it is drawn at rest. */
function boxOf(l: LabelRequest, t: number, width: number): Rect {
  const p = pointOnEdge(t, l.sx, l.sy, l.tx, l.ty);
  return { x: p.x - width / 2, y: p.y - l.height / 2, width, height: l.height };
}
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('edge label placement', () => {
  it('estimates label sizes as Chromium draws them (11 px monospace, 6.6 px a character)', () => {
    // "32 ETH": 6 characters and 4 px padding each side, measured at 47.7 px in Chromium
    expect(plainLabelSize('32 ETH')).toEqual({ width: 6 * 6.6 + 8, height: 16 });
    // "14.4 ETH ◂ 30% ▸" measured at 123.3 px; room is kept for "100%" (one character more)
    const pill = allocationLabelSize('14.4 ETH');
    expect(pill.width).toBeCloseTo(12 * 6.6 + 52, 6);
    expect(pill.width).toBeGreaterThanOrEqual(123.3);
  });

  it('follows the edge: t = 0 at the source, 1 at the target, mid-height half-way', () => {
    expect(pointOnEdge(0, 0, 10, 100, 50)).toEqual({ x: 0, y: 10 });
    expect(pointOnEdge(1, 0, 10, 100, 50)).toEqual({ x: 100, y: 50 });
    // the cubic is symmetric about its middle: x = 50, y = 30 at t = 0.5
    const mid = pointOnEdge(0.5, 0, 10, 100, 50);
    expect(mid.x).toBeCloseTo(50, 9);
    expect(mid.y).toBeCloseTo(30, 9);
  });

  it('moves a label on a parallel edge along its edge, and hides one wider than the gap', () => {
    // three edges between the same two cards, 4 px apart: the 16 px labels cannot sit side by side at one t
    const cards = [
      { x: -200, y: -61, width: 200, height: 122 },
      { x: 300, y: -61, width: 200, height: 122 },
    ];
    const edge = (id: string, dy: number, priority: number): LabelRequest => ({
      id,
      sx: 3,
      sy: dy,
      tx: 297,
      ty: dy,
      ...plainLabelSize('32 ETH'),
      priority,
    });
    const placed = placeLabels(cards, [edge('a', 0, 3), edge('b', 4, 2), edge('c', -4, 1)]);
    expect(placed.get('a')).toEqual({ t: CANDIDATE_T[0], mode: 'full' });
    expect(placed.get('b')!.mode).toBe('full');
    expect(placed.get('b')!.t).not.toBe(CANDIDATE_T[0]);
    // a 300 px gap holds four 54 px labels on a line (with margins), so the third is still placed
    expect(placed.get('c')!.mode).toBe('full');
    // ... but a label as wide as the gap has nowhere to go except where it overlaps: it is hidden at rest
    const wide = { ...edge('w', 0, 0), width: 290 };
    expect(placeLabels(cards, [wide]).get('w')!.mode).toBe('hidden');
  });

  it('falls back to the narrow form (the allocation handle alone) before hiding', () => {
    const cards = [
      { x: -200, y: -61, width: 200, height: 122 },
      { x: 130, y: -61, width: 200, height: 122 },
    ];
    const pill = allocationLabelSize('14.4 ETH');
    const placed = placeLabels(cards, [{ id: 'p', sx: 3, sy: 0, tx: 127, ty: 0, ...pill, priority: 1 }]);
    // 124 px between the handles: the 131 px pill does not fit, its 72 px handle does
    expect(placed.get('p')!.mode).toBe('narrow');
  });

  it('never lets two shown labels overlap, nor a shown label cover a card (random graphs)', () => {
    const card = fc.record({ col: fc.integer({ min: 0, max: 3 }), row: fc.integer({ min: 0, max: 5 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(card, { minLength: 2, maxLength: 16, selector: (c) => `${c.col},${c.row}` }),
        fc.array(
          fc.record({
            a: fc.nat(),
            b: fc.nat(),
            chars: fc.integer({ min: 3, max: 20 }),
            pill: fc.boolean(),
            sa: fc.integer({ min: -36, max: 36 }),
            sb: fc.integer({ min: -36, max: 36 }),
          }),
          { maxLength: 30 },
        ),
        (cells, wanted) => {
          const cards = cells.map((c) => ({ x: c.col * 340, y: c.row * 136, width: 200, height: 122 }));
          const requests: LabelRequest[] = [];
          wanted.forEach((w, i) => {
            const [s, g] = [cards[w.a % cards.length], cards[w.b % cards.length]];
            if (s.x >= g.x) return; // edges run left to right, between columns
            const size = w.pill ? allocationLabelSize('x'.repeat(w.chars)) : plainLabelSize('x'.repeat(w.chars));
            requests.push({
              id: `e${i}`,
              sx: s.x + 203,
              sy: s.y + 61 + w.sa,
              tx: g.x - 3,
              ty: g.y + 61 + w.sb,
              ...size,
              priority: w.chars,
            });
          });
          const placed = placeLabels(cards, requests);
          const shown = requests.flatMap((l) => {
            const p = placed.get(l.id)!;
            if (p.mode === 'hidden') return [];
            return [boxOf(l, p.t, p.mode === 'narrow' ? l.narrowWidth! : l.width)];
          });
          for (let i = 0; i < shown.length; i++) {
            for (const c of cards) expect(overlap(shown[i], c)).toBe(false);
            for (let j = i + 1; j < shown.length; j++) expect(overlap(shown[i], shown[j])).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('twoLineLabelSize (the pooled "all 150 ETH at risk", issue 14)', () => {
  it('sets a label of words on two even lines: as wide as the longer, fitting the gap sized for an amount', () => {
    // "all 150 ETH" (11 characters) over "at risk" (7): 11 x 6.6 + 8 + 4 of air = 84.6 px wide, two 16 px lines
    const pooled = twoLineLabelSize('all 150 ETH at risk');
    expect(pooled.width).toBeCloseTo(84.6, 6);
    expect(pooled.height).toBe(32);
    // on one line it would need 19 x 6.6 + 8 = 133.4 px, more than the allocation pill the gap before a service
    // column is sized for ("150 ETH": (7 + 4) x 6.6 + 52 = 124.6 px); on two it needs less
    expect(plainLabelSize('all 150 ETH at risk').width).toBeGreaterThan(allocationLabelSize('150 ETH').width);
    expect(pooled.width).toBeLessThan(allocationLabelSize('150 ETH').width);
    // "all 1,234,567" (13) over "ETH at risk" (11), more even than 17 over 7; one word stays on one line
    expect(twoLineLabelSize('all 1,234,567 ETH at risk').width).toBeCloseTo(13 * 6.6 + 12, 6);
    expect(twoLineLabelSize('150')).toEqual({ width: 3 * 6.6 + 12, height: 16 });
  });
});
