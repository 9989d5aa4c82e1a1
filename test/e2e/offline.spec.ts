import { test, expect as baseExpect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic, type StaticServer } from './support/staticServer';
import { watchErrors } from './support/pageErrors';

/**
 * The offline classroom (pwa.config.ts): after one visit the lab opens, and opens its lessons and prepared
 * scenarios, with no network at all; a new version waits for the learner's "Reload now" and a lesson keeps its step.
 *
 * The rest of the suite blocks service workers (playwright.config.ts); this spec allows them. Each test serves its
 * own copy of the build from a small server it can stop (a real outage, beside the browser's offline switch) and
 * whose files it can change (a new service worker), so the suite's build is never touched.
 */
test.use({ serviceWorkers: 'allow' });
// Each test installs the whole precache (about 2.3 MB, 100 files) and reloads pages: on a loaded machine a page can
// take longer than the default 5 s to show. Waiting longer asserts nothing about speed.
const expect = baseExpect.configure({ timeout: 30_000 });

const BUILD = resolve(process.env.E2E_OUTDIR ?? 'dist');
const SHOTS = process.env.OFFLINE_SHOTS ?? '/tmp/offline-shots';
mkdirSync(SHOTS, { recursive: true });

let dir: string;
let server: StaticServer;

test.beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'restaking-lab-offline-'));
  cpSync(BUILD, dir, { recursive: true });
  server = await serveStatic(dir);
});

test.afterEach(async () => {
  await server.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

/** Opens the lab for the first time and waits until its service worker has cached everything and controls the page. */
async function firstVisit(page: Page, hash: string) {
  await page.goto(`${server.origin}/${hash}`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`);
}

const notice = (page: Page) => page.getByTestId('offline-notice');

test('after one visit the lab, its lessons and its scenarios open with no network', async ({ page, context }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  await firstVisit(page, '#/');
  await expect(notice(page)).toHaveAttribute('data-status', 'offlineReady');
  await expect(notice(page)).toContainText('ready to work offline');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/offline-ready.png` });
  await page.getByTestId('offline-dismiss').click();
  await expect(notice(page)).toHaveCount(0);

  // A real outage: the server is gone and the browser is offline.
  await server.close();
  await context.setOffline(true);
  const asked = server.requests.length;

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Learn staking and restaking');
  // The prepared scenarios' list (scenarios/index.json), fetched by the page.
  const scenarios: { scenarios: unknown[] } = JSON.parse(readFileSync(join(dir, 'scenarios/index.json'), 'utf8'));
  await expect(page.locator('ul.scenarios > li')).toHaveCount(scenarios.scenarios.length);

  // The sandbox with a built-in scenario, as a learner opens it from the home page: its route chunk, the
  // scenario's file and the worker that folds it all come from the cache.
  await page.locator('ul.scenarios > li a[href*="three-avs-pooled.json"]').click();
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Scenario:/ })).toContainText('Three');
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();

  // The lesson list, then a lesson (each lesson's text is its own chunk).
  await page.getByRole('link', { name: 'Lessons' }).first().click();
  await expect(page.locator('[data-lesson="stake-at-risk"]')).toBeVisible();
  await page.locator('[data-lesson="liquid-staking"] a').first().click();
  await expect(page.getByTestId('lesson')).toBeVisible();
  await expect(page.getByTestId('step-title')).not.toBeEmpty();

  // A fresh navigation with a query (presenter mode) is served from the cache too.
  await page.goto(`${server.origin}/index.html?present&theme=projector#/lesson/restaking`);
  await expect(page.getByTestId('lesson')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/offline-lesson-present.png` });

  expect(server.requests.length).toBe(asked);
  // the browser's own favicon fetch can be aborted by the next navigation (seen once under load): not the app's
  expect(errors.filter((e) => !/\/icon\.svg net::ERR_ABORTED$/.test(e))).toEqual([]);
});

test('a new version waits: nothing reloads on its own, the old version keeps serving the lesson, and it is offered again', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await firstVisit(page, '#/lesson/stake-at-risk');
  await expect(page.getByTestId('lesson')).toBeVisible();
  const predict = page.locator('input[name=predict]');
  if ((await predict.count()) > 0) {
    await predict.first().check();
    await page.getByTestId('answer').click();
  }
  await page.getByTestId('next').click();
  await expect(page.getByTestId('step-title')).toHaveText('Put more stake at risk');

  // A new version is published. The old one keeps serving this page: a chunk the new deploy no longer has (the
  // sandbox's) still loads while the new worker waits.
  const sandboxChunk = readdirSync(join(dir, 'assets')).find((f) => /^Sandbox-.*\.js$/.test(f));
  expect(sandboxChunk).toBeDefined();
  rmSync(join(dir, 'assets', sandboxChunk!));
  appendFileSync(join(dir, 'sw.js'), '\n// the next version\n');
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  await expect(notice(page)).toHaveAttribute('data-status', 'updateWaiting');
  await expect(notice(page)).toContainText('A new version is ready — it will be used next time you open the lab.');
  await page.screenshot({ path: `${SHOTS}/update-waiting.png` });
  for (const theme of ['light', 'dark', 'projector']) {
    await page.evaluate((name) => (document.documentElement.dataset.theme = name), theme);
    expect(await axeViolations(page), theme).toEqual([]);
    await notice(page).screenshot({ path: `${SHOTS}/update-waiting-${theme}.png` });
  }
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));

  // Nothing reloads on its own: same document, same step.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(page.getByTestId('step-title')).toHaveText('Put more stake at risk');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(
    true,
  );

  // "Later": the notice goes; the old version still serves the sandbox's chunk the server has lost.
  await page.getByTestId('offline-dismiss').click();
  await expect(notice(page)).toHaveCount(0);
  await page.goto(`${server.origin}/#/sandbox`);
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  // Opened again, the lab offers the waiting version again.
  await page.goto(`${server.origin}/#/lesson/stake-at-risk`);
  await page.reload();
  await expect(page.getByTestId('step-title')).toHaveText('Put more stake at risk');
  await expect(notice(page)).toHaveAttribute('data-status', 'updateWaiting');

  expect(errors).toEqual([]);
});

/** Sets a flag on the page's window: gone after a reload, so a test can tell whether the page reloaded. */
const markDocument = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

/** Loads of the page's main document from now on (a reload counts one). */
function countLoads(page: Page): { count: number } {
  const loads = { count: 0 };
  page.on('load', () => loads.count++);
  return loads;
}

// The page here was opened on the first visit: not controlled when it registered its worker, only claimed later
// (clientsClaim). workbox-window then reports the new version's takeover without `isUpdate`, so vite-plugin-pwa's
// onNeedReload is never called; the page reloads on `controllerchange` itself (src/app/offline/handover.ts).
test('"Reload now": the new version takes over, the page reloads once, and the lesson is on the same step', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await firstVisit(page, '#/lesson/stake-at-risk');
  const predict = page.locator('input[name=predict]');
  if ((await predict.count()) > 0) {
    await predict.first().check();
    await page.getByTestId('answer').click();
  }
  await page.getByTestId('next').click();
  await expect(page.getByTestId('step-title')).toHaveText('Put more stake at risk');
  appendFileSync(join(dir, 'sw.js'), '\n// the next version\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(notice(page)).toHaveAttribute('data-status', 'updateWaiting');
  // "Reload now": the new version takes over, the page reloads once, the lesson is where it was.
  await markDocument(page);
  const loads = countLoads(page);
  await Promise.all([page.waitForEvent('load'), page.getByTestId('offline-reload').click()]);
  await expect(page.getByTestId('step-title')).toHaveText('Put more stake at risk');
  expect(await sameDocument(page)).toBe(false);
  const registration = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { waiting: r?.waiting ?? null, active: r?.active?.state, controlled: !!navigator.serviceWorker.controller };
  });
  expect(registration).toEqual({ waiting: null, active: 'activated', controlled: true });
  await expect(notice(page)).toHaveCount(0);
  // once: no reload loop
  await page.waitForTimeout(1000);
  expect(loads.count).toBe(1);
  expect(errors).toEqual([]);
});

test('another tab\'s "Reload now" never reloads this one: its lesson stays, and its own button then reloads it', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await firstVisit(page, '#/lesson/stake-at-risk');
  // A second tab, opened under the old version, a step into the same lesson.
  const other = await context.newPage();
  errors.push(...watchErrors(other));
  await other.goto(`${server.origin}/#/lesson/stake-at-risk`);
  await expect(other.getByTestId('step-title')).toHaveText('What an attack would pay');
  const predict = other.locator('input[name=predict]');
  if ((await predict.count()) > 0) {
    await predict.first().check();
    await other.getByTestId('answer').click();
  }
  await other.getByTestId('next').click();
  await expect(other.getByTestId('step-title')).toHaveText('Put more stake at risk');
  await markDocument(other);

  appendFileSync(join(dir, 'sw.js'), '\n// the next version\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(notice(page)).toHaveAttribute('data-status', 'updateWaiting');
  await expect(notice(other)).toHaveAttribute('data-status', 'updateWaiting');

  // The first tab asks: it reloads under the new version.
  await page.bringToFront();
  await Promise.all([page.waitForEvent('load'), page.getByTestId('offline-reload').click()]);
  await expect(notice(page)).toHaveCount(0);
  // The other tab is now controlled by the new version too, but keeps its document, its step and the offer.
  await other.bringToFront();
  await other.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect
    .poll(() => other.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null))
    .toBeNull();
  await other.waitForTimeout(1000);
  expect(await sameDocument(other)).toBe(true);
  await expect(other.getByTestId('step-title')).toHaveText('Put more stake at risk');
  await expect(notice(other)).toHaveAttribute('data-status', 'updateWaiting');
  // Its own "Reload now" now simply reloads (nothing waits any more), and the lesson is on the same step.
  await Promise.all([other.waitForEvent('load'), other.getByTestId('offline-reload').click()]);
  expect(await sameDocument(other)).toBe(false);
  await expect(other.getByTestId('step-title')).toHaveText('Put more stake at risk');
  await expect(notice(other)).toHaveCount(0);
  expect(errors).toEqual([]);
});

/** A host page (an article) on its own server, framing the cascade widget from the lab's server. */
async function hostPage(widgetSrc: string): Promise<{ port: number; close: () => void }> {
  const host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><title>An article</title><iframe src="${widgetSrc}" title="widget"></iframe>`,
    );
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  return { port: (host.address() as AddressInfo).port, close: () => host.close() };
}

// docs/offline.md: an embed shares the lab's service worker only on a page of the same site (storage is keyed by
// the top-level site); in a cross-site page Chromium refuses the frame any service worker.
test('an embed on a same-site page is served by the lab’s worker with the lab’s server down; a cross-site one gets no worker', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await firstVisit(page, '#/');
  const host = await hostPage(`${server.origin}/embed.html?widget=cascade&scenario=three-avs-pooled`);
  try {
    const frame = () => page.frame({ url: /embed\.html/ });
    const worker = () =>
      frame()!.evaluate(async () => {
        try {
          return { controlled: !!navigator.serviceWorker.controller };
        } catch (e) {
          return { refused: (e as Error).name };
        }
      });
    // Same site (127.0.0.1, another port): the first visit's worker controls the frame.
    await page.goto(`http://127.0.0.1:${host.port}/`);
    const widget = page.frameLocator('iframe').getByTestId('embed-widget');
    await expect(widget).toHaveAttribute('data-ready', 'true');
    expect(await worker()).toEqual({ controlled: true });
    // Cross site (localhost): another partition, and no worker at all.
    await page.goto(`http://localhost:${host.port}/`);
    await expect(widget).toHaveAttribute('data-ready', 'true');
    expect(await worker()).toEqual({ controlled: false });
    const registering = await frame()!.evaluate(() =>
      navigator.serviceWorker.register('./sw.js').then(
        () => 'registered',
        (e: Error) => e.message,
      ),
    );
    expect(registering).toMatch(/denied permission to use Service Worker/);

    // The lab's server goes down: the same-site embed still opens, from the cache.
    await server.close();
    await page.goto(`http://127.0.0.1:${host.port}/`);
    await expect(widget).toHaveAttribute('data-ready', 'true');
    await expect(page.frameLocator('iframe').locator('[data-testid="lite-card"]').first()).toBeVisible();
  } finally {
    host.close();
  }
});
