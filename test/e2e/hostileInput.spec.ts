import { test, expect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { watchErrors } from './support/pageErrors';

/**
 * Hostile input in Chromium (issue 12, item 8, the browser half), table-driven: damaged and oversized links, a
 * zip bomb, HTML and script in every text field through a link, an import and the autosave, bad URL parameters.
 * Each case checks the message shown AND that the previous state (the graph's scenario and the autosave) is
 * intact. And the page's Content-Security-Policy (item 9): no 'unsafe-inline' anywhere, no violation on any route.
 */
const KEY = 'restaking-lab:sandbox:v1';
const scenarioFile = (patch: Record<string, unknown> = {}) => {
  const s = JSON.parse(readFileSync('public/scenarios/three-avs-unique.json', 'utf8'));
  return { ...s, events: [], ...patch };
};
const share = (bytes: Buffer) => `v2.${gzipSync(bytes).toString('base64url')}`;
const shareOf = (data: unknown) => share(Buffer.from(JSON.stringify(data)));
const GOOD = shareOf(scenarioFile({ name: 'Good link' }));

async function withWork(page: Page) {
  await page.goto('/#/sandbox');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: /^Advance one / }).click();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toContain('"events":[{');
  return {
    name: await page.getByTestId('scenario-name').textContent(),
    saved: await page.evaluate((k) => localStorage.getItem(k), KEY),
  };
}

async function expectIntact(page: Page, before: { name: string | null; saved: string | null }) {
  await expect(page.getByTestId('scenario-name')).toHaveText(before.name!);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before.saved);
}

const LINKS: [string, string, RegExp][] = [
  ['truncated', GOOD.slice(0, Math.floor(GOOD.length / 2)), /damaged|cut off/],
  ['bit-flipped', `${GOOD.slice(0, 200)}${GOOD[200] === 'A' ? 'B' : 'A'}${GOOD.slice(201)}`, /damaged|not valid/],
  ['oversized', `v2.${'A'.repeat(40_000)}`, /more than the limit of 32,000/],
  ['a zip bomb (12 MB of spaces)', share(Buffer.alloc(12_000_000, 0x20)), /expands to more than 4,000,000 bytes/],
  ['not base64url', 'v2.@@@@', /characters that cannot appear/],
  ['no version marker', 'H4sIAAAA', /version marker/],
  ['a scenario the schema refuses', shareOf({ format: 'restaking-lab/scenario', version: 9 }), /\$\.version/],
];

for (const [name, payload, why] of LINKS) {
  test(`a ${name} link is refused with its reason; the work and the autosave are intact`, async ({ page }) => {
    const errors = watchErrors(page, /Content Security Policy/i);
    const before = await withWork(page);
    await page.goto(`/#/sandbox?s=${payload}`);
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('The link could not be opened');
    await expect(notice).toContainText(why);
    await expect(notice).toContainText('Your current work is unchanged');
    await expectIntact(page, before);
    await expect.poll(() => new URL(page.url()).hash).toBe('#/sandbox');
    // A reload does not meet the link again.
    await page.reload();
    await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
    await expectIntact(page, before);
    expect(errors).toEqual([]);
  });
}

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const hostileScenario = () =>
  scenarioFile({
    name: `Evil ${HOSTILE}`,
    description: HOSTILE,
    attribution: HOSTILE,
    holders: [...scenarioFile().holders, { id: 'mallory', name: HOSTILE, balances: { ETH: '1' } }],
  });

const ROUTES: [string, (page: Page) => Promise<void>][] = [
  [
    'a link',
    async (page) => {
      await page.goto(`/#/sandbox?s=${shareOf(hostileScenario())}`);
    },
  ],
  [
    'an import',
    async (page) =>
      page.getByTestId('import-input').setInputFiles({
        name: 'evil.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(hostileScenario())),
      }),
  ],
  [
    'the autosave',
    async (page) => {
      await page.evaluate(
        ([k, s]) => localStorage.setItem(k, JSON.stringify({ format: 1, savedAt: 'x', scenario: s })),
        [KEY, hostileScenario()] as const,
      );
      await page.reload();
    },
  ],
];

for (const [name, open] of ROUTES) {
  test(`HTML and script in every text field, through ${name}, are shown as text and never run`, async ({ page }) => {
    const errors = watchErrors(page, /Content Security Policy/i);
    await withWork(page);
    await open(page);
    await expect(page.getByTestId('scenario-name')).toHaveText(`Evil ${HOSTILE}`);
    await expect(page.locator('.svelte-flow__node[data-id="holder:mallory"]')).toContainText('<img');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.sandbox img[src=x], .sandbox script').count()).toBe(0);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
}

const PARAMS: [string, string, RegExp][] = [
  ['an unknown theme', '/?theme=neon#/sandbox', /"theme" was ignored: must be light, dark or projector/],
  ['fuzz seconds that are not a number', '/?fuzz=abc#/sandbox', /"fuzz" was ignored: must be a whole number/],
  ['a seed with markup', '/?seed=%3Cscript%3E#/sandbox', /"seed" was ignored/],
  [
    'a present flag with a bad value',
    '/?present=maybe#/sandbox',
    /"present" was ignored: must be empty, true or false/,
  ],
];

for (const [name, url, message] of PARAMS) {
  test(`a bad URL parameter (${name}) is named and ignored; the work is intact`, async ({ page }) => {
    const before = await withWork(page);
    await page.goto(url);
    await expect(page.locator('.problems')).toContainText(message);
    await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
    await expectIntact(page, before);
  });
}

const FILES: [string, string, RegExp][] = [
  ['a path out of the library', '../../etc/passwd', /was not loaded/],
  ['a missing prepared scenario', 'no-such-scenario.json', /was not loaded/],
];

for (const [name, file, message] of FILES) {
  test(`?scenario= with ${name} is refused; the work and the autosave are intact`, async ({ page }) => {
    const before = await withWork(page);
    await page.goto(`/#/sandbox?scenario=${encodeURIComponent(file)}`);
    await expect(page.getByTestId('notice')).toContainText(message);
    await expectIntact(page, before);
    await expect.poll(() => new URL(page.url()).hash).toBe('#/sandbox');
  });
}

test('the Content-Security-Policy allows no inline script or eval, and no route breaks it', async ({ page }) => {
  const errors = watchErrors(page, /Content Security Policy/i);
  await page.goto('/#/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  // Style attributes keep 'unsafe-inline' (vite.config.ts: Svelte Flow's MiniMap wrapper); style elements and
  // scripts do not.
  expect(csp).toMatch(/style-src 'self';/);
  expect(csp).toContain("style-src-attr 'unsafe-inline'");
  expect(csp).not.toMatch(/style-src(-elem)? [^;]*unsafe-inline/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).not.toContain('unsafe-eval');
  await expect(page.locator('main')).not.toBeEmpty();
  await page.goto('/#/sandbox?scenario=three-avs-unique.json');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await page.locator('.svelte-flow__node').first().click();
  await page.goto('/#/lessons');
  await expect(page.locator('main')).not.toBeEmpty();
  await page.goto('/#/sandbox');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  // An inline script in markup is refused: the probe's handler never runs.
  const ran = await page.evaluate(() => {
    const d = document.createElement('div');
    d.innerHTML = '<img id="probe" src="data:," onerror="window.__probeRan = true">';
    document.body.append(d);
    return new Promise<boolean>((resolve) =>
      setTimeout(() => resolve((window as unknown as { __probeRan?: boolean }).__probeRan === true), 300),
    );
  });
  expect(ran).toBe(false);
  expect(errors.filter((e) => !e.includes('Executing inline event handler violates'))).toEqual([]);
});
