/**
 * The cascade player's statechart, walked by transitions (xstate's pure `transition`: no actor, no timers). The
 * step timer is the machine's named delay: entering `playing` schedules it, and its event is sent here by hand.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyEventObject } from 'xstate';
import { cascadeMachine, STEP_MS, type CascadeEvent } from '../../src/app/cascadeMachine';
import type { TraceStep } from '../../src/engine/trace';

const step = (id: number): TraceStep =>
  ({
    id,
    kind: 'test',
    layer: 'service',
    entities: [`e${id}`],
    amounts: {},
    movements: [],
    text: `step ${id}`,
    parent: null,
  }) as unknown as TraceStep;
const three = [step(0), step(1), step(2)];

type Snapshot = ReturnType<typeof initialTransition<typeof cascadeMachine>>[0];
/** The step timer firing (the event xstate raises when the `stepDelay` of state `cascade.playing` elapses). */
const TICK = { type: 'xstate.after.stepDelay.cascade.playing' } as AnyEventObject;

function run(...events: (CascadeEvent | AnyEventObject)[]): { snapshot: Snapshot; delays: number[] } {
  let [snapshot] = initialTransition(cascadeMachine);
  let delays: number[] = [];
  for (const event of events) {
    const [next, actions] = transition(cascadeMachine, snapshot, event as CascadeEvent);
    snapshot = next;
    // A delayed raise is how the machine schedules its next step; its `delay` is the named delay, resolved.
    delays = actions
      .filter((a) => a.type === 'xstate.raise' && (a.params as { delay?: unknown })?.delay !== undefined)
      .map((a) => (a.params as { delay: number }).delay);
  }
  return { snapshot, delays };
}

describe('cascade machine', () => {
  it('is idle before any trace', () => {
    const { snapshot } = run();
    expect(snapshot.value).toBe('idle');
    expect(snapshot.context.index).toBe(-1);
  });

  it('PLAY starts at the first step, live, and schedules the next after one step time at the chosen speed', () => {
    const a = run({ type: 'PLAY', steps: three });
    expect(a.snapshot.value).toBe('playing');
    expect(a.snapshot.context).toMatchObject({ index: 0, live: true });
    expect(a.delays).toEqual([STEP_MS]);
    const b = run({ type: 'SPEED', speed: 2 }, { type: 'PLAY', steps: three });
    expect(b.delays).toEqual([STEP_MS / 2]);
  });

  it('each timer tick advances one step; the tick onto the last step ends in done', () => {
    const one = run({ type: 'PLAY', steps: three }, TICK);
    expect(one.snapshot.value).toBe('playing');
    expect(one.snapshot.context.index).toBe(1);
    const two = run({ type: 'PLAY', steps: three }, TICK, TICK);
    expect(two.snapshot.value).toBe('done');
    expect(two.snapshot.context).toMatchObject({ index: 2, live: true });
  });

  it('a trace of one step, or SHOW, is shown at once: done, not live', () => {
    expect(run({ type: 'PLAY', steps: [step(0)] }).snapshot.value).toBe('done');
    const shown = run({ type: 'SHOW', steps: three }).snapshot;
    expect(shown.value).toBe('done');
    expect(shown.context).toMatchObject({ index: 2, live: false });
  });

  it('PAUSE holds the step; NEXT and BACK step through it paused; RESUME plays on', () => {
    const paused = run({ type: 'PLAY', steps: three }, { type: 'PAUSE' });
    expect(paused.snapshot.value).toBe('paused');
    expect(paused.delays).toEqual([]);
    const next = run({ type: 'PLAY', steps: three }, { type: 'PAUSE' }, { type: 'NEXT' });
    expect(next.snapshot.value).toBe('paused');
    expect(next.snapshot.context.index).toBe(1);
    const back = run({ type: 'PLAY', steps: three }, { type: 'PAUSE' }, { type: 'NEXT' }, { type: 'BACK' });
    expect(back.snapshot.context.index).toBe(0);
    const resumed = run({ type: 'PLAY', steps: three }, { type: 'PAUSE' }, { type: 'RESUME' });
    expect(resumed.snapshot.value).toBe('playing');
    expect(resumed.delays).toEqual([STEP_MS]);
  });

  it('BACK before the first step is refused (guarded); BACK from done pauses on the step before', () => {
    const first = run({ type: 'PLAY', steps: three }, { type: 'PAUSE' }, { type: 'BACK' });
    expect(first.snapshot.value).toBe('paused');
    expect(first.snapshot.context.index).toBe(0);
    const fromDone = run({ type: 'SHOW', steps: three }, { type: 'BACK' });
    expect(fromDone.snapshot.value).toBe('paused');
    expect(fromDone.snapshot.context).toMatchObject({ index: 1, live: true });
  });

  it('SHOW_ALL jumps to the last step; REPLAY plays again from the first', () => {
    const all = run({ type: 'PLAY', steps: three }, { type: 'SHOW_ALL' });
    expect(all.snapshot.value).toBe('done');
    expect(all.snapshot.context.index).toBe(2);
    const again = run({ type: 'PLAY', steps: three }, { type: 'SHOW_ALL' }, { type: 'REPLAY' });
    expect(again.snapshot.value).toBe('playing');
    expect(again.snapshot.context).toMatchObject({ index: 0, live: true });
  });

  it('REPLAY of a trace with one step does nothing (guarded)', () => {
    const { snapshot } = run({ type: 'SHOW', steps: [step(0)] }, { type: 'REPLAY' });
    expect(snapshot.value).toBe('done');
    expect(snapshot.context.index).toBe(0);
  });

  it('a new trace while playing starts over from its first step', () => {
    const { snapshot } = run({ type: 'PLAY', steps: three }, TICK, { type: 'PLAY', steps: [step(7), step(8)] });
    expect(snapshot.value).toBe('playing');
    expect(snapshot.context.index).toBe(0);
    expect(snapshot.context.steps[0].id).toBe(7);
  });
});
