/**
 * The import graph of src/, read with the TypeScript parser: every `import` (type-only too), `export … from`,
 * dynamic `import()`, type-level `import('…')` and worker `new URL('…', import.meta.url)` of each .ts file and of
 * each .svelte file's <script> blocks. Relative specifiers are resolved to files; bare ones (packages) are kept
 * as written. The cycle finder works on any graph, so it can be tested on a small made-up one.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** file -> the files it imports (paths relative to the root, with '/') and the packages it imports. */
export interface ImportGraph {
  files: string[];
  edges: Map<string, Set<string>>;
  packages: Map<string, Set<string>>;
}

const SOURCE = /\.(ts|svelte)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : SOURCE.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The module specifiers a piece of TypeScript names, in order of appearance. */
export function specifiersOf(code: string, fileName = 'x.ts'): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.push(arg.text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text);
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      node.arguments?.length === 2 &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      node.arguments[1].getText(source) === 'import.meta.url'
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  source.forEachChild(visit);
  return found;
}

/** The code of a .svelte file's <script> blocks (instance and module), markup and styles left out. */
export function svelteScripts(code: string): string {
  return [...code.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

const EXTENSIONS = ['', '.ts', '.svelte.ts', '.svelte', '.js', '/index.ts'];

function resolveRelative(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  for (const ext of EXTENSIONS) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  // './x.js' written for './x.ts'
  if (base.endsWith('.js') && existsSync(base.slice(0, -3) + '.ts')) return base.slice(0, -3) + '.ts';
  return null;
}

/** Reads every .ts and .svelte file under `dir` (e.g. 'src'); paths in the graph are relative to `root`. */
export function readImportGraph(dir: string, root = process.cwd()): ImportGraph & { unresolved: string[] } {
  const abs = listFiles(resolve(root, dir)).sort();
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const edges = new Map<string, Set<string>>();
  const packages = new Map<string, Set<string>>();
  const unresolved: string[] = [];
  for (const file of abs) {
    const text = readFileSync(file, 'utf8');
    const code = file.endsWith('.svelte') ? svelteScripts(text) : text;
    const to = new Set<string>();
    const pkgs = new Set<string>();
    for (const spec of specifiersOf(code, file)) {
      if (spec.startsWith('.')) {
        const target = resolveRelative(file, spec);
        if (target) to.add(rel(target));
        else unresolved.push(`${rel(file)} -> ${spec}`);
      } else pkgs.add(spec);
    }
    edges.set(rel(file), to);
    packages.set(rel(file), pkgs);
  }
  return { files: abs.map(rel), edges, packages, unresolved };
}

/**
 * Every cycle of the graph, one per strongly connected component of more than one file (or a file importing
 * itself): the shortest loop through the component's first file, written a -> b -> ... -> a.
 */
export function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  const strongConnect = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        strongConnect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) strongConnect(v);

  const cycles: string[][] = [];
  for (const component of components) {
    const start = component[0];
    if (component.length === 1 && !edges.get(start)?.has(start)) continue;
    // breadth-first inside the component, back to `start`
    const members = new Set(component);
    const parent = new Map<string, string>();
    const queue = [start];
    let last: string | null = null;
    while (queue.length && last === null) {
      const v = queue.shift()!;
      for (const w of [...(edges.get(v) ?? [])].sort()) {
        if (!members.has(w)) continue;
        if (w === start) {
          last = v;
          break;
        }
        if (!parent.has(w)) {
          parent.set(w, v);
          queue.push(w);
        }
      }
    }
    const path = [start];
    for (let v = last!; v !== start; v = parent.get(v)!) path.splice(1, 0, v);
    cycles.push([...path, start]);
  }
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

/** Packages that need a DOM or are the UI framework: the engine must not import them. */
const UI_PACKAGES =
  /^(svelte|@sveltejs\/[^/]+|@xyflow\/[^/]+|@lucide\/[^/]+|d3-(selection|transition|zoom|drag|brush)|jsdom|@testing-library\/[^/]+)(\/|$)/;

/**
 * The layering rules (the engine is pure and below everything; the app layer is below the UI), as a list of
 * `file -> import (rule)` lines, empty when every rule holds.
 */
export function layerViolations(graph: Pick<ImportGraph, 'edges' | 'packages'>): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph.edges) {
    for (const target of targets) {
      if (file.startsWith('src/engine/') && !target.startsWith('src/engine/'))
        out.push(`${file} -> ${target} (src/engine imports only src/engine)`);
      else if (file.startsWith('src/engine/') && /\.svelte(\.ts)?$/.test(target))
        out.push(`${file} -> ${target} (src/engine imports no Svelte module)`);
      if (file.startsWith('src/app/') && target.startsWith('src/ui/'))
        out.push(`${file} -> ${target} (src/app does not import src/ui)`);
    }
  }
  for (const [file, packages] of graph.packages) {
    if (!file.startsWith('src/engine/')) continue;
    for (const p of packages)
      if (UI_PACKAGES.test(p)) out.push(`${file} -> ${p} (src/engine imports no UI or DOM package)`);
  }
  return out.sort();
}
