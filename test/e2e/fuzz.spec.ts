import { test, expect } from '@playwright/test';

/** PhET-style fuzzing: ?fuzz=60 drives random pointer and keyboard input for 60 s; no error, invariants hold. */
test('fuzz the sandbox for 60 seconds', async ({ page }) => {
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto('/?fuzz=60&seed=e2e#/sandbox?scenario=lrt-slashed-operator.json');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await page.waitForFunction(() => window.__fuzzResult?.done === true, undefined, { timeout: 120_000, polling: 1000 });
  const result = await page.evaluate(() => window.__fuzzResult!);
  expect(result.errors).toEqual([]);
  expect(result.actions).toBeGreaterThan(500);
  expect(errors).toEqual([]);
});
