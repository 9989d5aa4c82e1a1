/**
 * One redelegation entry (x/staking RedelegationEntry): the stake moved at once, but for UnbondingTime the entry
 * remembers it, so an earlier infraction of the source validator is still slashed at the destination, and the
 * moved stake cannot be redelegated again (no transitive redelegation) until it matures.
 */
import { setup } from 'xstate';

export type RedelegationEvent = { type: 'MATURE'; now: number; completionEpoch: number };

export const redelegationMachine = setup({
  types: { events: {} as RedelegationEvent },
  guards: {
    completionReached: ({ event }) => event.now >= event.completionEpoch,
  },
}).createMachine({
  id: 'cosmosRedelegation',
  initial: 'redelegating',
  states: {
    redelegating: { on: { MATURE: { target: 'matured', guard: 'completionReached' } } },
    matured: { type: 'final' },
  },
});
