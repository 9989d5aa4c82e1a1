/**
 * The world as a fold over all six models: world = fold(scenario, events). The fold itself is run.ts, which is
 * given its models; here they are registry.ts's full list, as the CLI, the tests and the workers use it. The
 * page folds with the models its scenario needs (src/app/engineModules.ts), so it does not load them all.
 */
import { MODULES } from './registry';
import type { SimEvent } from './events';
import type { World } from './world';
import type { Scenario } from './scenario/schema';
import type { TraceStep } from './trace';
import {
  applyEventWith,
  checkInvariantsWith,
  foldWith,
  initWorldWith,
  stepWith,
  type EventResult,
  type FoldResult,
} from './run';

export { cloneWorld, type EventResult, type FoldResult } from './run';

/** Builds the world at epoch 0 from a parsed scenario (its `events` are not applied here). */
export function initWorld(scenario: Scenario): EventResult {
  return initWorldWith(MODULES, scenario);
}

export function checkInvariants(world: World): void {
  checkInvariantsWith(MODULES, world);
}

/**
 * Applies one event to `world` in place and returns its trace. Throws RefusedEvent for a refused event.
 * `observe` is told of each step as it is recorded, while the world is as that step left it (see stepWorlds.ts).
 */
export function applyEvent(
  world: World,
  event: SimEvent,
  observe?: (step: TraceStep, index: number) => void,
): TraceStep[] {
  return applyEventWith(MODULES, world, event, observe);
}

/** Pure: the world after `event`, leaving `world` untouched. */
export function step(world: World, event: SimEvent): EventResult {
  return stepWith(MODULES, world, event);
}

export function fold(scenario: Scenario, events: readonly SimEvent[] = scenario.events): FoldResult {
  return foldWith(MODULES, scenario, events);
}
