/**
 * Where the Cosmos section's schema (staking/cosmos/scenario.ts) plugs into the scenario format. Cosmos staking is
 * an optional model (moduleSet.ts): the schema of its section comes with it, so a page whose first view has no
 * Cosmos chain does not carry it. Whoever holds the Cosmos model registers it (registry.ts for the CLI, the tests,
 * the workers and the lesson page; src/app/engineModules.ts when the page loads the model, which it does before it
 * reads a scenario with a `cosmos` section, and on idle after the first view). Read with it, a Cosmos section is
 * checked and its issues named exactly as before; read without it, the section is refused, naming the model, rather
 * than let through unchecked.
 */
import * as v from 'valibot';
import type { cosmosSectionSchema } from '../staking/cosmos/scenario';

type CosmosSectionSchema = typeof cosmosSectionSchema;

let registered: CosmosSectionSchema | null = null;

/** Makes the Cosmos section's schema known (its model has loaded, or the caller bundles every model). */
export function registerCosmosSection(schema: CosmosSectionSchema): void {
  registered = schema;
}

/** Forgets it (tests of the refusal). */
export function clearCosmosSection(): void {
  registered = null;
}

const notLoaded = v.custom<never>(
  () => false,
  'this scenario has a Cosmos section but the Cosmos staking model ("cosmos") was not loaded, so it cannot be read',
);

/** The section as ScenarioSchema reads it: the registered schema, typed as it (scenario/jsonSchema.ts uses it). */
export const cosmosSectionSlot = v.lazy(() => registered ?? notLoaded) as unknown as CosmosSectionSchema;
