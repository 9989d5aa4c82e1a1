/**
 * The validator lifecycle (consensus-specs phase0/electra beacon-chain.md), dates and all: a deposit waits in the
 * pending-deposit queue (deposited), joins the registry (pending), is given an activation epoch by the registry
 * update (compute_activation_exit_epoch: epoch + 1 + MAX_SEED_LOOKAHEAD) and becomes active on the first tick
 * that reaches it; its exit is scheduled through the exit churn (exiting: the churn gives the exit epoch, the
 * machine adds MIN_VALIDATOR_WITHDRAWABILITY_DELAY = 256 epochs for the withdrawable epoch); a voluntary exit
 * needs SHARD_COMMITTEE_PERIOD = 256 epochs of service (process_voluntary_exit). It stops attesting at its exit
 * epoch (exited), becomes withdrawable at its withdrawable epoch, and its balance is swept to its withdrawal
 * address (withdrawn).
 *
 * Slashing (slash_validator) is accepted while is_slashable_validator holds (not yet slashed, activation <= epoch
 * < withdrawable): it sets the `slashed` flag, forces the exit if none was scheduled, and pushes the withdrawable
 * epoch to at least epoch + EPOCHS_PER_SLASHINGS_VECTOR (8192).
 *
 * The world stores the state value and these dates on the validator record; `validatorSnapshot` rebuilds the
 * snapshot and `stepValidator` steps it with the engine's one helper (machines/step.ts) and stores the result.
 */
import { setup, assign, type SnapshotFrom } from 'xstate';
import { EngineError } from '../../errors';
import { stepMachine, type MachineMeta, type Tick } from '../../machines/step';
import { activationExitEpoch } from './churn';
import {
  EPOCHS_PER_SLASHINGS_VECTOR,
  MAX_SEED_LOOKAHEAD,
  MIN_VALIDATOR_WITHDRAWABILITY_DELAY,
  SHARD_COMMITTEE_PERIOD,
} from './constants';
import type { Validator, ValidatorStatus } from './state';

/** The validator record's lifecycle fields: the machine's context. */
export interface ValidatorMachineContext {
  slashed: boolean;
  slashedEpoch: number | null;
  activationEpoch: number | null;
  exitEpoch: number | null;
  withdrawableEpoch: number | null;
  /** Active since before the scenario: treated as long past SHARD_COMMITTEE_PERIOD. */
  genesis: boolean;
}

export type ValidatorMachineEvent =
  | Tick
  | { type: 'DEPOSIT_PROCESSED' }
  /** process_registry_updates found it eligible and its eligibility finalized at `epoch`. */
  | { type: 'SCHEDULE_ACTIVATION'; epoch: number }
  /** process_voluntary_exit at `epoch`; `exitEpoch` from the exit churn (compute_exit_epoch_and_update_churn). */
  | { type: 'VOLUNTARY_EXIT'; epoch: number; exitEpoch: number }
  /** initiate_validator_exit for another reason (ejection at EJECTION_BALANCE). */
  | { type: 'INITIATE_EXIT'; exitEpoch: number }
  /** slash_validator at `epoch`; `exitEpoch` is the churn's exit epoch when no exit was scheduled yet. */
  | { type: 'SLASH'; epoch: number; exitEpoch?: number }
  | { type: 'WITHDRAW' };

const meta: MachineMeta = {
  delays: [
    {
      name: '1 + MAX_SEED_LOOKAHEAD',
      epochs: 1 + MAX_SEED_LOOKAHEAD,
      source: 'consensus-specs compute_activation_exit_epoch',
    },
    { name: 'SHARD_COMMITTEE_PERIOD', epochs: SHARD_COMMITTEE_PERIOD, source: 'consensus-specs phase0 config' },
    {
      name: 'MIN_VALIDATOR_WITHDRAWABILITY_DELAY',
      epochs: MIN_VALIDATOR_WITHDRAWABILITY_DELAY,
      source: 'consensus-specs phase0 config',
    },
    {
      name: 'EPOCHS_PER_SLASHINGS_VECTOR',
      epochs: EPOCHS_PER_SLASHINGS_VECTOR,
      source: 'consensus-specs slash_validator',
    },
  ],
};

type Args = { context: ValidatorMachineContext; event: ValidatorMachineEvent };
const reached = (date: number | null, event: ValidatorMachineEvent): boolean =>
  event.type === 'tick' && date !== null && event.epoch >= date;
const exitDates = (exitEpoch: number) => ({
  exitEpoch,
  withdrawableEpoch: exitEpoch + MIN_VALIDATOR_WITHDRAWABILITY_DELAY,
});

export const validatorMachine = setup({
  types: {
    context: {} as ValidatorMachineContext,
    events: {} as ValidatorMachineEvent,
  },
  guards: {
    activationNotScheduled: ({ context }: Args) => context.activationEpoch === null,
    activationEpochReached: ({ context, event }: Args) => reached(context.activationEpoch, event),
    exitEpochReached: ({ context, event }: Args) => reached(context.exitEpoch, event),
    withdrawableEpochReached: ({ context, event }: Args) => reached(context.withdrawableEpoch, event),
    shardCommitteePeriodServed: ({ context, event }: Args) =>
      event.type === 'VOLUNTARY_EXIT' &&
      (context.genesis ||
        (context.activationEpoch !== null && event.epoch - context.activationEpoch >= SHARD_COMMITTEE_PERIOD)),
    // is_slashable_validator: not slashed and activation_epoch <= epoch < withdrawable_epoch.
    slashable: ({ context, event }: Args) =>
      event.type === 'SLASH' &&
      !context.slashed &&
      context.activationEpoch !== null &&
      context.activationEpoch <= event.epoch &&
      (context.withdrawableEpoch === null || event.epoch < context.withdrawableEpoch),
  },
  actions: {
    scheduleActivation: assign({
      activationEpoch: ({ event }) => activationExitEpoch((event as { epoch: number }).epoch),
    }),
    scheduleExit: assign(({ event }) => {
      const { exitEpoch } = event as { exitEpoch?: number };
      if (exitEpoch === undefined) throw new EngineError('validator: an exit needs its exit epoch from the churn');
      return exitDates(exitEpoch);
    }),
    markSlashed: assign(({ context, event }) => {
      const { epoch } = event as { epoch: number };
      const w = context.withdrawableEpoch as number;
      return {
        slashed: true,
        slashedEpoch: epoch,
        withdrawableEpoch: Math.max(w, epoch + EPOCHS_PER_SLASHINGS_VECTOR),
      };
    }),
  },
}).createMachine({
  id: 'validator',
  initial: 'deposited',
  context: {
    slashed: false,
    slashedEpoch: null,
    activationEpoch: null,
    exitEpoch: null,
    withdrawableEpoch: null,
    genesis: false,
  },
  meta,
  states: {
    deposited: { on: { DEPOSIT_PROCESSED: 'pending' } },
    pending: {
      on: {
        SCHEDULE_ACTIVATION: { guard: 'activationNotScheduled', actions: 'scheduleActivation' },
        tick: { target: 'active', guard: 'activationEpochReached' },
      },
    },
    active: {
      on: {
        VOLUNTARY_EXIT: { target: 'exiting', guard: 'shardCommitteePeriodServed', actions: 'scheduleExit' },
        INITIATE_EXIT: { target: 'exiting', actions: 'scheduleExit' },
        // A slashing forces the exit (initiate_validator_exit inside slash_validator).
        SLASH: { target: 'exiting', guard: 'slashable', actions: ['scheduleExit', 'markSlashed'] },
      },
    },
    exiting: {
      on: {
        SLASH: { target: 'exiting', guard: 'slashable', actions: 'markSlashed' },
        tick: { target: 'exited', guard: 'exitEpochReached' },
      },
    },
    exited: {
      on: {
        // Still slashable until withdrawable (is_slashable_validator).
        SLASH: { target: 'exited', guard: 'slashable', actions: 'markSlashed' },
        tick: { target: 'withdrawable', guard: 'withdrawableEpochReached' },
      },
    },
    withdrawable: { on: { WITHDRAW: 'withdrawn' } },
    withdrawn: { type: 'final' },
  },
});

export type ValidatorSnapshot = SnapshotFrom<typeof validatorMachine>;

/** The machine state of a stored validator. */
export function validatorSnapshot(v: Validator): ValidatorSnapshot {
  return validatorMachine.resolveState({
    value: v.status,
    context: {
      slashed: v.slashed,
      slashedEpoch: v.slashedEpoch,
      activationEpoch: v.activationEpoch,
      exitEpoch: v.exitEpoch,
      withdrawableEpoch: v.withdrawableEpoch,
      genesis: v.genesis,
    },
  });
}

function store(v: Validator, s: ValidatorSnapshot): void {
  v.status = s.value as ValidatorStatus;
  v.slashed = s.context.slashed;
  v.slashedEpoch = s.context.slashedEpoch;
  v.activationEpoch = s.context.activationEpoch;
  v.exitEpoch = s.context.exitEpoch;
  v.withdrawableEpoch = s.context.withdrawableEpoch;
}

/** Whether the machine accepts `event` for `v` now (the refusal's explanation is the caller's). */
export function accepts(v: Validator, event: ValidatorMachineEvent): boolean {
  return validatorSnapshot(v).can(event);
}

/**
 * Steps the stored validator through `event`, which the caller has already checked (or explained a refusal of);
 * a refusal here is an engine bug. Returns the validator, with its new state and dates.
 */
export function stepValidator(v: Validator, event: ValidatorMachineEvent): Validator {
  const next = stepMachine(validatorMachine, validatorSnapshot(v), event);
  if (!next) throw new EngineError(`validator ${v.id}: ${event.type} is not possible while ${v.status}`);
  store(v, next);
  return v;
}

/** The clock reaches `epoch`: the validator's next date, if it is due; returns whether its state moved. */
export function tickValidator(v: Validator, epoch: number): boolean {
  const next = stepMachine(validatorMachine, validatorSnapshot(v), { type: 'tick', epoch });
  if (!next) return false;
  store(v, next);
  return true;
}
