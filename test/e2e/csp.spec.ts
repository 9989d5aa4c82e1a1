/**
 * The Content-Security-Policy (issue 12, item 9): no view breaks the built app's policy (the meta tag injected by
 * vite.config.ts). Every page is opened with a `securitypolicyviolation` listener from its first script on; any
 * violation of the enforced policy fails the test. The same pages also get a report-only header with the strict
 * style policy (`style-src 'self'`, no 'unsafe-inline' at all): what that would block is printed, and it must be
 * style attributes only (Svelte Flow's MiniMap wrapper, see README, hosting), never a `<style>` element, which the
 * shipped policy refuses.
 * Views reached by the learner's actions (issue 15: the dashboard, the inspector, the export menu's PNG and SVG, a
 * played cascade, in the sandbox and in the embed's replay) are opened the same way, then driven, then checked.
 */
import { test, expect, type Page } from '@playwright/test';

const STRICT_STYLES = "style-src 'self'";

interface Report {
  disposition: string;
  directive: string;
  blocked: string;
  sample: string;
}

test.beforeEach(async ({ page }) => {
  await page.route(/\.html(\?|$)|\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy-report-only': STRICT_STYLES },
    });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: Report[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push({
        disposition: e.disposition,
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
      }),
    );
  });
});

const reports = (page: Page) => page.evaluate(() => (window as unknown as { __csp: Report[] }).__csp);

const VIEWS: [string, string, string][] = [
  ['home', '/#/', 'main'],
  ['sandbox (starter)', '/#/sandbox', '.sandbox[data-ready=true] .svelte-flow__node'],
  [
    'sandbox (real network, with the overview map)',
    '/#/sandbox?scenario=real-network-2024-10.json',
    '.svelte-flow__minimap',
  ],
  ['presenter', '/?present#/sandbox?scenario=lrt-slashed-operator.json', '.svelte-flow__node'],
  ['lessons', '/#/lessons', 'main'],
  [
    'embed (sandbox widget)',
    '/embed.html?widget=sandbox&scenario=solo-staker-slashed',
    '[data-testid=embed-widget][data-ready=true]',
  ],
  ['embed (cascade)', '/embed.html?widget=cascade&scenario=solo-staker-slashed', '[data-testid=embed-widget]'],
];

/** The enforced policy was never violated; under the strict style policy, style attributes only. */
async function expectClean(page: Page, name: string) {
  const all = await reports(page);
  const strict = all.filter((r) => r.disposition === 'report');
  console.log(`[csp] ${name}: ${strict.length} report(s) under "${STRICT_STYLES}": ${JSON.stringify(strict)}`);
  expect(all.filter((r) => r.disposition === 'enforce')).toEqual([]);
  // the shipped policy allows style attributes only: no view needs an inline <style> element
  expect(strict.filter((r) => r.directive !== 'style-src-attr')).toEqual([]);
}

for (const [name, url, ready] of VIEWS) {
  test(`${name}: no violation of the enforced policy`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(url);
    await expect(page.locator(ready).first()).toBeVisible({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    await expectClean(page, name);
  });
}

/** A prepared scenario in the sandbox, at the end of its story (as the dashboard and inspector specs open it). */
async function sandboxAtEnd(page: Page, file: string) {
  await page.goto(`/#/sandbox?scenario=${file}`);
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible({ timeout: 60_000 });
  const skip = page.getByTestId('story-skip');
  if ((await skip.isVisible()) && (await skip.isEnabled())) await skip.click();
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
}

const ACTED: [string, (page: Page) => Promise<void>][] = [
  [
    'dashboard (its charts and the attack highlight)',
    async (page) => {
      await sandboxAtEnd(page, 'three-avs-pooled.json');
      await page.getByRole('tab', { name: 'Dashboard' }).click();
      await expect(page.getByRole('tabpanel', { name: 'Dashboard' }).locator('svg').first()).toBeVisible();
      const light = page.getByRole('button', { name: 'Highlight this attack in the graph' });
      if (await light.isVisible()) await light.click();
      await page.getByRole('tab', { name: 'Compare models' }).click();
      await expect(page.getByRole('tabpanel', { name: 'Compare models' })).toBeVisible();
    },
  ],
  [
    'inspector (an operator, with its lifecycle chart)',
    async (page) => {
      await sandboxAtEnd(page, 'three-avs-pooled.json');
      await page.locator('.svelte-flow__node[data-id^="operator:"]').first().click();
      await expect(page.locator('.inspector figure.statechart svg[role=img]')).toBeVisible({ timeout: 30_000 });
    },
  ],
  [
    'export menu (the graph saved as PNG and as SVG)',
    async (page) => {
      await sandboxAtEnd(page, 'solo-staker-slashed.json');
      for (const format of ['png', 'svg']) {
        await page.getByTestId('export-menu-button').click();
        const download = page.waitForEvent('download');
        await page.getByTestId(`export-${format}`).click();
        expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
      }
    },
  ],
  [
    'a played cascade in the sandbox (the story played, then stepped)',
    async (page) => {
      await page.goto('/#/sandbox?scenario=lrt-slashed-operator.json');
      await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible({ timeout: 60_000 });
      await page.getByTestId('story-play').click();
      const progress = page.getByTestId('cascade-progress');
      await expect(progress).toBeVisible({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Pause cascade' }).click();
      const next = page.getByRole('button', { name: 'Next step' });
      while (await next.isEnabled()) await next.click();
      await expect(progress).toHaveText(/^Step (\d+) of \1$/);
    },
  ],
  [
    'a played cascade in the embed (autoplay to its end)',
    async (page) => {
      await page.goto('/embed.html?widget=cascade&scenario=lrt-slashed-operator&autoplay=true');
      await expect(page.getByTestId('embed-widget')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
      await expect(page.getByRole('button', { name: 'Pause cascade' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Pause cascade' })).toHaveCount(0, { timeout: 60_000 });
      await expect(page.getByTestId('cascade-progress')).toHaveText(/^Step (\d+) of \1$/);
    },
  ],
];

for (const [name, act] of ACTED) {
  test(`${name}: no violation of the enforced policy`, async ({ page }) => {
    test.setTimeout(120_000);
    await act(page);
    await page.waitForTimeout(1000);
    await expectClean(page, name);
  });
}
