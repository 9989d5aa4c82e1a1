/**
 * Which models a fold runs, as a pure function of the set it is given. A fold is handed its modules (run.ts);
 * the CLI, the tests and the workers give all six (registry.ts), the page gives the core three and loads the
 * Cosmos and markets models only for a scenario that has their section or their events, and the faults model for
 * a log that holds a Fault or before one is triggered (src/app/engineModules.ts). A fold that lacks a model its
 * scenario needs is refused, never run without it: that would be another world.
 */
import type { EngineModule } from './module';
import type { SimEvent } from './events';
import type { World } from './world';
import { EngineError } from './errors';
import { cosmosEventSchemas } from './staking/cosmos/events';
import { marketsEventSchemas } from './markets/events';
import { faultEventSchemas } from './faults/events';

/** The order time and faults flow through the models: the chain first (balances), then what is built on it. */
export const MODEL_ORDER = ['ethereum', 'cosmos', 'liquid', 'restaking', 'markets', 'faults'] as const;
export type ModelName = (typeof MODEL_ORDER)[number];
/**
 * The models a scenario may do without: each has events of its own, and Cosmos staking and markets a section of
 * their own too. Faults has none: a scenario needs it when its log holds a Fault.
 */
export type OptionalModel = 'cosmos' | 'markets' | 'faults';
export const OPTIONAL_MODELS: readonly OptionalModel[] = ['cosmos', 'markets', 'faults'];

type TypedSchema = { entries: { type: { literal: string } } };
const eventTypes = (schemas: readonly TypedSchema[]): ReadonlySet<string> =>
  new Set(schemas.map((s) => s.entries.type.literal));
const EVENTS_OF: Record<OptionalModel, ReadonlySet<string>> = {
  cosmos: eventTypes(cosmosEventSchemas),
  markets: eventTypes(marketsEventSchemas),
  // one variant per fault kind, all of type Fault
  faults: eventTypes(faultEventSchemas.flatMap((s) => s.options as readonly TypedSchema[])),
};
/** The scenario section that asks for a model (faults has none). */
const SECTION: Record<OptionalModel, 'cosmos' | 'markets' | null> = {
  cosmos: 'cosmos',
  markets: 'markets',
  faults: null,
};
const LABEL: Record<OptionalModel, string> = {
  cosmos: 'Cosmos staking',
  markets: 'markets (pools and lending)',
  faults: 'faults (slashing cascades)',
};

/** What of a scenario decides the models it needs: its sections and its events. */
export interface ModelNeeds {
  cosmos?: unknown;
  markets?: unknown;
  events?: readonly { type: string }[];
}

/** The optional model an event type belongs to (null for the core models' events). */
export function modelOfEvent(type: string): OptionalModel | null {
  return OPTIONAL_MODELS.find((m) => EVENTS_OF[m].has(type)) ?? null;
}

/** The optional models `scenario` needs: those whose section it has or whose events it holds. */
export function modelsNeeded(scenario: ModelNeeds, events: readonly { type: string }[] = []): OptionalModel[] {
  const all = [...(scenario.events ?? []), ...events];
  return OPTIONAL_MODELS.filter((m) => {
    const section = SECTION[m];
    return (section !== null && scenario[section] !== undefined) || all.some((e) => EVENTS_OF[m].has(e.type));
  });
}

/** `given` in MODEL_ORDER (once each); throws on a module of a name the engine does not know. */
export function moduleSet(given: readonly EngineModule[]): readonly EngineModule[] {
  const byName = new Map<string, EngineModule>();
  for (const m of given) {
    if (!(MODEL_ORDER as readonly string[]).includes(m.name)) throw new EngineError(`unknown model "${m.name}"`);
    byName.set(m.name, m);
  }
  return MODEL_ORDER.flatMap((name) => byName.get(name) ?? []);
}

/** The optional models `scenario` needs that `modules` lacks. */
export function missingModels(
  modules: readonly EngineModule[],
  scenario: ModelNeeds,
  events: readonly { type: string }[] = [],
): OptionalModel[] {
  return modelsNeeded(scenario, events).filter((m) => !modules.some((x) => x.name === m));
}

/** The refusal of a fold that lacks a model its scenario needs, naming the model. */
export function missingModelError(model: OptionalModel): EngineError {
  return new EngineError(
    `this scenario needs the ${LABEL[model]} model ("${model}"), which was not loaded: the fold is refused rather than run without it`,
  );
}

/** Throws `missingModelError` for the first model `scenario` (and `events`) need that `modules` lacks. */
export function assertModels(
  modules: readonly EngineModule[],
  scenario: ModelNeeds,
  events: readonly SimEvent[] | readonly { type: string }[] = [],
): void {
  const [missing] = missingModels(modules, scenario, events);
  if (missing) throw missingModelError(missing);
}

/**
 * The optional models a world already holds state of (Cosmos validators, pools or lending markets, validators a
 * downtime fault took offline until a later epoch): folding it on without them would let time pass over that state
 * as if it were not there.
 */
export function modelsHeld(world: World): OptionalModel[] {
  const held: OptionalModel[] = [];
  if (world.cosmos.order.length) held.push('cosmos');
  if (Object.keys(world.markets.pools).length || Object.keys(world.markets.lending).length) held.push('markets');
  if (Object.keys(world.faults?.offlineUntil ?? {}).length) held.push('faults');
  return held;
}

/** Throws `missingModelError` for the first model `world` holds state of that `modules` lacks. */
export function assertWorldModels(modules: readonly EngineModule[], world: World): void {
  const missing = modelsHeld(world).find((m) => !modules.some((x) => x.name === m));
  if (missing) throw missingModelError(missing);
}
