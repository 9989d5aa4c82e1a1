/**
 * A Cosmos validator's bond state (x/slashing, x/evidence): bonded -> jailed (downtime, for DowntimeJailDuration;
 * or double sign) -> bonded again by MsgUnjail once the jail time is served (the guard `jailTimeServed`); a double
 * sign also tombstones it, which is final: a tombstoned validator can never unjail (x/evidence
 * keeper/infraction.go; x/slashing README "Tombstone Caps"). The jail duration is a chain parameter (600 s on the
 * Hub), so it comes with the snapshot.
 */
import { setup, assign, type SnapshotFrom } from 'xstate';
import type { MachineMeta } from '../../machines/step';

export type ValidatorBondStatus = 'bonded' | 'jailed' | 'tombstoned';

export interface CosmosValidatorTiming {
  /** Jailed until this epoch (downtime); null when not jailed, or tombstoned (jailed forever). */
  jailedUntil: number | null;
  /** DowntimeJailDuration in epochs (the chain's parameter). */
  downtimeJailEpochs: number;
}

export type ValidatorEvent =
  { type: 'JAIL'; epoch: number } | { type: 'UNJAIL'; epoch: number } | { type: 'TOMBSTONE' };

const meta: MachineMeta = {
  delays: [{ name: 'DowntimeJailDuration', epochs: null, source: 'x/slashing params (600 s on the Cosmos Hub)' }],
};

export const validatorMachine = setup({
  types: { context: {} as CosmosValidatorTiming, events: {} as ValidatorEvent },
  guards: {
    jailTimeServed: ({ context, event }) =>
      event.type === 'UNJAIL' && context.jailedUntil !== null && event.epoch >= context.jailedUntil,
  },
  actions: {
    jailForDowntime: assign({
      jailedUntil: ({ context, event }) => (event as { epoch: number }).epoch + context.downtimeJailEpochs,
    }),
    release: assign({ jailedUntil: null }),
  },
}).createMachine({
  id: 'cosmosValidator',
  initial: 'bonded',
  context: { jailedUntil: null, downtimeJailEpochs: 0 },
  meta,
  states: {
    bonded: { on: { JAIL: { target: 'jailed', actions: 'jailForDowntime' }, TOMBSTONE: 'tombstoned' } },
    jailed: {
      on: {
        UNJAIL: { target: 'bonded', guard: 'jailTimeServed', actions: 'release' },
        TOMBSTONE: { target: 'tombstoned', actions: 'release' },
      },
    },
    tombstoned: { type: 'final' },
  },
});

export type CosmosValidatorSnapshot = SnapshotFrom<typeof validatorMachine>;

/** The machine state of a stored validator under the chain's `downtimeJailEpochs`. */
export function cosmosValidatorSnapshot(
  v: { status: ValidatorBondStatus; jailedUntil: number | null },
  downtimeJailEpochs: number,
): CosmosValidatorSnapshot {
  return validatorMachine.resolveState({
    value: v.status,
    context: { jailedUntil: v.jailedUntil, downtimeJailEpochs },
  });
}
