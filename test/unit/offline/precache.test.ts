/**
 * The offline classroom's promise, read from a real production build: the service worker's precache list names
 * every file the build wrote (so every route, lesson and worker chunk, every scenario, public/data and the icons),
 * the web app manifest makes the lab installable, and a new version waits for the learner.
 *
 * One build (vite build with the project's config, into a temporary folder), then the generated sw.js is read as
 * shipped: Workbox's generateSW writes the list as `precacheAndRoute([{url:"…",revision:…}, …])`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { build } from 'vite';
import { PWA_OPTIONS } from '../../../pwa.config';

const ROOT = process.cwd();
let out: string;
let sw: string;
let precached: Set<string>;

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'));
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'restaking-lab-precache-'));
  // vitest sets NODE_ENV=test; `vite build` as npm runs it has production (a minified Workbox worker, PROD code)
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir: out, emptyOutDir: true, manifest: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  sw = readFileSync(join(out, 'sw.js'), 'utf8');
  precached = new Set([...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map((m) => m[1]));
}, 600_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the precache list of a production build', () => {
  it('names every file the build wrote, but the worker itself, Workbox runtime and the build manifest', () => {
    const files = filesUnder(out).filter(
      (f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f) && !f.startsWith('.vite/'),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => !precached.has(f))).toEqual([]);
    // and nothing that is not there
    expect([...precached].filter((u) => !existsSync(join(out, u)))).toEqual([]);
  });

  it('holds the page, the web app manifest, and embed.html exactly when the build has one', () => {
    expect(precached.has('index.html')).toBe(true);
    expect(precached.has('manifest.webmanifest')).toBe(true);
    expect(precached.has('embed.html')).toBe(existsSync(join(out, 'embed.html')));
  });

  it("holds every lesson's chunk, as the app loads them (src/app/lessonFiles.ts: one chunk per lessons/*.md)", () => {
    const manifest: Record<string, { file: string }> = JSON.parse(
      readFileSync(join(out, '.vite/manifest.json'), 'utf8'),
    );
    const lessons = readdirSync('lessons').filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(lessons.length).toBeGreaterThanOrEqual(10);
    for (const lesson of lessons) {
      const chunk = manifest[`lessons/${lesson}?raw`]?.file;
      expect(chunk, lesson).toMatch(/^assets\/.+\.js$/);
      expect(precached.has(chunk), lesson).toBe(true);
    }
  });

  it('holds every prepared scenario, the index that lists them, and public/data', () => {
    const index: { scenarios: { file: string }[] } = JSON.parse(readFileSync('public/scenarios/index.json', 'utf8'));
    expect(precached.has('scenarios/index.json')).toBe(true);
    for (const { file } of index.scenarios) expect(precached.has(`scenarios/${file}`), file).toBe(true);
    for (const file of filesUnder('public/scenarios')) expect(precached.has(`scenarios/${file}`), file).toBe(true);
    for (const file of filesUnder('public/data')) expect(precached.has(`data/${file}`), file).toBe(true);
  });

  it('holds each web worker (src/**/*.worker.ts), which the sandbox starts on demand', () => {
    const workers = filesUnder('src')
      .filter((f) => f.endsWith('.worker.ts'))
      .map((f) => f.replace(/^.*\//, '').replace(/\.ts$/, ''));
    expect(workers.length).toBeGreaterThanOrEqual(3);
    for (const worker of workers) {
      const built = [...precached].filter((u) => u.startsWith(`assets/${worker}-`) && u.endsWith('.js'));
      expect(built, worker).toHaveLength(1);
    }
  });

  it('lets a hashed chunk be fetched once (no revision), and revisions the files whose names do not change', () => {
    expect(sw).toMatch(/\{url:"index\.html",revision:"[0-9a-f]{32}"\}/);
    expect(sw).toMatch(/\{url:"scenarios\/index\.json",revision:"[0-9a-f]{32}"\}/);
    expect(sw).toMatch(/\{url:"assets\/[^"]+\.js",revision:null\}/);
  });
});

describe('the service worker waits for the learner', () => {
  it('skips waiting only when the page asks (the "Reload now" message), never on install', () => {
    expect(PWA_OPTIONS.registerType).toBe('prompt');
    const calls = sw.match(/skipWaiting\(\)/g) ?? [];
    expect(calls).toHaveLength(1);
    expect(sw).toMatch(
      /addEventListener\("message",\w+=>\{\w+\.data&&"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)\}\)/,
    );
  });

  it('serves index.html for navigations and ignores the query (index.html?present offline)', () => {
    expect(sw).toMatch(/ignoreURLParametersMatching:\[\/\.\*\/\]/);
    expect(sw).toMatch(/NavigationRoute\(\w+\.createHandlerBoundToURL\("index\.html"\)\)/);
  });
});

describe('the web app manifest and its icons', () => {
  /** A PNG's width and height, from its IHDR chunk (bytes 16-23). */
  const pngSize = (file: string): [number, number] => {
    const b = readFileSync(file);
    expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  };

  it('is linked from the page and names the lab, its scope and start, standalone display, theme colours', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<link rel="manifest" href="./manifest.webmanifest">');
    expect(html).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}"/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({
      name: 'Restaking Lab',
      short_name: 'Restaking Lab',
      start_url: './',
      scope: './',
      display: 'standalone',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('has PNG icons of 192 and 512 px, a maskable one and an SVG, each in the build at the size it claims', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8'));
    const icons: { src: string; sizes: string; type: string; purpose: string }[] = manifest.icons;
    for (const icon of icons) {
      expect(precached.has(icon.src), icon.src).toBe(true);
      if (icon.type === 'image/png') {
        const [w, h] = pngSize(join(out, icon.src));
        expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
      }
    }
    const png = icons.filter((i) => i.type === 'image/png');
    expect(png.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    expect(icons.some((i) => i.type === 'image/svg+xml')).toBe(true);
  });
});
