/**
 * A minipool's lifecycle as a machine (a simplification of the Rocket Pool minipool's status): staking ->
 * exiting (the node asked its validator to exit) -> distributed (the validator was withdrawn,
 * `validatorWithdrawn`, and its balance split). A forced exit (slashing) goes straight from staking to
 * distributed once the validator is withdrawn. The real contract's prelaunch/dissolve steps are not modelled:
 * minipools start staking. Its timing is the validator's (validatorMachine.ts).
 */
import { setup, type SnapshotFrom } from 'xstate';
import type { MachineMeta } from '../../machines/step';
import type { MinipoolStatus } from '../state';
import type { ValidatorStatus } from '../../staking/ethereum/state';

export type MinipoolEvent = { type: 'EXIT' } | { type: 'DISTRIBUTE'; validatorStatus: ValidatorStatus | null };

const meta: MachineMeta = { delays: [] };

export const minipoolMachine = setup({
  types: { events: {} as MinipoolEvent },
  guards: {
    validatorWithdrawn: ({ event }) => event.type === 'DISTRIBUTE' && event.validatorStatus === 'withdrawn',
  },
}).createMachine({
  id: 'minipool',
  initial: 'staking',
  meta,
  states: {
    staking: {
      on: { EXIT: 'exiting', DISTRIBUTE: { target: 'distributed', guard: 'validatorWithdrawn' } },
    },
    exiting: { on: { DISTRIBUTE: { target: 'distributed', guard: 'validatorWithdrawn' } } },
    distributed: { type: 'final' },
  },
});

export type MinipoolSnapshot = SnapshotFrom<typeof minipoolMachine>;

export function minipoolSnapshot(status: MinipoolStatus): MinipoolSnapshot {
  return minipoolMachine.resolveState({ value: status, context: undefined as never });
}
