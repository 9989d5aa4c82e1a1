import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

/**
 * The dashboard and the compare view: screenshots at projector and desktop sizes (to /tmp/dashboard-shots, for a
 * human look), the worst attack lit in the graph, axe, and the main thread kept free while a long log is replayed
 * (the replay runs in a worker; long tasks are recorded with PerformanceObserver 'longtask').
 */
const SHOTS = process.env.DASHBOARD_SHOTS ?? '/tmp/dashboard-shots';
mkdirSync(SHOTS, { recursive: true });

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

async function open(page: Page, query = 'scenario=three-avs-pooled.json') {
  // a fresh load: a hash change alone does not switch the scenario
  await page.goto('about:blank');
  await page.goto(`/?theme=light#/sandbox?${query}`);
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  const tag = `${size.width}x${size.height}`;
  test(`dashboard and compare at ${tag}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    for (const file of ['three-avs-pooled.json', 'lrt-slashed-operator.json', 'real-network-2024-10.json']) {
      await open(page, `scenario=${file}`);
      const name = file.replace(/\.json$/, '');
      await page.getByRole('tab', { name: 'Dashboard' }).click();
      const verdict = page.getByTestId('security-verdict').locator('[data-verdict]');
      await expect(verdict).toBeVisible({ timeout: 20_000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SHOTS}/dashboard-${name}-${tag}.png` });
      await page.getByRole('tab', { name: 'Compare models' }).click();
      await expect(page.getByTestId('compare-differences')).toBeVisible({ timeout: 20_000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SHOTS}/compare-${name}-${tag}.png` });
    }
    expect(errors).toEqual([]);
  });
}
