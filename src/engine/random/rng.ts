/**
 * The engine's only source of randomness: a seeded xoroshiro128+ from pure-rand (the generator fast-check
 * uses), whose state is a plain number array kept in the world, so a snapshot resumes exactly where it stopped.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

export type RngState = number[];

/** Seeds may be any string (share links carry them); hash it to a 32-bit integer with FNV-1a. */
export function seedFromString(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

export function createRng(seed: string): RngState {
  return [...xoroshiro128plus(seedFromString(seed)).getState()];
}

/**
 * A seeded stream of uniform numbers for code that draws many of them in a loop (the security search's
 * randomised greedy pass, the UI fuzzer, benchmark instances): the same pure-rand generator, held mutably.
 */
export interface UniformSource {
  /** A float in [0, 1). */
  float(): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

export function uniformSource(seed: number | string): UniformSource {
  const g = xoroshiro128plus(typeof seed === 'number' ? seed | 0 : seedFromString(seed));
  return {
    float: () => uniformFloat64(g),
    int: (n) => uniformInt(g, 0, n - 1),
  };
}
