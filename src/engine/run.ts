/**
 * The world as a fold over the models it is given: world = fold(modules, scenario, events). Pure and
 * deterministic: no clock, no Math.random, no I/O. `applyEventWith` mutates the world it is given (the fold owns a
 * private copy); `stepWith` is the pure version. After every event the ledger must balance to the gwei and every
 * model's invariants must hold. A scenario that needs a model not given is refused (moduleSet.ts). sim.ts is the
 * same fold over all six models (registry.ts), for the CLI, the tests and the workers.
 */
import { assertConserved, balanceOf, createLedger, endow, transfer } from './ledger/ledger';
import { record } from './records';
import { createRng } from './random/rng';
import { Tracer, type TraceStep } from './trace';
import { EngineError, RefusedEvent } from './errors';
import type { Ctx, EngineModule } from './module';
import { assertModels, assertWorldModels, modelOfEvent, missingModelError, moduleSet } from './moduleSet';
import type { SimEvent } from './events';
import { EPOCHS_PER_DAY } from './time';
import { advanceTime } from './clock';
import { holderAccount, type World } from './world';
import type { Scenario } from './scenario/schema';
import { createEthereumState } from './staking/ethereum/state';
import { createCosmosState } from './staking/cosmos/state';
import { createLiquidState } from './liquid/state';
import { createRestakingState } from './restaking/state';
import { createMarketsState } from './markets/state';
import { createFaultsState } from './faults/state';
import { say } from './messages/say';

export interface EventResult {
  world: World;
  trace: TraceStep[];
}

/** The models a fold runs, in their order (moduleSet.ts). */
export type Modules = readonly EngineModule[];

/**
 * Builds the world at epoch 0 from a parsed scenario (its `events` are not applied here). Every slice of the world
 * exists whichever models are given (the world has one shape); each model builds its own from its section.
 */
export function initWorldWith(given: Modules, scenario: Scenario): EventResult {
  const modules = moduleSet(given);
  assertModels(modules, scenario);
  const world: World = {
    epoch: 0,
    seed: scenario.seed,
    rng: createRng(scenario.seed),
    securityModel: scenario.securityModel,
    holders: record(),
    ledger: createLedger(),
    ethereum: createEthereumState(),
    cosmos: createCosmosState(),
    liquid: createLiquidState(),
    restaking: createRestakingState(),
    markets: createMarketsState(),
    faults: createFaultsState(),
    eventCount: 0,
  };
  const ctx: Ctx = { world, trace: new Tracer(), modules };
  for (const h of scenario.holders) {
    if (world.holders[h.id]) throw new EngineError(`holder "${h.id}" is defined twice`);
    world.holders[h.id] = { id: h.id, name: h.name ?? h.id };
    const movements = Object.entries(h.balances).map(([asset, amount]) =>
      endow(world.ledger, asset, holderAccount(h.id), amount),
    );
    ctx.trace.step({
      kind: 'genesis.holder',
      layer: 'system',
      entities: [h.id],
      amounts: Object.fromEntries(Object.entries(h.balances)),
      movements,
      message: say('system.genesis.holder', {
        holder: world.holders[h.id].name,
        balances: Object.entries(h.balances).map(([asset, amount]) => ({ asset, amount })),
      }),
    });
  }
  for (const m of modules) m.init?.(ctx, scenario);
  checkInvariantsWith(modules, world);
  return { world, trace: ctx.trace.steps };
}

export function checkInvariantsWith(modules: Modules, world: World): void {
  assertConserved(world.ledger);
  for (const m of modules) m.check?.(world);
}

/**
 * Applies one event to `world` in place and returns its trace. Throws RefusedEvent for a refused event.
 * `observe` is told of each step as it is recorded, while the world is as that step left it (see stepWorlds.ts).
 */
export function applyEventWith(
  modules: Modules,
  world: World,
  event: SimEvent,
  observe?: (step: TraceStep, index: number) => void,
): TraceStep[] {
  // a world holding a model's state is never folded on without that model (its time would not pass)
  assertWorldModels(modules, world);
  const ctx: Ctx = { world, trace: new Tracer(0, observe), modules };
  if (event.type === 'AdvanceTime') {
    advanceTime(ctx, event.epochs ?? (event.days ?? 0) * EPOCHS_PER_DAY);
  } else if (event.type === 'Transfer') {
    const from = holderAccount(event.from);
    const to = holderAccount(event.to);
    if (!world.holders[event.from]) throw new RefusedEvent(say('system.refused.noHolder', { holder: event.from }));
    if (!world.holders[event.to]) throw new RefusedEvent(say('system.refused.noHolder', { holder: event.to }));
    const have = balanceOf(world.ledger, event.asset, from);
    if (have < event.amount) {
      throw new RefusedEvent(
        say('system.refused.transferOverdraft', {
          from: world.holders[event.from].name,
          have,
          asset: event.asset,
          amount: event.amount,
        }),
      );
    }
    const m = transfer(world.ledger, event.asset, from, to, event.amount, 'transfer');
    ctx.trace.step({
      kind: 'transfer',
      layer: 'system',
      entities: [event.from, event.to],
      amounts: { amount: event.amount },
      movements: [m],
      message: say('system.transfer', {
        from: world.holders[event.from].name,
        amount: event.amount,
        asset: event.asset,
        to: world.holders[event.to].name,
      }),
    });
  } else {
    let handled = false;
    for (const m of modules) {
      if (m.apply?.(ctx, event)) {
        handled = true;
        break;
      }
    }
    const model = handled ? null : modelOfEvent(event.type);
    if (model && !modules.some((m) => m.name === model)) throw missingModelError(model);
    if (!handled) throw new EngineError(`no model handles events of type "${(event as { type: string }).type}"`);
  }
  world.eventCount += 1;
  checkInvariantsWith(modules, world);
  return ctx.trace.steps;
}

/** A deep copy (structuredClone keeps bigints). */
export function cloneWorld(world: World): World {
  return structuredClone(world);
}

/** Pure: the world after `event`, leaving `world` untouched. */
export function stepWith(modules: Modules, world: World, event: SimEvent): EventResult {
  const next = cloneWorld(world);
  const trace = applyEventWith(modules, next, event);
  return { world: next, trace };
}

export interface FoldResult {
  world: World;
  /** traces[0] is the genesis trace; traces[i + 1] is the trace of events[i]. */
  traces: TraceStep[][];
}

export function foldWith(
  given: Modules,
  scenario: Scenario,
  events: readonly SimEvent[] = scenario.events,
): FoldResult {
  const modules = moduleSet(given);
  // refused before anything is folded, naming the model (not halfway, at the first event it would have handled)
  assertModels(modules, scenario, events);
  const { world, trace } = initWorldWith(modules, scenario);
  const traces: TraceStep[][] = [trace];
  events.forEach((event, i) => {
    try {
      traces.push(applyEventWith(modules, world, event));
    } catch (e) {
      if (e instanceof EngineError) {
        const err = new (e.constructor as typeof EngineError)(`event ${i} (${event.type}): ${e.message}`);
        throw err;
      }
      throw e;
    }
  });
  return { world, traces };
}
