/**
 * A slash request of an AVS with a veto window (the AVS's own veto committee: ELIP-002 leaves vetoes to the AVS;
 * Symbiotic's VetoSlasher and Karak's SLASHING_VETO_WINDOW work the same way): requested, then either vetoed
 * during the window or executed when the window ends.
 */
import { setup } from 'xstate';

export type SlashRequestStatus = 'requested' | 'vetoed' | 'executed';

export const slashRequestMachine = setup({
  types: {
    events: {} as { type: 'VETO' } | { type: 'WINDOW_ENDED' },
  },
}).createMachine({
  id: 'slashRequest',
  initial: 'requested',
  states: {
    requested: { on: { VETO: 'vetoed', WINDOW_ENDED: 'executed' } },
    vetoed: { type: 'final' },
    executed: { type: 'final' },
  },
});
