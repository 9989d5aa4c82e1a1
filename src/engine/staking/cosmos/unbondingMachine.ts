/**
 * One unbonding entry (x/staking UnbondingDelegationEntry): its tokens wait UnbondingTime (21 days on the Hub),
 * slashable all the while for infractions committed before the unbond; at the completion time it matures and
 * is completed in the same EndBlock, paying its remaining balance to the holder.
 */
import { setup } from 'xstate';

export type UnbondingEvent = { type: 'MATURE'; now: number; completionEpoch: number } | { type: 'COMPLETE' };

export const unbondingMachine = setup({
  types: { events: {} as UnbondingEvent },
  guards: {
    completionReached: ({ event }) => event.type === 'MATURE' && event.now >= event.completionEpoch,
  },
}).createMachine({
  id: 'cosmosUnbonding',
  initial: 'unbonding',
  states: {
    unbonding: { on: { MATURE: { target: 'matured', guard: 'completionReached' } } },
    matured: { on: { COMPLETE: 'completed' } },
    completed: { type: 'final' },
  },
});
