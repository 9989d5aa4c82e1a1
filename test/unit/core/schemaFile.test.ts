import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../../../src/engine/scenario/jsonSchema';

describe('docs/scenario-format.schema.json', () => {
  it('is generated from the current valibot schema (run `npm run schema` if this fails)', () => {
    const committed = JSON.parse(readFileSync('docs/scenario-format.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});
