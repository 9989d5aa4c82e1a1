/**
 * The engine models the page folds with. The core three (Ethereum staking, liquid staking, restaking) load with
 * the sandbox; Cosmos staking and markets (each with its cards, cards/parts.ts) load when a scenario has their section or their events, faults when a
 * log holds a Fault or before the learner triggers one (`modulesFor`), and all three on idle after the first view
 * (`prefetchModules`), so a first view without them does not fetch them. The engine stays synchronous: a fold is
 * handed the set resolved here (src/engine/run.ts), and refuses a scenario whose model is missing rather than
 * folding it without (src/engine/moduleSet.ts).
 */
import type { EngineModule } from '../engine/module';
import { CORE_MODULES } from '../engine/coreModules';
import { moduleSet, modelsNeeded, type ModelNeeds, type OptionalModel } from '../engine/moduleSet';
import { registerCardParts } from './cards/parts';
import { registerCosmosHolderPart } from '../engine/views/holder/cosmosSlot';
import { registerCosmosSection } from '../engine/scenario/cosmosSection';

/** How each optional model is fetched (a chunk of its own). Replaceable in tests. */
export type ModelImporters = Record<OptionalModel, () => Promise<EngineModule>>;
const IMPORTERS: ModelImporters = {
  // each with its cards (one chunk, no second fetch): registered before the model is handed to a fold
  cosmos: () =>
    import('./onDemandCosmos').then((m) => {
      registerCardParts({ cosmos: m.cosmosCards });
      registerCosmosHolderPart(m.cosmosHolderPart);
      registerCosmosSection(m.cosmosSectionSchema);
      return m.cosmosModule;
    }),
  markets: () =>
    import('./onDemandMarkets').then((m) => {
      registerCardParts({ markets: m.marketsCards });
      return m.marketsModule;
    }),
  // the faults model alone (a widget never shows the model switch, which the sandbox loads with it:
  // onDemandSecurity.ts)
  faults: () => import('./onDemandFaults').then((m) => m.faultsModule),
};

const loaded = new Map<string, EngineModule>(CORE_MODULES.map((m) => [m.name, m]));
const pending = new Map<OptionalModel, Promise<EngineModule>>();

/** Every model loaded so far, in the fold's order: what a synchronous load (session.load) folds with. */
export function loadedModules(): readonly EngineModule[] {
  return moduleSet([...loaded.values()]);
}

/** Makes models that are already in a page's bundle known (the lesson page and the widgets import them all). */
export function provideModules(modules: readonly EngineModule[]): void {
  for (const m of modules) loaded.set(m.name, m);
}

async function load(model: OptionalModel, importers: ModelImporters): Promise<EngineModule> {
  const have = loaded.get(model);
  if (have) return have;
  let p = pending.get(model);
  if (!p) {
    p = importers[model]().then((m) => {
      loaded.set(model, m);
      return m;
    });
    // a failed fetch (offline, a new version deployed) may be tried again
    p.catch(() => pending.delete(model));
    pending.set(model, p);
  }
  return p;
}

/**
 * The models `scenario` needs, loaded: the core three and, for a scenario with a `cosmos` or `markets` section (or
 * their events), those models, and faults for a log that holds a Fault (`{ events: [fault] }` before one is
 * appended). A restaking-only scenario with no fault loads none of them.
 */
export async function modulesFor(
  scenario: ModelNeeds,
  importers: ModelImporters = IMPORTERS,
): Promise<readonly EngineModule[]> {
  const extra = await Promise.all(modelsNeeded(scenario).map((m) => load(m, importers)));
  return moduleSet([...CORE_MODULES, ...extra]);
}

/**
 * Loads Cosmos, markets and faults ahead of need (on idle, after the first view): a later load, or a learner's
 * first fault, never waits for them.
 */
export function prefetchModules(importers: ModelImporters = IMPORTERS): Promise<readonly EngineModule[]> {
  return modulesFor({ cosmos: true, markets: true, events: [{ type: 'Fault' }] }, importers);
}

/**
 * `modulesFor` a scenario file's raw content, before it is checked (an embed reads a scenario, then loads it
 * synchronously): whatever is not a scenario's shape asks for no optional model, and the load then says what is
 * wrong with it.
 */
export function modulesForFile(json: unknown, importers: ModelImporters = IMPORTERS): Promise<readonly EngineModule[]> {
  if (typeof json !== 'object' || json === null) return modulesFor({}, importers);
  const file = json as Record<string, unknown>;
  const events = Array.isArray(file.events)
    ? file.events.filter(
        (e): e is { type: string } =>
          typeof e === 'object' && e !== null && typeof (e as { type?: unknown }).type === 'string',
      )
    : [];
  return modulesFor({ cosmos: file.cosmos, markets: file.markets, events }, importers);
}
