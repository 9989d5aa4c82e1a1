/**
 * The JSON Schema of the scenario format, generated from the same valibot schema the app validates with, so the
 * documentation cannot drift from the code. `npm run schema` writes docs/scenario-format.schema.json; a unit
 * test fails when the committed file is stale.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { ScenarioSchema, SCENARIO_VERSION } from './schema';
import { cosmosSectionSchema } from '../staking/cosmos/scenario';

export function scenarioJsonSchema(): Record<string, unknown> {
  // the Cosmos section's own schema in its place (ScenarioSchema reads it through a registration seam,
  // cosmosSection.ts, which a JSON Schema cannot follow)
  const full = v.strictObject({ ...ScenarioSchema.entries, cosmos: v.optional(cosmosSectionSchema) });
  const schema = toJsonSchema(full, {
    target: 'draft-2020-12',
    // Describe what authors write (decimal strings), not the parsed bigints; checks that JSON Schema cannot
    // express (e.g. "exactly one of epochs or days") are enforced by the app and named in its errors.
    typeMode: 'input',
    errorMode: 'ignore',
  }) as Record<string, unknown>;
  return {
    $id: `https://restaking-lab.invalid/scenario-format/v${SCENARIO_VERSION}.schema.json`,
    title: 'Restaking Lab scenario',
    description:
      'A Restaking Lab scenario: the initial world (holders, chains, liquid staking pools, restaking, markets), its seed and security model, and optionally the events that follow. Amounts are decimal strings in whole units (ETH), exact to 1 gwei.',
    ...schema,
  };
}
