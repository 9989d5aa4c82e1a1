#!/usr/bin/env node
/**
 * How soon a learner on a slow connection sees the sandbox: a benchmark, it prints figures. Each run opens
 * `/#/sandbox` (the starter network) in a fresh Chromium profile with the network and CPU throttled (1.6 Mb/s down,
 * 750 kb/s up, 150 ms latency, CPU 4x slower: Lighthouse's "slow 4G" profile) and records when the first graph card
 * is visible, and how much JavaScript (bytes on the wire) had arrived by then. With two servers it alternates them
 * run by run, so both see the same machine load, and prints the medians side by side.
 *
 *   node scripts/firstView.mjs http://127.0.0.1:4341 [http://127.0.0.1:4342] [--runs 7]
 *
 * Serve each build with `vite preview --outDir <dir> --port <port>` first. Chromium: /usr/bin/chromium (or
 * CHROMIUM=<path>).
 */
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt < 0 ? 7 : Number(args.splice(runsAt, 2)[1]);
const bases = args.filter((a) => !a.startsWith('--'));
if (!bases.length) {
  console.error('usage: node scripts/firstView.mjs <base URL> [<base URL>] [--runs N]');
  process.exit(2);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });

async function once(base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const js = new Map();
  const urls = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId) ?? '';
    if (url.endsWith('.js')) js.set(e.requestId, { at: performance.now(), bytes: e.encodedDataLength });
  });
  const start = performance.now();
  await page.goto(`${base}/#/sandbox`);
  await page.locator('.svelte-flow__node').first().waitFor({ state: 'visible', timeout: 60_000 });
  const firstCard = performance.now();
  const before = [...js.values()].filter((r) => r.at <= firstCard);
  await context.close();
  return { card: firstCard - start, kb: before.reduce((s, r) => s + r.bytes, 0) / 1024, files: before.length };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const results = bases.map(() => []);
for (let r = 0; r < runs; r++) for (let i = 0; i < bases.length; i++) results[i].push(await once(bases[i]));
await browser.close();

console.log(`first card of /#/sandbox, throttled (slow 4G, CPU 4x), ${runs} runs each, medians`);
console.log('| build | first card visible | JS before it (wire KB) | JS files |');
console.log('|---|---|---|---|');
bases.forEach((b, i) => {
  const rs = results[i];
  console.log(
    `| ${b} | ${(median(rs.map((x) => x.card)) / 1000).toFixed(2)} s | ${median(rs.map((x) => x.kb)).toFixed(1)} | ${median(rs.map((x) => x.files))} |`,
  );
});
