/**
 * The seam between the world and the protocol models. Each model (Ethereum staking, Cosmos staking, liquid
 * staking, restaking, markets) is one EngineModule: it owns a slice of the world, the events of its own types,
 * and its share of the passage of time. `sim.ts` knows nothing of the protocols; it only calls these hooks.
 */
import type { World } from './world';
import type { Tracer } from './trace';
import type { SimEvent } from './events';

/**
 * What an event handler works on: the world (mutated in place by the fold), the event's tracer, and the models
 * the fold runs (registry.ts's list, handed down so that a handler that lets time pass, clock.ts, reaches them all).
 */
export interface Ctx {
  world: World;
  trace: Tracer;
  modules: readonly EngineModule[];
}

/** A parsed scenario's model sections, as the seam sees them (each model reads its own, typed, in its init). */
export type ScenarioSections = Readonly<
  Partial<Record<'ethereum' | 'cosmos' | 'liquid' | 'restaking' | 'markets', unknown>>
>;

export interface EngineModule {
  name: string;
  /** Builds its slice of the world at genesis from its section of the scenario (nothing when it has none). */
  init?(ctx: Ctx, scenario: ScenarioSections): void;
  /** Applies `event` if this module owns its type and returns true; returns false to let another module try. */
  apply?(ctx: Ctx, event: SimEvent): boolean;
  /**
   * The next epoch (> world.epoch) at which this module needs the clock to stop, because something is scheduled
   * exactly then (an activation, an oracle report, the end of a delay). null when nothing is scheduled.
   */
  nextBoundary?(world: World): number | null;
  /** Runs the continuous processes (rewards, penalties) for epochs [world.epoch, to). Must not move world.epoch. */
  advance?(ctx: Ctx, to: number): void;
  /** Runs what is scheduled at world.epoch, after every module has advanced to it. */
  atEpoch?(ctx: Ctx): void;
  /** Checks the module's own invariants after every event; throws an EngineError when one is broken. */
  check?(world: World): void;
  // (Its part of the headless report is in reporters.ts: only the CLI reads it.)
}
