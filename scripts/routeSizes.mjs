#!/usr/bin/env node
/**
 * Prints the JS each route's first view loads, gzip level 9, in KB: the entry (the app shell) and its static
 * imports, plus the route's own chunk and its static imports. Dynamic imports (what a view loads later, on demand)
 * are not counted. The same closure as test/bench/ui.bench.ts.
 *
 *   node scripts/routeSizes.mjs            build into dist-sizes, then print
 *   node scripts/routeSizes.mjs <outDir>   print for an existing `vite build --manifest` output
 *   add --chunks to list each route's chunks, largest first
 *
 * A benchmark, not a test: it prints figures. `--max-sandbox <KB>` (and `--max-home <KB>`) make it exit 1 when a
 * route is over its budget, for a check against an existing build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : Number(args.splice(i, 2)[1]);
};
const maxSandbox = flag('--max-sandbox');
const maxHome = flag('--max-home');
const listChunks = args.includes('--chunks');
const given = args.find((a) => !a.startsWith('--'));
const outDir = given ?? 'dist-sizes';

if (!given) {
  execFileSync(
    'node_modules/.bin/vite',
    ['build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
}
const manifestPath = join(outDir, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} not found: build with \`vite build --manifest\` first`);
  process.exit(2);
}
/** @type {Record<string, { file: string, imports?: string[], isEntry?: boolean }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const closure = (keys, seen = new Set()) => {
  for (const k of keys) {
    if (seen.has(k)) continue;
    seen.add(k);
    closure(manifest[k]?.imports ?? [], seen);
  }
  return seen;
};
const gzCache = new Map();
const gzOf = (k) => {
  if (!gzCache.has(k)) gzCache.set(k, gzipSync(readFileSync(join(outDir, manifest[k].file)), { level: 9 }).length);
  return gzCache.get(k);
};
const js = (keys) => [...keys].filter((k) => manifest[k].file.endsWith('.js'));
const kb = (keys) => js(keys).reduce((s, k) => s + gzOf(k), 0) / 1024;

const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry && k.endsWith('.html'));
const shell = closure(entries.filter((k) => k === 'index.html').length ? ['index.html'] : entries);
const route = (name) => {
  const key = Object.keys(manifest).find((k) => k.endsWith(`routes/${name}.svelte`));
  if (!key) throw new Error(`no chunk for routes/${name}.svelte in the manifest`);
  return closure([key], new Set(shell));
};

const routes = [
  ['shell', shell],
  ['home', route('Home')],
  ['lesson list', route('Lessons')],
  ['sandbox', route('Sandbox')],
  ['lesson page', route('Lesson')],
];
console.log('| route | JS gzip KB |');
console.log('|---|---|');
for (const [name, keys] of routes) console.log(`| ${name} | ${kb(keys).toFixed(2)} |`);

if (listChunks) {
  for (const [name, keys] of routes.slice(1)) {
    console.log(`\n${name}:`);
    for (const k of js(keys).sort((a, b) => gzOf(b) - gzOf(a)))
      console.log(`  ${(gzOf(k) / 1024).toFixed(1).padStart(6)}  ${shell.has(k) ? '(shell) ' : ''}${k}`);
  }
}

const sizes = Object.fromEntries(routes.map(([n, keys]) => [n, kb(keys)]));
const over = [];
if (maxSandbox !== undefined && sizes.sandbox > maxSandbox)
  over.push(`sandbox ${sizes.sandbox.toFixed(2)} > ${maxSandbox}`);
if (maxHome !== undefined && sizes.home > maxHome) over.push(`home ${sizes.home.toFixed(2)} > ${maxHome}`);
if (over.length) {
  console.error(`over budget: ${over.join(', ')}`);
  process.exit(1);
}
