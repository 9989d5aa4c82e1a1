/**
 * The one way the engine steps a lifecycle machine: xstate's pure `transition` over a snapshot rebuilt from the
 * plain record the world stores (each machine module says how, with its `…Snapshot` function). It returns the next
 * snapshot, or null when the machine refuses the event: no transition is enabled there (wrong state, or a guard
 * says no), and xstate then hands back the very same snapshot. A caller turns null into a RefusedEvent with a
 * sentence for the learner, or, for an epoch tick, into "nothing falls due yet"; it never substitutes a state.
 */
import { transition, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';

export function stepMachine<M extends AnyStateMachine>(
  machine: M,
  snapshot: SnapshotFrom<M>,
  event: EventFromLogic<M>,
): SnapshotFrom<M> | null {
  const [next] = transition(machine, snapshot, event);
  return next === snapshot ? null : (next as SnapshotFrom<M>);
}

/**
 * The simulated clock, as every timed machine hears it: the engine has no timers, so a machine waits in a state
 * until a tick's epoch reaches a date in its context (a named guard such as `withdrawableEpochReached`).
 */
export interface Tick {
  type: 'tick';
  epoch: number;
}

/** A named delay a machine's rules use, in epochs (null: chosen per entity or per scenario), with its source. */
export interface MachineDelay {
  name: string;
  epochs: number | null;
  source: string;
}

/** What a machine declares beside its states: its delays, drawn with its statechart. */
export interface MachineMeta {
  delays: MachineDelay[];
}
