/** npm run schema: regenerates docs/scenario-format.schema.json from the valibot schema. */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../engine/scenario/jsonSchema';

const out = 'docs/scenario-format.schema.json';
writeFileSync(out, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${out}\n`);
