/**
 * One pending change of an allocation (AllocationManager.modifyAllocations). An increase takes effect after the
 * operator's allocation delay; a decrease of a slashable allocation after DEALLOCATION_DELAY + 1 block (100801
 * blocks; AllocationManager.md) and it stays slashable until then. Queued deallocations cannot be cancelled, so
 * the only way out of `pending` is `effective`.
 */
import { setup } from 'xstate';

export type AllocationChangeStatus = 'pending' | 'effective';

export const allocationChangeMachine = setup({
  types: {
    events: {} as { type: 'EFFECT_REACHED' },
  },
}).createMachine({
  id: 'allocationChange',
  initial: 'pending',
  states: {
    pending: { on: { EFFECT_REACHED: 'effective' } },
    effective: { type: 'final' },
  },
});
