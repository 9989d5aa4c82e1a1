/**
 * The world as a fold: world = fold(scenario, events). Pure and deterministic: no clock, no Math.random, no
 * I/O. `applyEvent` mutates the world it is given (the fold owns a private copy); `step` is the pure version.
 * After every event the ledger must balance to the gwei and every model's invariants must hold.
 */
import { assertConserved, balanceOf, createLedger, endow, transfer } from './ledger/ledger';
import { record } from './records';
import { createRng } from './random/rng';
import { Tracer, type TraceStep } from './trace';
import { EngineError, RefusedEvent } from './errors';
import { MODULES } from './registry';
import type { Ctx } from './module';
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
import { initEthereum } from './staking/ethereum/scenario';
import { initCosmos } from './staking/cosmos/scenario';
import { initLiquid } from './liquid/scenario';
import { initRestaking } from './restaking/scenario';
import { initMarkets } from './markets/scenario';
import { say } from './messages/say';

export interface EventResult {
  world: World;
  trace: TraceStep[];
}

/** Builds the world at epoch 0 from a parsed scenario (its `events` are not applied here). */
export function initWorld(scenario: Scenario): EventResult {
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
  const ctx: Ctx = { world, trace: new Tracer(), modules: MODULES };
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
  if (scenario.ethereum) initEthereum(ctx, scenario.ethereum);
  if (scenario.cosmos) initCosmos(ctx, scenario.cosmos);
  if (scenario.liquid) initLiquid(ctx, scenario.liquid);
  if (scenario.restaking) initRestaking(ctx, scenario.restaking);
  if (scenario.markets) initMarkets(ctx, scenario.markets);
  checkInvariants(world);
  return { world, trace: ctx.trace.steps };
}

export function checkInvariants(world: World): void {
  assertConserved(world.ledger);
  for (const m of MODULES) m.check?.(world);
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
  const ctx: Ctx = { world, trace: new Tracer(0, observe), modules: MODULES };
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
    for (const m of MODULES) {
      if (m.apply?.(ctx, event)) {
        handled = true;
        break;
      }
    }
    if (!handled) throw new EngineError(`no model handles events of type "${(event as { type: string }).type}"`);
  }
  world.eventCount += 1;
  checkInvariants(world);
  return ctx.trace.steps;
}

/** A deep copy (structuredClone keeps bigints). */
export function cloneWorld(world: World): World {
  return structuredClone(world);
}

/** Pure: the world after `event`, leaving `world` untouched. */
export function step(world: World, event: SimEvent): EventResult {
  const next = cloneWorld(world);
  const trace = applyEvent(next, event);
  return { world: next, trace };
}

export interface FoldResult {
  world: World;
  /** traces[0] is the genesis trace; traces[i + 1] is the trace of events[i]. */
  traces: TraceStep[][];
}

export function fold(scenario: Scenario, events: readonly SimEvent[] = scenario.events): FoldResult {
  const { world, trace } = initWorld(scenario);
  const traces: TraceStep[][] = [trace];
  events.forEach((event, i) => {
    try {
      traces.push(applyEvent(world, event));
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
