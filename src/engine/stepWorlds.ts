/**
 * The world as of each step of an event's trace. The engine applies an event at once; a cascade is told step by
 * step, so to draw each step on the world it describes the event is applied again to a copy of the world before it,
 * and the world is copied as each step is recorded. Models record a step after making its movements (a transfer
 * returns the movement the step carries), so the world copied with step k holds the movements of steps 0..k and
 * none after: the ledger at step k is the ledger before the event plus the movements of steps 0..k. The exception
 * is a summary step (the chain's rewards over a span of time, ethereum/timeSummary.ts): it is recorded when the span
 * opens and given its movements when it closes, so its movements land over the steps that follow it; `summaries`
 * marks those steps.
 *
 * Pure: `before` is not changed. Copies cost a world each, so a caller may ask for some steps only (`wanted`).
 * `modules`: the models of the fold (run.ts); a world holding Cosmos, markets or downtime state, or a Fault
 * event, needs that model given.
 */
import { applyEventWith, cloneWorld, type Modules } from './run';
import { CORE_MODULES } from './coreModules';
import type { SimEvent } from './events';
import type { TraceStep } from './trace';
import type { World } from './world';

export interface StepWorlds {
  /** The world as of step k (null for a step not wanted); the last step's is `after`. */
  worlds: (World | null)[];
  trace: TraceStep[];
  /** The world after the whole event (what the fold gives). */
  after: World;
  /** Steps given their movements after they were recorded (summaries of a span of time). */
  summaries: boolean[];
}

export function stepWorlds(
  before: World,
  event: SimEvent,
  wanted: (index: number) => boolean = () => true,
  modules: Modules = CORE_MODULES,
): StepWorlds {
  const world = cloneWorld(before);
  const worlds: (World | null)[] = [];
  const recorded: { movements: unknown; count: number }[] = [];
  const trace = applyEventWith(modules, world, event, (step, index) => {
    worlds[index] = wanted(index) ? cloneWorld(world) : null;
    recorded[index] = { movements: step.movements, count: step.movements.length };
  });
  const summaries = trace.map(
    (s, i) => s.movements !== recorded[i].movements || s.movements.length !== recorded[i].count,
  );
  // Told in full: the last step shows the world after the event (a summary's last movements included).
  if (worlds.length) worlds[worlds.length - 1] = world;
  return { worlds, trace, after: world, summaries };
}
