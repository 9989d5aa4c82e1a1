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
// Each widget's chunks: the one the embed's root imports, and for chart=balances the line chart it imports then.
const WIDGETS: Record<string, { chunks: string[]; budget: boolean }> = {
  // The cascade and chart widgets fetch the faults model's chunk beside their own (src/ui/embed/Embed.svelte): their
  // first frame folds a fault, so it counts.
  cascade: { chunks: ['CascadeWidget', 'onDemandFaults'], budget: true },
  sandbox: { chunks: ['NetworkWidget'], budget: false },
  'chart cost-profit': { chunks: ['ChartWidget', 'onDemandFaults'], budget: true },
  'chart balances': { chunks: ['ChartWidget', 'LineChart', 'onDemandFaults'], budget: true },
  lesson: { chunks: ['LessonWidget'], budget: false },
  // loadOnClick: the poster is a chunk of its own (it names the built-in scenario by its title)
  poster: { chunks: ['Poster'], budget: false },
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
for (const [widget, { chunks, budget }] of Object.entries(WIDGETS)) {
  const own = chunks.flatMap((chunk) => {
    const found = files.filter((f) => f.startsWith(`${chunk}-`) && f.endsWith('.js'));
    if (found.length !== 1) throw new Error(`expected one ${chunk} chunk, found ${found.length}`);
    return found;
  });
  const all = closure([...base, ...own]);
  const size = kb(all);
  const verdict = budget ? (size <= BUDGET_KB ? `within ${BUDGET_KB} KB` : `OVER ${BUDGET_KB} KB`) : 'no budget';
  if (budget && size > BUDGET_KB) over = true;
  console.log(`  ${widget.padEnd(18)} ${size.toFixed(1).padStart(6)} KB in ${all.size} files  (${verdict})`);
}
process.exitCode = over ? 1 : 0;
