/**
 * A minipool's lifecycle as a machine: staking -> exiting (the node asked its validator to exit) ->
 * distributed (the validator was withdrawn and its balance split). A forced exit (slashing) goes straight from
 * staking to distributed. The real contract's prelaunch/dissolve steps are not modelled: minipools start staking.
 */
import { setup, transition } from 'xstate';
import { EngineError } from '../../errors';
import type { MinipoolStatus } from '../state';

export type MinipoolEvent = { type: 'EXIT' } | { type: 'DISTRIBUTE' };

export const minipoolMachine = setup({
  types: { events: {} as MinipoolEvent },
}).createMachine({
  id: 'minipool',
  initial: 'staking',
  states: {
    staking: { on: { EXIT: 'exiting', DISTRIBUTE: 'distributed' } },
    exiting: { on: { DISTRIBUTE: 'distributed' } },
    distributed: { type: 'final' },
  },
});

export function stepMinipool(status: MinipoolStatus, event: MinipoolEvent): MinipoolStatus {
  const snapshot = minipoolMachine.resolveState({ value: status, context: undefined as never });
  const [next] = transition(minipoolMachine, snapshot, event);
  if (next.value === status) throw new EngineError(`a ${status} minipool cannot take ${event.type}`);
  return next.value as MinipoolStatus;
}
