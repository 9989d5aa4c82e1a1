/**
 * The cascade player's lifecycle: a trace (the engine's steps for one event) is idle before any, played step by
 * step (playing, paused), or done (every step shown). The step delay is a named delay read from the speed, so the
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
  /** Whether the current step is shown as part of playback (false when the trace is shown all at once). */
  live: boolean;
  speed: number;
}

export type CascadeEvent =
  | { type: 'PLAY'; steps: TraceStep[] }
  | { type: 'SHOW'; steps: TraceStep[] }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'SHOW_ALL' }
  | { type: 'REPLAY' }
  | { type: 'SPEED'; speed: number };

const last = (c: CascadeContext) => c.steps.length - 1;

export const cascadeMachine = setup({
  types: { context: {} as CascadeContext, events: {} as CascadeEvent },
  guards: {
    /** A trace of one step (or none) has nothing to play: it is shown at once. */
    playable: ({ event }) => 'steps' in event && event.steps.length > 1,
    replayable: ({ context }) => context.steps.length > 1,
    nextIsLast: ({ context }) => context.index + 1 >= last(context),
    hasPrevious: ({ context }) => context.index > 0,
  },
  actions: {
    start: assign(({ event }) => ({ steps: 'steps' in event ? event.steps : [], index: 0, live: true })),
    showAtOnce: assign(({ event }) => {
      const steps = 'steps' in event ? event.steps : [];
      return { steps, index: steps.length - 1, live: false };
    }),
    restart: assign({ index: 0, live: true }),
    advance: assign(({ context }) => ({ index: Math.min(context.index + 1, last(context)), live: true })),
    back: assign(({ context }) => ({ index: Math.max(context.index - 1, 0), live: true })),
    toLast: assign(({ context }) => ({ index: last(context) })),
    setSpeed: assign(({ context, event }) => ({ speed: event.type === 'SPEED' ? event.speed : context.speed })),
  },
  delays: {
    stepDelay: ({ context }) => STEP_MS / context.speed,
  },
}).createMachine({
  id: 'cascade',
  initial: 'idle',
  context: { steps: [], index: -1, live: false, speed: 1 },
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
