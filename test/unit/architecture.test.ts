/**
 * The architecture holds: src/ has no import cycle (type-only imports count: a type cycle is still two modules
 * that cannot be read, tested or moved apart), the engine imports nothing from the app, the UI, Svelte or the
 * DOM, and the app layer imports nothing from the UI. The graph is read by test/unit/importGraph.ts; its cycle
 * finder and rules are first shown to catch a made-up offender.
 */
import { describe, expect, it } from 'vitest';
import { findCycles, layerViolations, readImportGraph, specifiersOf, svelteScripts } from './importGraph';

const graphOf = (edges: Record<string, string[]>) =>
  new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe('the import-graph checker catches what it is for', () => {
  it('finds each cycle of a small graph, written as a loop, and nothing in its acyclic part', () => {
    const cycles = findCycles(
      graphOf({ a: ['b'], b: ['c', 'f'], c: ['a'], d: ['a'], e: ['e'], f: ['g'], g: [], h: ['i'], i: ['h'] }),
    );
    expect(cycles).toEqual([
      ['a', 'b', 'c', 'a'],
      ['e', 'e'],
      ['h', 'i', 'h'],
    ]);
    expect(findCycles(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('gives the shortest loop through a component with several', () => {
    // a -> b -> c -> d -> a and a -> d -> a: the second is reported
    expect(findCycles(graphOf({ a: ['b', 'd'], b: ['c'], c: ['d'], d: ['a'] }))).toEqual([['a', 'd', 'a']]);
  });

  it('reads every kind of import, type-only and dynamic included', () => {
    const code = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import './c';",
      "export { d } from './d';",
      "export * from 'pkg';",
      "const e = () => import('./e');",
      "type F = import('./f').F;",
      "const w = new Worker(new URL('./w.ts', import.meta.url));",
      "// import { no } from './comment';",
      'const s = "import { no } from \'./string\'";',
    ].join('\n');
    expect(specifiersOf(code)).toEqual(['./a', './b', './c', './d', 'pkg', './e', './f', './w.ts']);
  });

  it("reads a .svelte file's script blocks and not its markup", () => {
    const file = [
      '<script module lang="ts">',
      "  import type { X } from './x';",
      '</script>',
      '<script lang="ts">',
      "  import Y from './Y.svelte';",
      '</script>',
      "<p>import z from './z'</p>",
    ].join('\n');
    expect(specifiersOf(svelteScripts(file))).toEqual(['./x', './Y.svelte']);
  });

  it('reports an engine file importing the app, the UI or Svelte, and the app importing the UI', () => {
    const edges = graphOf({
      'src/engine/a.ts': ['src/engine/b.ts', 'src/app/c.ts'],
      'src/engine/b.ts': ['src/ui/d.ts'],
      'src/app/c.ts': ['src/engine/a.ts', 'src/ui/messages/en.ts'],
      'src/ui/d.ts': ['src/app/c.ts'],
    });
    const packages = graphOf({ 'src/engine/a.ts': ['valibot', 'svelte/store'], 'src/ui/d.ts': ['svelte'] });
    expect(layerViolations({ edges, packages })).toEqual([
      'src/app/c.ts -> src/ui/messages/en.ts (src/app does not import src/ui)',
      'src/engine/a.ts -> src/app/c.ts (src/engine imports only src/engine)',
      'src/engine/a.ts -> svelte/store (src/engine imports no UI or DOM package)',
      'src/engine/b.ts -> src/ui/d.ts (src/engine imports only src/engine)',
    ]);
  });
});

describe('src/', () => {
  const graph = readImportGraph('src');

  it('is read whole: many files, every relative import resolved to a file', () => {
    expect(graph.files.length).toBeGreaterThan(200);
    expect(graph.files).toContain('src/engine/sim.ts');
    expect(graph.files).toContain('src/ui/App.svelte');
    expect(graph.edges.get('src/ui/App.svelte')).toContain('src/ui/routes/Home.svelte');
    expect(graph.unresolved).toEqual([]);
  });

  it('has no import cycle (type-only imports included)', () => {
    expect(findCycles(graph.edges).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('keeps its layers: the engine imports only itself and no UI package, the app does not import the UI', () => {
    expect(layerViolations(graph)).toEqual([]);
  });
});
