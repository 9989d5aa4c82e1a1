/**
 * A queued withdrawal (DelegationManager.queueWithdrawals / completeQueuedWithdrawal): queued at `epoch`, it waits
 * MIN_WITHDRAWAL_DELAY_BLOCKS (100800 blocks, ~14 days; EigenLayer docs/core/DelegationManager.md) and stays
 * slashable meanwhile; the first tick at or after `completableEpoch` makes it completable, and then the staker
 * may complete it and receive q · m(at the end of the delay) · l.
 */
import { initialTransition, setup, type SnapshotFrom } from 'xstate';
import { WITHDRAWAL_DELAY_EPOCHS } from '../constants';
import type { MachineMeta, Tick } from '../../machines/step';

export type WithdrawalStatus = 'queued' | 'completable' | 'completed';

/** What the world stores of a withdrawal's lifecycle (the rest of the record is accounting). */
export interface WithdrawalTiming {
  completableEpoch: number;
}

export type WithdrawalEvent = Tick | { type: 'COMPLETE' };

const meta: MachineMeta = {
  delays: [
    {
      name: 'MIN_WITHDRAWAL_DELAY_BLOCKS',
      epochs: WITHDRAWAL_DELAY_EPOCHS,
      source: 'EigenLayer DelegationManager: 100800 blocks',
    },
  ],
};

export const withdrawalMachine = setup({
  types: {
    context: {} as WithdrawalTiming,
    events: {} as WithdrawalEvent,
    input: {} as { epoch: number },
  },
  guards: {
    completableEpochReached: ({ context, event }) => event.type === 'tick' && event.epoch >= context.completableEpoch,
  },
}).createMachine({
  id: 'withdrawal',
  initial: 'queued',
  context: ({ input }) => ({ completableEpoch: input.epoch + WITHDRAWAL_DELAY_EPOCHS }),
  meta,
  states: {
    queued: { on: { tick: { target: 'completable', guard: 'completableEpochReached' } } },
    completable: { on: { COMPLETE: 'completed' } },
    completed: { type: 'final' },
  },
});

export type WithdrawalSnapshot = SnapshotFrom<typeof withdrawalMachine>;

/** The machine state of a stored withdrawal. */
export function withdrawalSnapshot(w: WithdrawalTiming & { status: WithdrawalStatus }): WithdrawalSnapshot {
  return withdrawalMachine.resolveState({ value: w.status, context: { completableEpoch: w.completableEpoch } });
}

/** A withdrawal queued at `epoch`, as the world stores it: its completable epoch and its state. */
export function queuedWithdrawal(epoch: number): { completableEpoch: number; status: WithdrawalStatus } {
  const [s] = initialTransition(withdrawalMachine, { epoch });
  return { completableEpoch: s.context.completableEpoch, status: s.value as WithdrawalStatus };
}
