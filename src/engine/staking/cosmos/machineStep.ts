/**
 * Steps a machine whose only stored state is its state value: rebuild the snapshot with resolveState, apply
 * xstate's pure `transition`, return the new value. Throws when the event is not accepted, because the engine
 * only sends events it has already checked (a refused event never reaches a machine).
 */
import { transition, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';
import { EngineError } from '../../errors';

export function stepValue<M extends AnyStateMachine>(machine: M, value: string, event: EventFromLogic<M>): string {
  const snapshot = machine.resolveState({ value, context: {} }) as SnapshotFrom<M>;
  const [next] = transition(machine, snapshot, event);
  const nextValue = (next as { value: unknown }).value as string;
  if (nextValue === value) {
    throw new EngineError(`${machine.id}: event ${event.type} is not accepted in state "${value}"`);
  }
  return nextValue;
}
