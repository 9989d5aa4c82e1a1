/**
 * Steps a machine over the state value stored in the world, with xstate's pure `transition`: the world keeps only
 * the serialisable value; the snapshot is rebuilt with `resolveState` each time. Returns null when the machine
 * does not accept the event in that state, so the caller can refuse it with a sentence.
 */
import { transition, type AnyStateMachine, type EventFromLogic } from 'xstate';

export function stepValue<M extends AnyStateMachine>(
  machine: M,
  value: string,
  event: EventFromLogic<M>,
): string | null {
  const snapshot = machine.resolveState({ value, context: {} });
  if (!snapshot.can(event)) return null;
  const [next] = transition(machine as AnyStateMachine, snapshot, event);
  return next.value as string;
}
