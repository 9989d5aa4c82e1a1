/**
 * The allocation of one operator to one operator set in one strategy, and its changes (ELIP-002;
 * AllocationManager.modifyAllocations). A change that fits (the encumbered magnitude stays at or below the max
 * magnitude M) either takes effect at once (an increase with no allocation delay, or a decrease of a set that can
 * no longer slash) or waits in `pending`: an increase for the operator's ALLOCATION_DELAY, a slashable decrease
 * for DEALLOCATION_DELAY + 1 block (100801 blocks; AllocationManager.md), slashable until then. A pending change
 * cannot be modified or cancelled: the only way out of `pending` is the tick that reaches its effect epoch.
 */
import { setup, assign, type SnapshotFrom } from 'xstate';
import { DEALLOCATION_EFFECT_EPOCHS } from '../constants';
import type { MachineMeta, Tick } from '../../machines/step';

export type AllocationChangeStatus = 'pending' | 'effective';

/** What the world stores of an allocation's lifecycle. */
export interface AllocationTiming {
  /** Current magnitude m (WAD). */
  magnitude: bigint;
  /** Pending change (negative for a deallocation), effective at effectEpoch. */
  pendingDiff: bigint;
  effectEpoch: number | null;
}

/** modifyAllocations for this (operator, set, strategy): the new target magnitude and what it depends on. */
export interface ModifyAllocation {
  type: 'MODIFY';
  epoch: number;
  magnitude: bigint;
  /** The operator's ALLOCATION_DELAY, in epochs. */
  allocationDelay: number;
  /** Whether the set can still slash the operator (registered, or deregistered less than DEALLOCATION_DELAY ago). */
  slashable: boolean;
  /** The operator's encumbered and max magnitude in this strategy, across all its sets. */
  encumbered: bigint;
  maxMagnitude: bigint;
}

/**
 * A slash scaled this allocation's pending change to `pendingDiff`. A pending change slashed to nothing is no
 * longer pending: AllocationManager.modifyAllocations only requires `pendingDiff == 0`
 * (ModificationAlreadyPending), so the operator may change the allocation again at once.
 */
export interface SlashedAllocation {
  type: 'SLASHED';
  pendingDiff: bigint;
}

export type AllocationEvent = ModifyAllocation | SlashedAllocation | Tick;

const meta: MachineMeta = {
  delays: [
    { name: 'ALLOCATION_DELAY', epochs: null, source: 'ELIP-002: set by each operator' },
    {
      name: 'DEALLOCATION_DELAY + 1 block',
      epochs: DEALLOCATION_EFFECT_EPOCHS,
      source: 'ELIP-002 AllocationManager: 100800 + 1 blocks',
    },
  ],
};

/**
 * Whether raising a set's magnitude from `currentForSet` to `newMagnitude` would encumber more than M
 * (AllocationManager "InsufficientMagnitude"); magnitude.ts explains the refusal with the same test.
 */
export function exceedsMaxMagnitude(
  encumbered: bigint,
  currentForSet: bigint,
  newMagnitude: bigint,
  maxMagnitude: bigint,
): boolean {
  const increase = newMagnitude - currentForSet;
  return increase > 0n && encumbered + increase > maxMagnitude;
}

type Modify = { context: AllocationTiming; event: AllocationEvent };
const diffOf = ({ context, event }: Modify): bigint =>
  event.type === 'MODIFY' ? event.magnitude - context.magnitude : 0n;
const fits = ({ context, event }: Modify): boolean =>
  event.type === 'MODIFY' &&
  !exceedsMaxMagnitude(event.encumbered, context.magnitude, event.magnitude, event.maxMagnitude);

export const allocationChangeMachine = setup({
  types: {
    context: {} as AllocationTiming,
    events: {} as AllocationEvent,
  },
  guards: {
    increaseWithoutDelay: (a) => fits(a) && diffOf(a) > 0n && (a.event as ModifyAllocation).allocationDelay === 0,
    increaseAfterDelay: (a) => fits(a) && diffOf(a) > 0n && (a.event as ModifyAllocation).allocationDelay > 0,
    decreaseNotSlashable: (a) => diffOf(a) < 0n && !(a.event as ModifyAllocation).slashable,
    decreaseSlashable: (a) => diffOf(a) < 0n && (a.event as ModifyAllocation).slashable,
    nothingLeftPending: ({ event }) => event.type === 'SLASHED' && event.pendingDiff === 0n,
    effectEpochReached: ({ context, event }) =>
      event.type === 'tick' && context.effectEpoch !== null && event.epoch >= context.effectEpoch,
  },
  actions: {
    setMagnitude: assign({ magnitude: ({ event }) => (event as ModifyAllocation).magnitude }),
    queueAfterAllocationDelay: assign(({ context, event }) => {
      const e = event as ModifyAllocation;
      return { pendingDiff: e.magnitude - context.magnitude, effectEpoch: e.epoch + e.allocationDelay };
    }),
    queueAfterDeallocationDelay: assign(({ context, event }) => {
      const e = event as ModifyAllocation;
      return { pendingDiff: e.magnitude - context.magnitude, effectEpoch: e.epoch + DEALLOCATION_EFFECT_EPOCHS };
    }),
    dropPending: assign({ pendingDiff: 0n, effectEpoch: null }),
    applyPending: assign(({ context }) => ({
      magnitude: context.magnitude + context.pendingDiff,
      pendingDiff: 0n,
      effectEpoch: null,
    })),
  },
}).createMachine({
  id: 'allocationChange',
  initial: 'effective',
  context: { magnitude: 0n, pendingDiff: 0n, effectEpoch: null },
  meta,
  states: {
    effective: {
      on: {
        // No transition for a change that does not fit or does not change m: the engine refuses it.
        MODIFY: [
          { target: 'effective', guard: 'increaseWithoutDelay', actions: 'setMagnitude' },
          { target: 'pending', guard: 'increaseAfterDelay', actions: 'queueAfterAllocationDelay' },
          { target: 'effective', guard: 'decreaseNotSlashable', actions: 'setMagnitude' },
          { target: 'pending', guard: 'decreaseSlashable', actions: 'queueAfterDeallocationDelay' },
        ],
      },
    },
    pending: {
      on: {
        tick: { target: 'effective', guard: 'effectEpochReached', actions: 'applyPending' },
        SLASHED: { target: 'effective', guard: 'nothingLeftPending', actions: 'dropPending' },
      },
    },
  },
});

export type AllocationSnapshot = SnapshotFrom<typeof allocationChangeMachine>;

/**
 * The machine state of a stored allocation. `change` is null for an allocation that was never changed: its
 * magnitude (0) is the one in effect, which is the machine's initial state.
 */
export function allocationSnapshot(
  a: AllocationTiming & { change: AllocationChangeStatus | null },
): AllocationSnapshot {
  return allocationChangeMachine.resolveState({
    value: a.change === null ? 'effective' : a.change,
    context: { magnitude: a.magnitude, pendingDiff: a.pendingDiff, effectEpoch: a.effectEpoch },
  });
}
