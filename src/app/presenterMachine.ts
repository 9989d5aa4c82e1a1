/**
 * Presenter mode's lifecycle: off, or on; while on, the screen is shown or blanked (a clicker's B) and the keys'
 * help is open or closed, independently (parallel regions); the teacher notes and the students' link panel are
 * shown or hidden. Escape closes the topmost thing: the help, then the blank, then presenter mode itself.
 */
import { and, assign, not, setup, stateIn } from 'xstate';

export interface PresenterContext {
  /** The lesson's teacher notes panel is shown. */
  notes: boolean;
  /** The students' link (QR code and copyable link) is shown. */
  share: boolean;
}

export type PresenterEvent =
  | { type: 'ENTER' }
  | { type: 'EXIT' }
  | { type: 'ESCAPE' }
  | { type: 'BLANK' }
  | { type: 'HELP' }
  | { type: 'TOGGLE_NOTES' }
  | { type: 'TOGGLE_SHARE' };

export const presenterMachine = setup({
  types: { context: {} as PresenterContext, events: {} as PresenterEvent },
  guards: {
    helpOpen: stateIn({ on: { help: 'open' } }),
    blanked: stateIn({ on: { screen: 'blank' } }),
  },
  actions: {
    toggleNotes: assign(({ context }) => ({ notes: !context.notes })),
    toggleShare: assign(({ context }) => ({ share: !context.share })),
    closeShare: assign({ share: false }),
  },
}).createMachine({
  id: 'presenter',
  initial: 'off',
  context: { notes: true, share: false },
  states: {
    off: { on: { ENTER: 'on' } },
    on: {
      type: 'parallel',
      exit: 'closeShare',
      on: {
        EXIT: 'off',
        // Each region closes its own (help first, then the blank); presenter mode ends when neither is open.
        ESCAPE: { guard: and([not('helpOpen'), not('blanked')]), target: 'off' },
        TOGGLE_NOTES: { actions: 'toggleNotes' },
        TOGGLE_SHARE: { actions: 'toggleShare' },
      },
      states: {
        screen: {
          initial: 'shown',
          states: {
            shown: { on: { BLANK: 'blank' } },
            blank: { on: { BLANK: 'shown', ESCAPE: { guard: not('helpOpen'), target: 'shown' } } },
          },
        },
        help: {
          initial: 'closed',
          states: {
            closed: { on: { HELP: 'open' } },
            open: { on: { HELP: 'closed', ESCAPE: 'closed' } },
          },
        },
      },
    },
  },
});
