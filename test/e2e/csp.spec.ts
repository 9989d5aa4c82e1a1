/**
 * The Content-Security-Policy (issue 12, item 9): no view breaks the built app's policy (the meta tag injected by
 * vite.config.ts). Every page is opened with a `securitypolicyviolation` listener from its first script on; any
 * violation of the enforced policy fails the test. The same pages also get a report-only header with the strict
 * style policy (`style-src 'self'`, no 'unsafe-inline' at all): what that would block is printed, and it must be
 * style attributes only (Svelte Flow's MiniMap wrapper, see README, hosting), never a `<style>` element, which the
 * shipped policy refuses.
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

for (const [name, url, ready] of VIEWS) {
  test(`${name}: no violation of the enforced policy`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(url);
    await expect(page.locator(ready).first()).toBeVisible({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    const all = await reports(page);
    const strict = all.filter((r) => r.disposition === 'report');
    console.log(`[csp] ${name}: ${strict.length} report(s) under "${STRICT_STYLES}": ${JSON.stringify(strict)}`);
    expect(all.filter((r) => r.disposition === 'enforce')).toEqual([]);
    // the shipped policy allows style attributes only: no view needs an inline <style> element
    expect(strict.filter((r) => r.directive !== 'style-src-attr')).toEqual([]);
  });
}
