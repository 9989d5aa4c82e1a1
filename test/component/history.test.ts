// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { sampleIndices, history, MAX_SAMPLES } from '../../src/app/history';
import type { World } from '../../src/engine/world';

describe('history sampling', () => {
  it('keeps every position of a short log', () => {
    expect(sampleIndices(0)).toEqual([0]);
    expect(sampleIndices(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(sampleIndices(MAX_SAMPLES - 1)).toHaveLength(MAX_SAMPLES);
  });

  it('samples a long log evenly with its first and last positions, never more than the maximum', () => {
    const s = sampleIndices(1000);
    expect(s).toHaveLength(MAX_SAMPLES);
    expect(s[0]).toBe(0);
    expect(s[s.length - 1]).toBe(1000);
    for (let i = 1; i < s.length; i++) expect(s[i]).toBeGreaterThan(s[i - 1]);
    // spacing 1000/59 ≈ 16.9: every gap is 16 or 17
    for (let i = 1; i < s.length; i++) expect([16, 17]).toContain(s[i] - s[i - 1]);
    expect(sampleIndices(100, 10)).toEqual([0, 11, 22, 33, 44, 56, 67, 78, 89, 100]);
  });

  it('asks the session for the world at each sampled position only', () => {
    const asked: number[] = [];
    const fake = {
      position: 200,
      worldAt(n: number) {
        asked.push(n);
        return { world: { epoch: n * 225 } as World };
      },
    };
    const h = history(fake, (w) => BigInt(w.epoch));
    expect(asked).toEqual(sampleIndices(200));
    expect(h[h.length - 1]).toEqual({ position: 200, epoch: 45000, value: 45000n });
  });
});
