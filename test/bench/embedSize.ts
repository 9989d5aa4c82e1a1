/**
 * The embed's JavaScript, gzipped, per widget type (budget: at most 130 KB for the cascade and chart widgets,
 * issue 15 item 7): embed.html's entry and everything it imports statically, plus the widget's chunk (loaded by
 * a dynamic import) and everything that chunk imports statically. Read from a build:
 *   npx vite build --outDir dist && npx tsx test/bench/embedSize.ts dist
 * Exits non-zero when a budgeted widget is over.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const BUDGET_KB = 130;
const WIDGETS: Record<string, { chunk: string; budget: boolean }> = {
  cascade: { chunk: 'CascadeWidget', budget: true },
  sandbox: { chunk: 'NetworkWidget', budget: false },
  chart: { chunk: 'ChartWidget', budget: true },
  lesson: { chunk: 'LessonWidget', budget: false },
  poster: { chunk: '', budget: false },
};

const assets = join(dist, 'assets');
const files = readdirSync(assets);
const read = (name: string) => readFileSync(join(assets, name));
// Static imports in a built chunk: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`.
const staticImports = (code: string): string[] =>
  [...code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]);

function closure(start: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...staticImports(read(f).toString('utf8')));
  }
  return seen;
}

const html = readFileSync(join(dist, 'embed.html'), 'utf8');
const entry = [...html.matchAll(/src="\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]);
if (!entry.length) throw new Error(`no script in ${dist}/embed.html: build first`);
const base = closure(entry);
const kb = (set: Set<string>) => [...set].reduce((sum, f) => sum + gzipSync(read(f), { level: 9 }).length, 0) / 1024;

let over = false;
console.log(`embed JS, gzip level 9 (${dist}):`);
for (const [widget, { chunk, budget }] of Object.entries(WIDGETS)) {
  const own = chunk ? files.filter((f) => f.startsWith(`${chunk}-`) && f.endsWith('.js')) : [];
  if (chunk && own.length !== 1) throw new Error(`expected one ${chunk} chunk, found ${own.length}`);
  const all = closure([...base, ...own]);
  const size = kb(all);
  const verdict = budget ? (size <= BUDGET_KB ? `within ${BUDGET_KB} KB` : `OVER ${BUDGET_KB} KB`) : 'no budget';
  if (budget && size > BUDGET_KB) over = true;
  console.log(`  ${widget.padEnd(8)} ${size.toFixed(1).padStart(6)} KB in ${all.size} files  (${verdict})`);
}
process.exitCode = over ? 1 : 0;
