/**
 * One unbonding entry (x/staking UnbondingDelegationEntry): started at `epoch`, its tokens wait UnbondingTime
 * (a chain parameter: 21 days on the Hub), slashable all the while for infractions committed before the unbond;
 * the first tick at or after its completion epoch matures it, and it is completed in the same EndBlock
 * (DequeueAllMatureUBDQueue), paying its remaining balance to the holder.
 */
import { initialTransition, setup, type SnapshotFrom } from 'xstate';
import type { MachineMeta, Tick } from '../../machines/step';

export type UnbondingStatus = 'unbonding' | 'matured' | 'completed';

export interface EntryTiming {
  completionEpoch: number;
}

export type UnbondingEvent = Tick | { type: 'COMPLETE' };

/** UnbondingTime, shared by unbonding and redelegation entries. */
export const unbondingTimeMeta: MachineMeta = {
  delays: [{ name: 'UnbondingTime', epochs: null, source: 'x/staking params (21 days on the Cosmos Hub)' }],
};

export const unbondingMachine = setup({
  types: {
    context: {} as EntryTiming,
    events: {} as UnbondingEvent,
    input: {} as { epoch: number; unbondingEpochs: number },
  },
  guards: {
    completionEpochReached: ({ context, event }) => event.type === 'tick' && event.epoch >= context.completionEpoch,
  },
}).createMachine({
  id: 'cosmosUnbonding',
  initial: 'unbonding',
  context: ({ input }) => ({ completionEpoch: input.epoch + input.unbondingEpochs }),
  meta: unbondingTimeMeta,
  states: {
    unbonding: { on: { tick: { target: 'matured', guard: 'completionEpochReached' } } },
    matured: { on: { COMPLETE: 'completed' } },
    completed: { type: 'final' },
  },
});

export type UnbondingSnapshot = SnapshotFrom<typeof unbondingMachine>;

export function unbondingSnapshot(u: EntryTiming & { state: UnbondingStatus }): UnbondingSnapshot {
  return unbondingMachine.resolveState({ value: u.state, context: { completionEpoch: u.completionEpoch } });
}

/** An entry started at `epoch`: its completion epoch and its state. */
export function startUnbonding(
  epoch: number,
  unbondingEpochs: number,
): { completionEpoch: number; state: UnbondingStatus } {
  const [s] = initialTransition(unbondingMachine, { epoch, unbondingEpochs });
  return { completionEpoch: s.context.completionEpoch, state: s.value as UnbondingStatus };
}
