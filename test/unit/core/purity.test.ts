/**
 * The engine must stay pure (docs/architecture.md, "Layers"): no UI, DOM, Svelte, clock or Math.random. It reads
 * every file under src/engine and fails on an import from above it or a use of an impure global.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|js)$/.test(name) ? [p] : [];
  });
}

const FORBIDDEN_IMPORTS =
  /from\s+['"](svelte(\/.*)?|@xyflow\/.*|d3-selection|d3-transition|@lucide\/.*|node:.*|fs|path)['"]|from\s+['"](\.\.\/)+(ui|app|embed|cli|lessons)\//;
const FORBIDDEN_GLOBALS =
  /\b(document|window|localStorage|sessionStorage|navigator)\s*\.|Math\.random\s*\(|Date\.now\s*\(|new Date\s*\(|setTimeout\s*\(|setInterval\s*\(|performance\.now\s*\(/;

describe('src/engine is pure', () => {
  const all = files('src/engine');

  it('has files to check', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all)('%s imports nothing from the UI, the DOM, Svelte or Node', (file) => {
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
      .join('\n');
    expect(code).not.toMatch(FORBIDDEN_IMPORTS);
    expect(code).not.toMatch(FORBIDDEN_GLOBALS);
  });

  it('the checker itself catches an offending line', () => {
    expect("import { mount } from 'svelte';").toMatch(FORBIDDEN_IMPORTS);
    expect("import x from '../../ui/Graph.svelte';").toMatch(FORBIDDEN_IMPORTS);
    expect('const r = Math.random();').toMatch(FORBIDDEN_GLOBALS);
  });
});
