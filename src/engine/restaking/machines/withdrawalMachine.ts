/**
 * A queued withdrawal (DelegationManager.queueWithdrawals / completeQueuedWithdrawal): it waits
 * MIN_WITHDRAWAL_DELAY_BLOCKS (100800 blocks, ~14 days; docs/core/DelegationManager.md) and stays slashable
 * meanwhile; then the staker may complete it and receive q · m(at the end of the delay) · l.
 */
import { setup } from 'xstate';

export type WithdrawalStatus = 'queued' | 'completable' | 'completed';

export const withdrawalMachine = setup({
  types: {
    events: {} as { type: 'DELAY_ELAPSED' } | { type: 'COMPLETE' },
  },
}).createMachine({
  id: 'withdrawal',
  initial: 'queued',
  states: {
    queued: { on: { DELAY_ELAPSED: 'completable' } },
    completable: { on: { COMPLETE: 'completed' } },
    completed: { type: 'final' },
  },
});
