/**
 * "Play the story": a prepared scenario's events told one after the other. Idle until played; telling an event
 * (its cascade plays step by step) until the cascade has been shown to its end; then a rest, so the last step can
 * be read, before the next event; idle again when none is left or the learner stops it (skips to the end, moves in
 * the log, makes an event of their own). What telling means is the app's (story.svelte.ts provides it): the
 * machine only orders it, and its rest is a named delay, so tests walk it by transitions.
 */
import { setup } from 'xstate';

/** The pause after an event's last step, before the next event is told. */
export const STORY_REST_MS = 1600;

export type StoryEvent = { type: 'PLAY' } | { type: 'TOLD' } | { type: 'STOP' };

export const storyMachine = setup({
  types: { events: {} as StoryEvent },
  actions: {
    /** Applies the next event of the log, played step by step (provided by the app). */
    tell: () => {},
  },
  guards: {
    /** Whether an event of the story is still to tell (provided by the app). */
    more: () => false,
  },
  delays: { rest: STORY_REST_MS },
}).createMachine({
  id: 'story',
  initial: 'idle',
  states: {
    idle: {
      on: { PLAY: { guard: 'more', target: 'telling' } },
    },
    telling: {
      entry: 'tell',
      on: { TOLD: 'resting', STOP: 'idle' },
    },
    resting: {
      after: { rest: [{ guard: 'more', target: 'telling' }, { target: 'idle' }] },
      on: { STOP: 'idle', PLAY: { guard: 'more', target: 'telling' } },
    },
  },
});
