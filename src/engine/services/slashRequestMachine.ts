/**
 * A slash request of an AVS with a veto window (the AVS's own veto committee: ELIP-002 leaves vetoes to the AVS;
 * Symbiotic's VetoSlasher and Karak's SLASHING_VETO_WINDOW work the same way): requested at `epoch`, it may be
 * vetoed while the window is open, and the first tick at or after `executeEpoch` (epoch + the AVS's window)
 * executes it.
 */
import { initialTransition, setup, type SnapshotFrom } from 'xstate';
import type { MachineMeta, Tick } from '../machines/step';

export type SlashRequestStatus = 'requested' | 'vetoed' | 'executed';

export interface SlashRequestTiming {
  executeEpoch: number;
}

export type SlashRequestEvent = Tick | { type: 'VETO'; epoch: number };

const meta: MachineMeta = {
  delays: [{ name: 'vetoWindow', epochs: null, source: "the AVS's veto committee (per AVS)" }],
};

export const slashRequestMachine = setup({
  types: {
    context: {} as SlashRequestTiming,
    events: {} as SlashRequestEvent,
    input: {} as { epoch: number; vetoWindow: number },
  },
  guards: {
    vetoWindowOpen: ({ context, event }) => event.epoch < context.executeEpoch,
    vetoWindowEnded: ({ context, event }) => event.type === 'tick' && event.epoch >= context.executeEpoch,
  },
}).createMachine({
  id: 'slashRequest',
  initial: 'requested',
  context: ({ input }) => ({ executeEpoch: input.epoch + input.vetoWindow }),
  meta,
  states: {
    requested: {
      on: {
        VETO: { target: 'vetoed', guard: 'vetoWindowOpen' },
        tick: { target: 'executed', guard: 'vetoWindowEnded' },
      },
    },
    vetoed: { type: 'final' },
    executed: { type: 'final' },
  },
});

export type SlashRequestSnapshot = SnapshotFrom<typeof slashRequestMachine>;

export function slashRequestSnapshot(r: SlashRequestTiming & { status: SlashRequestStatus }): SlashRequestSnapshot {
  return slashRequestMachine.resolveState({ value: r.status, context: { executeEpoch: r.executeEpoch } });
}

/** A request made at `epoch` through a window of `vetoWindow` epochs: when it executes, and its state. */
export function openSlashRequest(
  epoch: number,
  vetoWindow: number,
): { executeEpoch: number; status: SlashRequestStatus } {
  const [s] = initialTransition(slashRequestMachine, { epoch, vetoWindow });
  return { executeEpoch: s.context.executeEpoch, status: s.value as SlashRequestStatus };
}
