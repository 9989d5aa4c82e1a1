/**
 * A linear scale with the part of d3-scale's `scaleLinear` the charts use: a domain, a range, `nice` and `ticks`
 * (d3-scale's algorithm over d3-array's `tickIncrement` and `ticks`, so the domains and ticks are d3's). Written out because d3-scale's linear scale brings
 * d3-interpolate, d3-color and d3-format (about 10 KB gzip) for colour ranges and tick formats the charts never use:
 * that was most of the embed's chart widget over its budget (issue 15).
 */
import { tickIncrement, ticks as tickValues } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly [number, number]): LinearScale;
  range(): [number, number];
  range(range: readonly [number, number]): LinearScale;
  /** Extends the domain to round values (d3's `linear.nice(count)`). */
  nice(count?: number): LinearScale;
  /** About `count` round values inside the domain (d3's `linear.ticks(count)`). */
  ticks(count?: number): number[];
}

export function scaleLinear(): LinearScale {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  // as d3's: position within the domain taken from its lower end, then mixed between the range's ends
  // (a one-point domain maps everything to the middle of the range)
  const scale = ((value: number) => {
    const [lo, hi, from, to] = d1 < d0 ? [d1, d0, r1, r0] : [d0, d1, r0, r1];
    const t = hi - lo ? (value - lo) / (hi - lo) : 0.5;
    return from * (1 - t) + to * t;
  }) as LinearScale;
  scale.domain = ((domain?: readonly [number, number]) => {
    if (!domain) return [d0, d1];
    [d0, d1] = [Number(domain[0]), Number(domain[1])];
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((range?: readonly [number, number]) => {
    if (!range) return [r0, r1];
    [r0, r1] = [Number(range[0]), Number(range[1])];
    return scale;
  }) as LinearScale['range'];
  scale.nice = (count = 10) => {
    // d3-scale's linear.nice: widen to multiples of the tick step until the step settles (at most 10 rounds); the
    // domain changes only once it has settled
    const reversed = d1 < d0;
    let [start, stop] = reversed ? [d1, d0] : [d0, d1];
    let previous: number | undefined;
    for (let round = 0; round < 10; round++) {
      const step = tickIncrement(start, stop, count);
      if (step === previous) {
        [d0, d1] = reversed ? [stop, start] : [start, stop];
        break;
      } else if (step > 0) [start, stop] = [Math.floor(start / step) * step, Math.ceil(stop / step) * step];
      else if (step < 0) [start, stop] = [Math.ceil(start * step) / step, Math.floor(stop * step) / step];
      else break;
      previous = step;
    }
    return scale;
  };
  scale.ticks = (count = 10) => tickValues(d0, d1, count);
  return scale;
}
