/**
 * The cascade player's lifecycle: a trace (the engine's steps for one event) is idle before any, played beat by
 * beat (playing, paused), or done (every step shown). A beat is where playback stops: every step, unless `stops`
 * says which (cascadeBeats.ts: a run of routine steps is one beat). The step delay is a named delay read from the speed, so the
 * timer is the machine's: tests walk it by transitions, the app runs it as an actor (cascade.svelte.ts).
 */
import { assign, setup } from 'xstate';
import type { TraceStep } from '../engine/trace';

export const CASCADE_SPEEDS = [0.5, 1, 2, 4] as const;
/** One step's time on screen at speed 1. */
export const STEP_MS = 1100;

export interface CascadeContext {
  steps: TraceStep[];
  /** The step being shown; -1 before the first. */
  index: number;
  /** Indices of the steps where playback stops, ascending, the last step among them (every step when empty). */
  stops: number[];
  /** Whether the current step is shown as part of playback (false when the trace is shown all at once). */
  live: boolean;
  speed: number;
}

export type CascadeEvent =
  | { type: 'PLAY'; steps: TraceStep[]; stops?: number[] }
  | { type: 'SHOW'; steps: TraceStep[]; stops?: number[] }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'SHOW_ALL' }
  | { type: 'REPLAY' }
  | { type: 'SPEED'; speed: number };

const last = (c: CascadeContext) => c.steps.length - 1;
/** The stops of a trace: the given ones that fall inside it, ending on its last step; every step when none given. */
function stopsFor(steps: TraceStep[], stops?: number[]): number[] {
  if (!stops?.length) return steps.map((_, i) => i);
  const inside = stops.filter((i) => Number.isInteger(i) && i >= 0 && i < steps.length - 1);
  return steps.length ? [...new Set(inside)].sort((a, b) => a - b).concat(steps.length - 1) : [];
}
const nextStop = (c: CascadeContext) => c.stops.find((i) => i > c.index) ?? last(c);
function previousStop(c: CascadeContext): number | undefined {
  for (let k = c.stops.length - 1; k >= 0; k--) if (c.stops[k] < c.index) return c.stops[k];
  return undefined;
}
const firstStop = (c: CascadeContext) => c.stops[0] ?? 0;

export const cascadeMachine = setup({
  types: { context: {} as CascadeContext, events: {} as CascadeEvent },
  guards: {
    /** A trace of one step (or none) has nothing to play: it is shown at once. */
    playable: ({ event }) => 'steps' in event && stopsFor(event.steps, event.stops).length > 1,
    replayable: ({ context }) => context.stops.length > 1,
    nextIsLast: ({ context }) => nextStop(context) >= last(context),
    hasPrevious: ({ context }) => previousStop(context) !== undefined,
  },
  actions: {
    start: assign(({ event }) => {
      const steps = 'steps' in event ? event.steps : [];
      const stops = stopsFor(steps, 'stops' in event ? event.stops : undefined);
      return { steps, stops, index: stops[0] ?? 0, live: true };
    }),
    showAtOnce: assign(({ event }) => {
      const steps = 'steps' in event ? event.steps : [];
      const stops = stopsFor(steps, 'stops' in event ? event.stops : undefined);
      return { steps, stops, index: steps.length - 1, live: false };
    }),
    restart: assign(({ context }) => ({ index: firstStop(context), live: true })),
    advance: assign(({ context }) => ({ index: Math.min(nextStop(context), last(context)), live: true })),
    back: assign(({ context }) => ({ index: previousStop(context) ?? firstStop(context), live: true })),
    toLast: assign(({ context }) => ({ index: last(context) })),
    setSpeed: assign(({ context, event }) => ({ speed: event.type === 'SPEED' ? event.speed : context.speed })),
  },
  delays: {
    stepDelay: ({ context }) => STEP_MS / context.speed,
  },
}).createMachine({
  id: 'cascade',
  initial: 'idle',
  context: { steps: [], index: -1, stops: [], live: false, speed: 1 },
  on: {
    PLAY: [
      { guard: 'playable', target: '.playing', reenter: true, actions: 'start' },
      { target: '.done', actions: 'showAtOnce' },
    ],
    SHOW: { target: '.done', actions: 'showAtOnce' },
    REPLAY: { guard: 'replayable', target: '.playing', reenter: true, actions: 'restart' },
    SPEED: { actions: 'setSpeed' },
  },
  states: {
    idle: {},
    playing: {
      after: {
        stepDelay: [
          { guard: 'nextIsLast', target: 'done', actions: 'advance' },
          { target: 'playing', reenter: true, actions: 'advance' },
        ],
      },
      on: {
        NEXT: [
          { guard: 'nextIsLast', target: 'done', actions: 'advance' },
          { target: 'playing', reenter: true, actions: 'advance' },
        ],
        BACK: { guard: 'hasPrevious', target: 'paused', actions: 'back' },
        PAUSE: 'paused',
        SHOW_ALL: { target: 'done', actions: 'toLast' },
        // The new speed applies from the next step on: the delay is scheduled again.
        SPEED: { target: 'playing', reenter: true, actions: 'setSpeed' },
      },
    },
    paused: {
      on: {
        RESUME: 'playing',
        NEXT: [{ guard: 'nextIsLast', target: 'done', actions: 'advance' }, { actions: 'advance' }],
        BACK: { guard: 'hasPrevious', actions: 'back' },
        SHOW_ALL: { target: 'done', actions: 'toLast' },
      },
    },
    done: {
      on: {
        BACK: { guard: 'hasPrevious', target: 'paused', actions: 'back' },
      },
    },
  },
});
