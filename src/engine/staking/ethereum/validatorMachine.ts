/**
 * The validator lifecycle (consensus-specs phase0/electra): a deposit waits in the pending-deposit queue
 * (deposited), joins the registry and waits for activation (pending), attests (active), has its exit scheduled
 * through the exit churn (exiting), stops attesting at its exit epoch (exited), becomes withdrawable 256 epochs
 * later (or 8192 after a slashing), and its balance is swept to its withdrawal address (withdrawn).
 *
 * Slashing is the `slashed` flag plus a forced exit: SLASH is accepted from every slashable state (active,
 * exiting, exited: ELE is_slashable_validator is activation <= epoch < withdrawable) and leads through the exit
 * path with the flag set. Only the state value and the flag are stored in the world; `snapshotOf` rebuilds the
 * snapshot and `step` applies xstate's pure `transition`.
 */
import { setup, assign, transition, type SnapshotFrom } from 'xstate';
import { EngineError } from '../../errors';
import type { Validator, ValidatorStatus } from './state';

export interface ValidatorMachineContext {
  slashed: boolean;
}

export type ValidatorMachineEvent =
  | { type: 'DEPOSIT_PROCESSED' }
  | { type: 'ACTIVATE' }
  | { type: 'INITIATE_EXIT' }
  | { type: 'SLASH' }
  | { type: 'EXIT' }
  | { type: 'BECOME_WITHDRAWABLE' }
  | { type: 'WITHDRAW' };

export const validatorMachine = setup({
  types: {
    context: {} as ValidatorMachineContext,
    events: {} as ValidatorMachineEvent,
  },
  guards: {
    notSlashed: ({ context }) => !context.slashed,
  },
  actions: {
    markSlashed: assign({ slashed: true }),
  },
}).createMachine({
  id: 'validator',
  initial: 'deposited',
  context: { slashed: false },
  states: {
    deposited: { on: { DEPOSIT_PROCESSED: 'pending' } },
    pending: { on: { ACTIVATE: 'active' } },
    active: {
      on: {
        INITIATE_EXIT: 'exiting',
        // A slashing forces the exit (initiate_validator_exit inside slash_validator).
        SLASH: { target: 'exiting', guard: 'notSlashed', actions: 'markSlashed' },
      },
    },
    exiting: {
      on: {
        SLASH: { target: 'exiting', guard: 'notSlashed', actions: 'markSlashed' },
        EXIT: 'exited',
      },
    },
    exited: {
      on: {
        // Still slashable until withdrawable (is_slashable_validator).
        SLASH: { target: 'exited', guard: 'notSlashed', actions: 'markSlashed' },
        BECOME_WITHDRAWABLE: 'withdrawable',
      },
    },
    withdrawable: { on: { WITHDRAW: 'withdrawn' } },
    withdrawn: { type: 'final' },
  },
});

export type ValidatorSnapshot = SnapshotFrom<typeof validatorMachine>;

export function snapshotOf(status: ValidatorStatus, slashed: boolean): ValidatorSnapshot {
  return validatorMachine.resolveState({ value: status, context: { slashed } });
}

/** The state a validator would reach on `event`, or null when the machine does not accept it there. */
export function nextState(
  status: ValidatorStatus,
  slashed: boolean,
  event: ValidatorMachineEvent,
): { status: ValidatorStatus; slashed: boolean } | null {
  const before = snapshotOf(status, slashed);
  if (!before.can(event)) return null;
  const [after] = transition(validatorMachine, before, event);
  return { status: after.value as ValidatorStatus, slashed: after.context.slashed };
}

/** Steps the stored validator through `event`; a transition the machine refuses is an engine bug. */
export function step(v: Validator, event: ValidatorMachineEvent): void {
  const next = nextState(v.status, v.slashed, event);
  if (!next) throw new EngineError(`validator ${v.id}: ${event.type} is not possible while ${v.status}`);
  v.status = next.status;
  v.slashed = next.slashed;
}
