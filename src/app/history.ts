/**
 * Values over the event log, cheaply: at most ~60 positions of the log are sampled (always the start and the
 * current position), and each sampled world is rebuilt by the session from its nearest checkpoint, so a history
 * costs at most 60 x CHECKPOINT_EVERY event applications whatever the log's length.
 */
import type { World } from '../engine/world';

export const MAX_SAMPLES = 60;

/** Positions 0..n to sample: all of them when there are few, else evenly spaced, first and last included. */
export function sampleIndices(n: number, max = MAX_SAMPLES): number[] {
  if (n < 0) return [];
  if (n + 1 <= max) return Array.from({ length: n + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let i = 0; i < max; i++) {
    const p = Math.round((i * n) / (max - 1));
    if (out[out.length - 1] !== p) out.push(p);
  }
  return out;
}

export interface Sample<T> {
  /** Events applied (0 = the scenario's start). */
  position: number;
  epoch: number;
  value: T;
}

/** What history needs of a session: its current position and the world after any prefix of its log. */
export interface Replayable {
  position: number;
  worldAt(n: number): { world: World };
}

/** `pick` evaluated on the world at each sampled position up to the session's current one. */
export function history<T>(session: Replayable, pick: (world: World) => T, max = MAX_SAMPLES): Sample<T>[] {
  return sampleIndices(session.position, max).map((position) => {
    const { world } = session.worldAt(position);
    return { position, epoch: world.epoch, value: pick(world) };
  });
}
