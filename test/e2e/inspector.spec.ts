import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors } from './support/pageErrors';

/**
 * The inspector, the dashboard and the compare view in Chromium: select an operator, read its numbers and its
 * lifecycle chart, open the dashboard (verdict from the worker) and the compare view; axe finds no violations.
 * Screenshots of each at 1280x720 and 1920x1080 go to screenshots/ (git-ignored) for a human look.
 */

async function open(page: Page, file = 'three-avs-pooled.json') {
  await page.goto(`/#/sandbox?scenario=${file}`);
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  // A prepared scenario opens at its start (issue 13); these checks read the world at the end of its story.
  const skip = page.getByTestId('story-skip');
  if ((await skip.isVisible()) && (await skip.isEnabled())) await skip.click();
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`inspector, dashboard and compare at ${size.width}x${size.height}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    await open(page);
    const node = page.locator('.svelte-flow__node[data-id^="operator:"]').first();
    await expect(node).toBeVisible();
    await node.click();
    const inspector = page.locator('.inspector');
    await expect(inspector.getByTestId('inspector-inspector.section.stake')).toContainText('Delegated');
    await expect(inspector.getByTestId('inspector-inspector.section.sets')).toContainText('Slashable');
    await expect(inspector.locator('figure.statechart svg[role=img]')).toHaveAttribute(
      'aria-label',
      /allocation change/,
    );
    await page.screenshot({ path: `screenshots/inspector-operator-${size.width}.png` });

    await page.locator('.svelte-flow__node[data-id^="avs:"]').first().click();
    const security = inspector.getByTestId('inspector-inspector.section.security');
    await expect(security).toContainText('Cost of corruption');
    // The security analysis's cost (the cheapest whole operators, Op1 150 + Op3 100), the same as the dashboard's;
    // stake × threshold (450 × 1/2) is the stake needed to attack, under its own name.
    await expect(security).toContainText(/Cost of corruption\s*250 ETH/);
    await expect(security).toContainText(/Stake needed to attack[^\n]*\s*225 ETH/);

    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Dashboard' })).toBeVisible();
    const verdict = page.getByTestId('security-verdict').locator('[data-verdict]');
    await expect(verdict).toBeVisible({ timeout: 15_000 });
    await expect(verdict).toHaveText(/Proven secure|Attack found|Not proven yet/);
    await expect(page.getByTestId('yield-table')).toBeVisible();
    await page.screenshot({ path: `screenshots/dashboard-${size.width}.png` });
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.getByRole('tab', { name: 'Compare models' }).click();
    await expect(page.getByTestId('compare-differences')).toBeVisible();
    await page.screenshot({ path: `screenshots/compare-${size.width}.png` });
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('a validator shows its balance and its lifecycle with the current state lit', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, 'solo-staker-slashed.json');
  const node = page.locator('.svelte-flow__node[data-id^="validator:"]').first();
  await node.click();
  const inspector = page.locator('.inspector');
  await expect(inspector.getByTestId('inspector-inspector.section.validator')).toContainText('Effective balance');
  await expect(inspector.locator('g.state[data-current=true]')).toHaveCount(1);
  await expect(inspector.locator('figure.chart svg[role=img]')).toHaveAttribute('aria-label', /Validator balance/);
  // Every row's value is on the panel (issue 13: "no table cut off"): the lifecycle chart below once widened the
  // panel's column to 1,170 px and the table with it, its values beyond the panel's right edge.
  const panel = (await inspector.boundingBox())!;
  const table = inspector.getByTestId('inspector-inspector.section.validator');
  const values = table.locator('td');
  expect(await values.count()).toBeGreaterThan(5);
  for (const box of await values.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON())))
    expect(box.right).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
  await page.screenshot({ path: 'screenshots/inspector-validator-1280.png' });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("a holder's card and the inspector show the same value (issue 11: the card said 41.94, the inspector 74.02)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, 'solo-staker-slashed.json');
  const alice = page.locator('.svelte-flow__node[data-id="holder:alice"]');
  await expect(alice).toContainText('74.02');
  await alice.click();
  const total = page.locator('.inspector').getByTestId('inspector-inspector.section.total');
  await expect(total).toContainText('74.022376883 ETH');
  await expect(total).toContainText('32.084320985 ETH'); // the validator still running, part of the total
});

test("scrolled, the inspector keeps its rows clear of the side panel's hide button (1920x1080)", async ({ page }) => {
  // At 1920x1080 the side panel stacks the inspector over the narration and its hide button floats in the top
  // right corner; scrolled rows once slid under it, so the last column's values were covered.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await open(page, 'solo-staker-slashed.json');
  await page.locator('.svelte-flow__node[data-id^="validator:"]').first().click();
  const inspector = page.locator('.inspector');
  await expect(inspector.getByTestId('inspector-inspector.section.validator')).toContainText('Effective balance');
  const toggle = (await page.getByTestId('side-toggle').boundingBox())!;
  for (const fraction of [0.15, 0.3, 0.5]) {
    await inspector.evaluate((el, f) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * f), fraction);
    // The cells that show under the button: at a point both share, the topmost layer beneath the button is the cell
    // (with the fix it is the inspector's heading, which stays on top while the rows scroll under it).
    const covered = await inspector.locator('td, th').evaluateAll((cells, t) => {
      const button = document.querySelector('[data-testid="side-toggle"]')!;
      return cells
        .filter((c) => {
          const r = c.getBoundingClientRect();
          const left = Math.max(r.left, t.x);
          const right = Math.min(r.right, t.x + t.width);
          const top = Math.max(r.top, t.y);
          const bottom = Math.min(r.bottom, t.y + t.height);
          if (right <= left || bottom <= top) return false;
          const under = document
            .elementsFromPoint((left + right) / 2, (top + bottom) / 2)
            .find((e) => !e.contains(button) && !button.contains(e));
          return !!under && (under === c || c.contains(under));
        })
        .map((c) => c.textContent);
    }, toggle);
    expect(covered, `scrolled to ${fraction}`).toEqual([]);
  }
  await page.screenshot({ path: 'screenshots/inspector-scrolled-1920.png' });
});
