/**
 * The UI catalogue loads in parts: the shell's strings (src/app/messages/en.ts) with the app, each other part with
 * the route or the lazily loaded panel that shows it (src/ui/messages/*.ts call `addEnglish`), or with the lazily
 * loaded app code that names it (src/app/messages/drop.ts, draft.ts, modelSwitch.ts, menuBodies.ts add themselves). A key used by a
 * module whose part has not been added would show as its raw key. This test reads the code: from each route, it
 * follows the static imports (what loads with the route) and the dynamic ones (loaded later, after the route), and
 * checks that every catalogue key named in a module's code belongs to a part added by then.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { en } from '../../../src/app/messages/en';
import { sandboxOnlyEn } from '../../../src/app/messages/sandbox';
import { dropEn } from '../../../src/app/messages/drop';
import { draftEn } from '../../../src/app/messages/draft';
import { modelSwitchEn } from '../../../src/app/messages/modelSwitch';
import { menuBodiesEn } from '../../../src/app/messages/menuBodies';
import { cardsEn } from '../../../src/app/messages/cards';
import { glossaryEn } from '../../../src/app/messages/glossary';
import { glossaryDefinitionsEn } from '../../../src/app/messages/glossaryDefinitions';
import { chartsEn } from '../../../src/app/messages/charts';
import { analysisOnlyEn } from '../../../src/app/messages/analysis';
import { onDemandEn } from '../../../src/app/messages/onDemand';
import { lessonEn } from '../../../src/app/messages/lesson';
import { pagesEn } from '../../../src/ui/messages/pages';
import { lessonPageEn } from '../../../src/ui/messages/lessonPage';
import { presenterEn } from '../../../src/ui/messages/presenter';
import { presenterLayerEn } from '../../../src/ui/messages/presenterLayer';
import { embedEn } from '../../../src/ui/messages/embed';
import { embedDialogEn } from '../../../src/ui/messages/embedDialog';
import { embedButtonEn } from '../../../src/ui/messages/embedButton';
import { svelteScripts } from '../importGraph';

/** Each module that adds a part to the English catalogue, and the part. */
const PARTS: Record<string, Readonly<Record<string, string>>> = {
  'src/ui/messages/index.ts': en,
  'src/ui/messages/sandbox.ts': sandboxOnlyEn,
  // parts that add themselves, loaded with the app code that names them (after the sandbox's first view)
  'src/app/messages/drop.ts': dropEn,
  'src/app/messages/draft.ts': draftEn,
  'src/app/messages/modelSwitch.ts': modelSwitchEn,
  'src/app/messages/menuBodies.ts': menuBodiesEn,
  'src/ui/messages/cards.ts': cardsEn,
  'src/ui/messages/analysis.ts': analysisOnlyEn,
  'src/ui/messages/onDemand.ts': onDemandEn,
  'src/ui/messages/charts.ts': chartsEn,
  'src/ui/messages/glossary.ts': glossaryEn,
  'src/ui/messages/glossaryDefinitions.ts': glossaryDefinitionsEn,
  'src/ui/messages/lesson.ts': lessonEn,
  'src/ui/messages/pages.ts': pagesEn,
  'src/ui/messages/lessonPage.ts': lessonPageEn,
  'src/ui/messages/presenter.ts': presenterEn,
  'src/ui/messages/presenterLayer.ts': presenterLayerEn,
  'src/ui/messages/embed.ts': embedEn,
  'src/ui/messages/embedDialog.ts': embedDialogEn,
  'src/ui/messages/embedButton.ts': embedButtonEn,
};
const ALL_KEYS = new Set(Object.values(PARTS).flatMap((p) => Object.keys(p)));
const ROUTES = ['Home', 'Lessons', 'Sandbox', 'Lesson', 'NotFound'].map((r) => `src/ui/routes/${r}.svelte`);
const ENTRY = 'src/main.ts';
/** embed.html's entry: it loads each widget by a dynamic import (src/ui/embed/Embed.svelte). */
const EMBED = 'src/embed/main.ts';

const rel = (p: string) => relative(process.cwd(), p).split(sep).join('/');
const EXTENSIONS = ['', '.ts', '.svelte.ts', '.svelte', '.js', '/index.ts'];
function resolveFrom(file: string, spec: string): string | null {
  const base = resolve(dirname(file), spec);
  for (const ext of EXTENSIONS) if (existsSync(base + ext) && statSync(base + ext).isFile()) return rel(base + ext);
  return null;
}

interface Module {
  /** Imports that load with the module (type-only imports left out: they load nothing). */
  static: string[];
  /** `import('…')`: loaded later, after this module. */
  dynamic: string[];
  /** Catalogue keys its code names: string literals that are keys, and `prefix.${…}` templates (every key so named). */
  keys: Set<string>;
}

const modules = new Map<string, Module>();
function read(file: string): Module {
  const known = modules.get(file);
  if (known) return known;
  const text = readFileSync(file, 'utf8');
  const code = file.endsWith('.svelte') ? svelteScripts(text) : text;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const mod: Module = { static: [], dynamic: [], keys: new Set() };
  const add = (list: string[], spec: string) => {
    if (!spec.startsWith('.')) return;
    const target = resolveFrom(file, spec);
    if (target) list.push(target);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          clause.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) add(mod.static, node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) add(mod.static, node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) add(mod.dynamic, arg.text);
    }
    ts.forEachChild(node, visit);
  };
  source.forEachChild(visit);
  // Keys are read from the whole file (a .svelte file's markup names most of them). The engine never names a UI
  // key (it cannot import the app), and its own message keys share some names with them ('faults.title').
  if (!(file in PARTS) && !file.startsWith('src/engine/')) {
    for (const m of text.matchAll(/(['"`])([A-Za-z][\w.-]*)\1/g)) if (ALL_KEYS.has(m[2])) mod.keys.add(m[2]);
    for (const m of text.matchAll(/`([A-Za-z][\w.-]*\.)\$\{/g))
      for (const k of ALL_KEYS) if (k.startsWith(m[1])) mod.keys.add(k);
  }
  modules.set(file, mod);
  return mod;
}

/** The modules that load with `roots` (static imports, transitively). */
function closure(roots: string[], seen = new Set<string>()): Set<string> {
  for (const file of roots) {
    if (seen.has(file)) continue;
    seen.add(file);
    closure(read(file).static, seen);
  }
  return seen;
}

interface Problem {
  loadedFrom: string;
  module: string;
  key: string;
}

/**
 * Walks from `root` (loaded after `before`, whose parts are already added): every key named in the modules that
 * load with it must be in a part added by them or before; each dynamic import is walked the same way after it.
 */
function check(root: string, before: Set<string>, problems: Problem[], visited = new Set<string>()): Set<string> {
  const loaded = closure([root], new Set(before));
  const parts = new Set([...loaded].filter((f) => f in PARTS));
  const keys = new Set([...parts].flatMap((p) => Object.keys(PARTS[p])));
  for (const file of loaded) {
    if (before.has(file)) continue;
    for (const key of read(file).keys) if (!keys.has(key)) problems.push({ loadedFrom: root, module: file, key });
  }
  for (const file of loaded) {
    if (before.has(file)) continue;
    for (const next of read(file).dynamic) {
      if (loaded.has(next) || visited.has(`${root}>${next}`)) continue;
      visited.add(`${root}>${next}`);
      check(next, loaded, problems, visited);
    }
  }
  return loaded;
}

/** Card parts that load with their engine model (src/app/engineModules.ts), after the page that draws them. */
const WITH_MODEL = ['src/app/onDemandCosmos.ts', 'src/app/onDemandMarkets.ts'];

describe('the UI catalogue in parts', () => {
  it('no key is defined in two parts', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, part] of Object.entries(PARTS))
      for (const k of Object.keys(part)) {
        if (seen.has(k)) twice.push(`${k} (${seen.get(k)} and ${file})`);
        seen.set(k, file);
      }
    expect(twice).toEqual([]);
  });

  it('every module that adds English strings is listed here', () => {
    const everything = new Set<string>();
    const all = (file: string) => {
      for (const f of closure([file])) {
        if (everything.has(f)) continue;
        everything.add(f);
        read(f).dynamic.forEach(all);
      }
    };
    all(ENTRY);
    const adders = [...everything]
      .filter((f) => f.startsWith('src/ui/messages/') || f.startsWith('src/app/messages/'))
      .filter((f) => /addEnglish\(/.test(readFileSync(f, 'utf8')) && !f.endsWith('english.ts'));
    expect(adders.sort()).toEqual(Object.keys(PARTS).sort());
  });

  it('the shell (the app without a route) loads only the shell part', () => {
    const shell = closure([ENTRY]);
    expect([...shell].filter((f) => f in PARTS)).toEqual(['src/ui/messages/index.ts']);
    const problems: Problem[] = [];
    check(ENTRY, new Set(), problems);
    // Routes are dynamic imports of the shell: checked there too; this test is about the shell's own modules.
    expect(problems.filter((p) => shell.has(p.module))).toEqual([]);
  });

  it.each(ROUTES)('%s: every key its modules name is added by the time they render', (route) => {
    const shell = closure([ENTRY]);
    const problems: Problem[] = [];
    check(route, shell, problems);
    if (process.env.DEBUG_KEYS) console.log(problems.map((p) => `${p.key} ${p.module}`).join('\n'));
    expect([...new Set(problems.map((p) => `${p.key} in ${p.module} (loaded from ${p.loadedFrom})`))]).toEqual([]);
    // and the walk saw the route's keys at all (a reader that finds nothing would pass)
    const named = [...closure([route], new Set(shell))].flatMap((f) => [...read(f).keys]);
    expect(named.length).toBeGreaterThan(5);
  });

  it('the embed: every key each widget names is added by the time it renders', () => {
    const problems: Problem[] = [];
    check(EMBED, new Set(), problems);
    // The chart widget draws no network: the card read-models (src/app/cards/*) load with it only because the
    // engine's model registry (src/app/engineModules.ts) registers each model's cards, and their keys never render.
    const unseen = (p: Problem) =>
      p.loadedFrom.endsWith('/ChartWidget.svelte') && p.module.startsWith('src/app/cards/');
    // The Cosmos and markets cards come with their model (src/app/onDemandCosmos.ts, onDemandMarkets.ts), which the
    // embed's model registry fetches (engineModules, in the entry); they are drawn only inside a widget that draws
    // cards, so they are checked after each such widget below rather than after the entry.
    const withModel = (p: Problem) => WITH_MODEL.includes(p.loadedFrom);
    problems.splice(0, problems.length, ...problems.filter((p) => !unseen(p) && !withModel(p)));
    for (const widget of ['Cascade', 'Network', 'Lesson'].map((w) => `src/ui/embed/${w}Widget.svelte`))
      for (const chunk of WITH_MODEL) {
        const after = closure([EMBED, widget]);
        expect(after.has(chunk), `${chunk} is loaded on demand, not with ${widget}`).toBe(false);
        check(chunk, after, problems);
      }
    if (process.env.DEBUG_KEYS) console.log(problems.map((p) => `${p.key} ${p.module}`).join('\n'));
    expect([...new Set(problems.map((p) => `${p.key} in ${p.module} (loaded from ${p.loadedFrom})`))]).toEqual([]);
    // the walk reached every widget (Embed.svelte loads them by dynamic imports) and saw their keys
    const widgets = ['Cascade', 'Chart', 'Network', 'Lesson'].map((w) => `src/ui/embed/${w}Widget.svelte`);
    for (const w of widgets) expect(read(w).keys.size, w).toBeGreaterThan(0);
    expect(read('src/ui/embed/Embed.svelte').dynamic).toEqual(expect.arrayContaining(widgets));
  });

  it('the cascade and chart widgets load only the small parts: cards and glossary, charts', () => {
    // issue 15's budget: the cascade replay carries the cards' part, not the whole sandbox's
    const base = closure([EMBED]);
    const parts = (widget: string) => [...closure([widget], new Set(base))].filter((f) => f in PARTS && !base.has(f));
    expect(parts('src/ui/embed/CascadeWidget.svelte').sort()).toEqual([
      'src/ui/messages/cards.ts',
      'src/ui/messages/glossary.ts',
    ]);
    expect(parts('src/ui/embed/ChartWidget.svelte')).toEqual(['src/ui/messages/charts.ts']);
  });

  it('finds a key named by a module whose part is not loaded (the check can fail)', () => {
    // The home page does not load the sandbox's part: a sandbox key named there would be caught.
    const problems: Problem[] = [];
    const home = 'src/ui/routes/Home.svelte';
    read(home).keys.add('cascade.title');
    try {
      check(home, closure([ENTRY]), problems);
    } finally {
      modules.delete(home);
    }
    expect(problems.map((p) => p.key)).toContain('cascade.title');
  });
});
