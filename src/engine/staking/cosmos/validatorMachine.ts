/**
 * A Cosmos validator's bond state (x/slashing): bonded -> jailed (downtime or double sign) -> bonded again by
 * MsgUnjail once the jail time is served; a double sign also tombstones it, which is final: a tombstoned
 * validator can never unjail (x/evidence keeper/infraction.go; x/slashing README "Tombstone Caps").
 */
import { setup } from 'xstate';

export type ValidatorEvent =
  { type: 'JAIL' } | { type: 'UNJAIL'; now: number; jailedUntil: number } | { type: 'TOMBSTONE' };

export const validatorMachine = setup({
  types: { events: {} as ValidatorEvent },
  guards: {
    jailTimeServed: ({ event }) => event.type === 'UNJAIL' && event.now >= event.jailedUntil,
  },
}).createMachine({
  id: 'cosmosValidator',
  initial: 'bonded',
  states: {
    bonded: { on: { JAIL: 'jailed', TOMBSTONE: 'tombstoned' } },
    jailed: { on: { UNJAIL: { target: 'bonded', guard: 'jailTimeServed' }, TOMBSTONE: 'tombstoned' } },
    tombstoned: { type: 'final' },
  },
});
