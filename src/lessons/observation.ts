/**
 * What a lesson step reads: the world now, and what happened during the step so far (the events applied since
 * the step started and their trace). The app builds one after each learner action; lessons:check builds one
 * from the step's start state and from its "show me".
 */
import type { SimEvent } from '../engine/events';
import type { TraceStep } from '../engine/trace';
import type { World } from '../engine/world';

export interface Observation {
  world: World;
  /** The trace steps of `events`, in order. */
  trace: readonly TraceStep[];
  /** The events applied during the step (the learner's actions, or the show-me). */
  events: readonly SimEvent[];
}
