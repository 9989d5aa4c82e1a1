import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CARD_TEXT_PX, FAR_NAME_PX, READABLE_PX, zoomBand, type Band } from '../../../src/ui/sandbox/zoomBand';

describe('zoomBand: the band follows the size of the cards text on screen', () => {
  it('starts "near" where 20 px names are 12 px on screen (zoom 0.6)', () => {
    expect(CARD_TEXT_PX).toBe(20);
    expect(zoomBand(0.6)).toBe('near');
    expect(zoomBand(0.599)).toBe('mid');
  });
  it('puts the starter network\'s fit zooms at 1280x720 (0.62) and 1280x800 (0.72) in "near"', () => {
    expect(zoomBand(0.62)).toBe('near');
    expect(zoomBand(0.72)).toBe('near');
  });
  it('is "mid" down to 7 px names (zoom 0.35), "far" down to a 22 px name at 4.4 px (zoom 0.2), then "tiny"', () => {
    expect(zoomBand(0.35)).toBe('mid');
    expect(zoomBand(0.349)).toBe('far');
    expect(FAR_NAME_PX * 0.2).toBeCloseTo(READABLE_PX.far, 10);
    expect(zoomBand(0.2)).toBe('far');
    expect(zoomBand(0.199)).toBe('tiny');
    expect(zoomBand(0.02)).toBe('tiny');
  });
  it('never shows more as the graph zooms out (monotone)', () => {
    const rank: Record<Band, number> = { tiny: 0, far: 1, mid: 2, near: 3 };
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(rank[zoomBand(lo)]).toBeLessThanOrEqual(rank[zoomBand(hi)]);
        },
      ),
    );
  });
});
