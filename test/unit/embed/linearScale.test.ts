/**
 * The charts' own linear scale against d3-scale's scaleLinear (the reference it replaces): the same positions,
 * nice domains and ticks for any domain, range and count.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear as d3Linear } from 'd3-scale';
import { scaleLinear } from '../../../src/ui/panels/linearScale';

// chart values: ETH amounts and event counts, to the gwei (no denormals: charts never see them)
const num = fc.integer({ min: -1e15, max: 1e15 }).map((n) => n / 1e9);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('scaleLinear (the charts own, d3-scale as reference)', () => {
  it('maps by hand: domain [0, 10] onto [100, 0]', () => {
    const y = scaleLinear().domain([0, 10]).range([100, 0]);
    expect([y(0), y(2.5), y(10)]).toEqual([100, 75, 0]);
    expect(y(12)).toBeCloseTo(-20, 9);
    expect(y.domain()).toEqual([0, 10]);
    expect(y.range()).toEqual([100, 0]);
  });

  it('nices and ticks by hand: [0, 97] with 4 ticks becomes [0, 100], ticks 0, 20 … 100', () => {
    const y = scaleLinear().domain([0, 97]).nice(4);
    expect(y.domain()).toEqual([0, 100]);
    expect(y.ticks(4)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('agrees with d3-scale on positions, nice domains and ticks', () => {
    fc.assert(
      fc.property(num, num, num, num, num, fc.integer({ min: 1, max: 12 }), (a, b, c, d, v, count) => {
        const ours = scaleLinear().domain([a, b]).range([c, d]);
        const ref = d3Linear().domain([a, b]).range([c, d]);
        if (a !== b) expect(close(ours(v), ref(v))).toBe(true);
        expect(ours.ticks(count)).toEqual(ref.ticks(count));
        ours.nice(count);
        ref.nice(count);
        expect(ours.domain()).toEqual(ref.domain());
        expect(ours.ticks(count)).toEqual(ref.ticks(count));
      }),
      { numRuns: 500 },
    );
  });
});
