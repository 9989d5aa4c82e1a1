/**
 * One redelegation entry (x/staking RedelegationEntry): the stake moved at once, but for UnbondingTime the entry
 * remembers it, so an earlier infraction of the source validator is still slashed at the destination, and the
 * moved stake cannot be redelegated again (no transitive redelegation) until the first tick at or after its
 * completion epoch matures it (DequeueAllMatureRedelegationQueue).
 */
import { initialTransition, setup, type SnapshotFrom } from 'xstate';
import type { Tick } from '../../machines/step';
import { unbondingTimeMeta, type EntryTiming } from './unbondingMachine';

export type RedelegationStatus = 'redelegating' | 'matured';

export type RedelegationEvent = Tick;

export const redelegationMachine = setup({
  types: {
    context: {} as EntryTiming,
    events: {} as RedelegationEvent,
    input: {} as { epoch: number; unbondingEpochs: number },
  },
  guards: {
    completionEpochReached: ({ context, event }) => event.epoch >= context.completionEpoch,
  },
}).createMachine({
  id: 'cosmosRedelegation',
  initial: 'redelegating',
  context: ({ input }) => ({ completionEpoch: input.epoch + input.unbondingEpochs }),
  meta: unbondingTimeMeta,
  states: {
    redelegating: { on: { tick: { target: 'matured', guard: 'completionEpochReached' } } },
    matured: { type: 'final' },
  },
});

export type RedelegationSnapshot = SnapshotFrom<typeof redelegationMachine>;

export function redelegationSnapshot(r: EntryTiming & { state: RedelegationStatus }): RedelegationSnapshot {
  return redelegationMachine.resolveState({ value: r.state, context: { completionEpoch: r.completionEpoch } });
}

/** A redelegation made at `epoch`: its completion epoch and its state. */
export function startRedelegation(
  epoch: number,
  unbondingEpochs: number,
): { completionEpoch: number; state: RedelegationStatus } {
  const [s] = initialTransition(redelegationMachine, { epoch, unbondingEpochs });
  return { completionEpoch: s.context.completionEpoch, state: s.value as RedelegationStatus };
}
