import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors } from './support/pageErrors';

/** Collects console errors and page errors so every test can assert there were none. */

const ROUTES = [
  { hash: '#/', heading: /Learn staking and restaking/ },
  { hash: '#/lessons', heading: /Lessons/ },
  { hash: '#/sandbox', heading: null },
  { hash: '#/nowhere', heading: /Page not found/ },
];

for (const theme of ['light', 'dark', 'projector'] as const) {
  for (const route of ROUTES) {
    test(`${route.hash} renders with zero axe violations (${theme})`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/?theme=${theme}${route.hash}`);
      if (route.heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
      else await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
      expect(summary).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

test('home lists prepared scenarios and opens the sandbox', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Prepared scenarios' })).toBeVisible();
  await page.getByRole('link', { name: 'Open the sandbox' }).first().click();
  await expect(page).toHaveURL(/#\/sandbox/);
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('an invalid theme parameter is reported and defaulted', async ({ page }) => {
  await page.goto('/?theme=purple#/');
  await expect(page.getByText('The link parameter "theme" was ignored')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'purple');
});
