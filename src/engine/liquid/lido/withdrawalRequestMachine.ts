/**
 * One withdrawal request (an unstETH NFT) as a machine: requested -> finalized (by an oracle report, when the
 * queue has ether for it) -> claimed (by its owner). It cannot be cancelled (withdrawal-queue-erc721.md).
 * The world stores only the state value; snapshots are rebuilt with resolveState and stepped with transition.
 */
import { setup, transition } from 'xstate';
import { EngineError } from '../../errors';
import type { WithdrawalRequestStatus } from '../state';

export type WithdrawalRequestEvent = { type: 'FINALIZE' } | { type: 'CLAIM' };

export const withdrawalRequestMachine = setup({
  types: {
    events: {} as WithdrawalRequestEvent,
  },
}).createMachine({
  id: 'withdrawalRequest',
  initial: 'requested',
  states: {
    requested: { on: { FINALIZE: 'finalized' } },
    finalized: { on: { CLAIM: 'claimed' } },
    claimed: { type: 'final' },
  },
});

/** The next state value, or an EngineError if the machine does not accept the event in `status`. */
export function stepWithdrawalRequest(
  status: WithdrawalRequestStatus,
  event: WithdrawalRequestEvent,
): WithdrawalRequestStatus {
  const snapshot = withdrawalRequestMachine.resolveState({ value: status, context: undefined as never });
  const [next] = transition(withdrawalRequestMachine, snapshot, event);
  if (next.value === status) throw new EngineError(`a ${status} withdrawal request cannot take ${event.type}`);
  return next.value as WithdrawalRequestStatus;
}
