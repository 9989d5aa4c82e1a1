/**
 * The lesson runner sits beside the app, over the engine (docs/architecture.md): src/lessons imports the engine
 * and xstate, never the app, the UI, Svelte or the DOM; only node.ts (for the CLI and tests) may use Node.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FROM_ABOVE = /from\s+['"](svelte(\/.*)?|@xyflow\/.*|d3-selection|@lucide\/.*)['"]|from\s+['"]\.\.\/(ui|app|embed|cli)\//;
const NODE = /from\s+['"](node:.*|fs|path)['"]/;
const IMPURE = /\b(document|window|localStorage|sessionStorage)\s*\.|Math\.random\s*\(|Date\.now\s*\(|new Date\s*\(/;

const files = readdirSync('src/lessons')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src/lessons', f));

describe('src/lessons stays below the app', () => {
  it.each(files)('%s imports only the engine and libraries', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(FROM_ABOVE);
    expect(code).not.toMatch(IMPURE);
    if (!file.endsWith('node.ts')) expect(code).not.toMatch(NODE);
  });

  it('the checker catches an offending line', () => {
    expect("import { x } from '../app/session.svelte';").toMatch(FROM_ABOVE);
    expect("import { readFileSync } from 'node:fs';").toMatch(NODE);
  });
});
