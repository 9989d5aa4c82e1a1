/**
 * The timeline (src/engine/timeline.ts) over random logs (fast-check, generators from arbitraries.ts): the world at
 * every position equals a plain fold of the log's prefix, in any order of access (so checkpoints and cached worlds
 * built out of order are still right) and however small the checkpoint interval; worlds handed out never change
 * afterwards; and undo/redo obey their laws, checked against a model of the log (a list and a cursor) under random
 * sequences of appends, undos, redos and jumps.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../../src/engine/sim';
import { Timeline } from '../../src/engine/timeline';
import { toJSON } from '../../src/engine/snapshot';
import { parseEvents, parseScenario } from '../../src/engine/scenario/validate';
import type { Scenario } from '../../src/engine/scenario/schema';
import type { SimEvent } from '../../src/engine/events';
import { arbitraryRun } from './arbitraries';
import { MODULES } from '../../src/engine/registry';

/** A random scenario with up to 20 random events (two runs' events one after the other), parsed. */
const arbitraryLog = fc.tuple(arbitraryRun(), arbitraryRun()).map(([a, b]) => {
  const scenario = parseScenario(a.scenario);
  const events = parseEvents([...a.events, ...b.events]);
  if (!scenario.ok || !events.ok) throw new Error('the generators make valid input');
  return { scenario: scenario.value, events: events.value };
});

/** A timeline with every event the engine accepts appended one by one (refused ones are simply left out). */
function build(scenario: Scenario, events: readonly SimEvent[], checkpointEvery: number) {
  const timeline = new Timeline(scenario, { checkpointEvery, modules: MODULES });
  const accepted: SimEvent[] = [];
  for (const event of events) {
    if (timeline.append(event, undefined).ok) accepted.push(event);
  }
  return { timeline, accepted };
}

/** The reference: fold(scenario, events.slice(0, n)) as canonical JSON, world and trace of event n. */
function folds(scenario: Scenario, events: readonly SimEvent[]) {
  return Array.from({ length: events.length + 1 }, (_, n) => {
    const { world, traces } = fold(scenario, events.slice(0, n));
    return { world: toJSON(world), trace: toJSON(traces[n]) };
  });
}

describe('timeline: worldAt(n) is fold(scenario, events[0..n])', () => {
  it('for every n, in any order of access, with any checkpoint interval; handed-out worlds never change', () => {
    fc.assert(
      fc.property(
        arbitraryLog,
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        ({ scenario, events }, every, scrub) => {
          const { timeline, accepted } = build(scenario, events, every);
          const n = accepted.length;
          expect(timeline.length).toBe(n);
          expect(timeline.position).toBe(n);
          const ref = folds(scenario, accepted);
          // random scrubbing, then every position from the end back to genesis (against the grain of the cache)
          const order = [...scrub.map((x) => x % (n + 1)), ...ref.keys()].reverse();
          const firstSeen = new Map<number, ReturnType<Timeline['frame']>>();
          for (const at of order) {
            timeline.goTo(at);
            const frame = timeline.frame();
            expect(frame.position).toBe(at);
            expect(toJSON(frame.world)).toBe(ref[at].world);
            expect(toJSON(timeline.traceOf(at))).toBe(ref[at].trace);
            if (!firstSeen.has(at)) firstSeen.set(at, frame);
          }
          // the worlds handed out first are still what they were, whatever was replayed since
          for (const [at, frame] of firstSeen) expect(toJSON(frame.world)).toBe(ref[at].world);
          expect(toJSON(timeline.worldAt(n))).toBe(ref[n].world);
        },
      ),
      { numRuns: 120 },
    );
  });
});

type Command = { kind: 'append'; pick: number } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'goTo'; to: number };
const arbitraryCommand: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('append' as const), pick: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('undo' as const) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('redo' as const) }), weight: 2 },
  fc.record({ kind: fc.constant('goTo' as const), to: fc.integer({ min: -2, max: 25 }) }),
);

describe('timeline: undo and redo', () => {
  it('follow a model of the log (a list and a cursor) under random appends, undos, redos and jumps', () => {
    fc.assert(
      fc.property(
        arbitraryLog,
        fc.integer({ min: 1, max: 4 }),
        fc.array(arbitraryCommand, { maxLength: 40 }),
        ({ scenario, events }, every, commands) => {
          fc.pre(events.length > 0);
          const timeline = new Timeline(scenario, { checkpointEvery: every, modules: MODULES });
          let log: SimEvent[] = [];
          let cursor = 0;
          const expected = () => toJSON(fold(scenario, log.slice(0, cursor)).world);
          for (const c of commands) {
            const before = toJSON(timeline.world);
            if (c.kind === 'append') {
              const event = events[c.pick % events.length];
              const outcome = timeline.append(event, undefined);
              if (outcome.ok) {
                log = [...log.slice(0, cursor), event];
                cursor++;
                // a new branch: the redo tail is gone
                expect(timeline.canRedo).toBe(false);
                expect(timeline.redo()).toBe(false);
              } else {
                // refused: nothing changed
                expect(toJSON(timeline.world)).toBe(before);
              }
            } else if (c.kind === 'undo') {
              expect(timeline.undo()).toBe(cursor > 0);
              if (cursor > 0) cursor--;
            } else if (c.kind === 'redo') {
              expect(timeline.redo()).toBe(cursor < log.length);
              if (cursor < log.length) cursor++;
            } else {
              cursor = Math.max(0, Math.min(log.length, c.to));
              expect(timeline.goTo(c.to)).toBe(cursor);
            }
            expect(timeline.position).toBe(cursor);
            expect(timeline.length).toBe(log.length);
            expect(timeline.entries.map((e) => e.event)).toEqual(log);
            expect(toJSON(timeline.world)).toBe(expected());
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('undo then redo is the identity; N undos then N redos return to the same world; undo past 0 does nothing; appending after an undo drops the tail', () => {
    fc.assert(
      fc.property(arbitraryLog, fc.nat(), fc.integer({ min: 1, max: 4 }), ({ scenario, events }, k, every) => {
        const { timeline, accepted } = build(scenario, events, every);
        const n = accepted.length;
        const end = toJSON(timeline.world);
        if (n > 0) {
          expect(timeline.undo()).toBe(true);
          expect(timeline.redo()).toBe(true);
          expect(toJSON(timeline.world)).toBe(end);
        }
        const back = k % (n + 1);
        for (let i = 0; i < back; i++) expect(timeline.undo()).toBe(true);
        expect(toJSON(timeline.world)).toBe(toJSON(fold(scenario, accepted.slice(0, n - back)).world));
        for (let i = 0; i < back; i++) expect(timeline.redo()).toBe(true);
        expect(toJSON(timeline.world)).toBe(end);
        expect(timeline.position).toBe(n);
        // past 0: no-op
        timeline.goTo(0);
        const genesis = toJSON(timeline.world);
        expect(timeline.undo()).toBe(false);
        expect(timeline.position).toBe(0);
        expect(toJSON(timeline.world)).toBe(genesis);
        // append after an undo: the tail is dropped, the new event follows the kept prefix
        if (n >= 2) {
          timeline.goTo(n - 2);
          const tick: SimEvent = { type: 'AdvanceTime', epochs: 1 };
          expect(timeline.append(tick, undefined).ok).toBe(true);
          expect(timeline.length).toBe(n - 1);
          expect(timeline.canRedo).toBe(false);
          const branch = [...accepted.slice(0, n - 2), tick];
          expect(toJSON(timeline.world)).toBe(toJSON(fold(scenario, branch).world));
        }
      }),
      { numRuns: 120 },
    );
  });
});
