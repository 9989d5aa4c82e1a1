/** docs/lesson-format.md names every path field, constant and format the resolvers know, so it cannot go stale. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FIELDS } from '../../../src/lessons/resolve';
import { FORMATS } from '../../../src/lessons/format';

const doc = readFileSync('docs/lesson-format.md', 'utf8');

describe('docs/lesson-format.md', () => {
  const fields = Object.entries(FIELDS).flatMap(([kind, list]) => list.map((f) => [kind, f] as const));
  it.each(fields)('documents %s field %s', (_kind, field) => {
    expect(doc).toContain(field.replace('<ASSET>', ''));
  });
  it.each(FORMATS.filter((f) => f !== 'auto'))('documents the %s format', (format) => {
    expect(doc).toContain(`\`${format}\``);
  });
});
