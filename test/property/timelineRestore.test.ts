/**
 * Timeline.restore (src/engine/timeline.ts): a timeline built from worlds folded elsewhere (the load worker hands
 * over the genesis, the final world and a few checkpoints between) answers exactly like a plain fold of each
 * prefix, at every position and in any order, whichever checkpoints it was given; and appending, undo and a new
 * branch work on it as on one built by appending.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, initWorld, applyEvent, cloneWorld } from '../../src/engine/sim';
import { Timeline, type Frame } from '../../src/engine/timeline';
import { toJSON } from '../../src/engine/snapshot';
import { parseEvents, parseScenario } from '../../src/engine/scenario/validate';
import type { Scenario } from '../../src/engine/scenario/schema';
import type { SimEvent } from '../../src/engine/events';
import { arbitraryRun } from './arbitraries';
import { MODULES } from '../../src/engine/registry';

const arbitraryLog = fc.tuple(arbitraryRun(), arbitraryRun()).map(([a, b]) => {
  const scenario = parseScenario(a.scenario);
  const events = parseEvents([...a.events, ...b.events]);
  if (!scenario.ok || !events.ok) throw new Error('the generators make valid input');
  return { scenario: scenario.value, events: events.value };
});

/** What the worker does: fold the accepted events, keeping a clone of the world at the chosen positions. */
function foldWithFrames(scenario: Scenario, events: readonly SimEvent[], keep: (position: number) => boolean) {
  const genesis = initWorld({ ...scenario, events: [] });
  const world = genesis.world;
  const frames: Frame[] = [{ position: 0, world: cloneWorld(world), trace: genesis.trace }];
  const accepted: SimEvent[] = [];
  for (const event of events) {
    const copy = cloneWorld(world);
    try {
      const trace = applyEvent(copy, event);
      Object.assign(world, copy);
      accepted.push(event);
      if (keep(accepted.length)) frames.push({ position: accepted.length, world: cloneWorld(world), trace });
    } catch {
      /* refused: left out, as the sandbox would */
    }
  }
  const n = accepted.length;
  if (!frames.some((f) => f.position === n)) {
    const { world: last, traces } = fold(scenario, accepted);
    frames.push({ position: n, world: last, trace: traces[n] });
  }
  return { frames, accepted };
}

describe('Timeline.restore equals fold', () => {
  it('at every position, in any order, from any set of checkpoints; appends and undo work after', () => {
    fc.assert(
      fc.property(
        arbitraryLog,
        fc.func(fc.boolean()),
        fc.array(fc.nat(), { maxLength: 20 }),
        ({ scenario, events }, keep, scrub) => {
          const { frames, accepted } = foldWithFrames(scenario, events, (p) => keep(p));
          const n = accepted.length;
          const timeline = Timeline.restore(
            scenario,
            accepted.map((event) => ({ event, payload: undefined })),
            frames,
            { checkpointEvery: 4, modules: MODULES },
          );
          expect(timeline.length).toBe(n);
          expect(timeline.position).toBe(n);
          expect(timeline.eventsApplied).toBe(0); // nothing replayed to restore
          const ref = Array.from({ length: n + 1 }, (_, k) => {
            const { world, traces } = fold(scenario, accepted.slice(0, k));
            return { world: toJSON(world), trace: toJSON(traces[k]) };
          });
          for (const at of [...scrub.map((x) => x % (n + 1)), ...ref.keys()].reverse()) {
            expect(toJSON(timeline.worldAt(at))).toBe(ref[at].world);
            expect(toJSON(timeline.traceOf(at))).toBe(ref[at].trace);
          }
          // a new branch from the middle: undo to k, append the events after k again, same worlds
          const k = Math.floor(n / 2);
          timeline.goTo(k);
          const again = timeline.appendAll(accepted.slice(k).map((event) => ({ event, payload: undefined })));
          expect(again.ok).toBe(true);
          expect(toJSON(timeline.world)).toBe(ref[n].world);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('refuses frames without the genesis or the end', () => {
    const parsed = parseScenario({ format: 'restaking-lab/scenario', version: 1, name: 'x' });
    if (!parsed.ok) throw new Error('valid');
    const g = initWorld(parsed.value);
    const event = { type: 'AdvanceTime', epochs: 1 } as SimEvent;
    expect(() =>
      Timeline.restore(parsed.value, [{ event, payload: 0 }], [{ position: 0, world: g.world, trace: g.trace }]),
    ).toThrow(/positions 0 and 1/);
  });
});
