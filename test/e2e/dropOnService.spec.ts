import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Issue 13 items 1 and 5: stake dropped on a service through an operator, by keyboard alone; dimmed places. */
test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/sandbox');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
});

test('keyboard: Alt+Shift+S reaches a chip; Carol carried to the price oracle through Orion; keys in view', async ({
  page,
}, info) => {
  await page.keyboard.press('Alt+Shift+S');
  await expect(page.locator('[data-chip]').first()).toBeFocused();
  const carol = page.locator('[data-chip="carol"]');
  await carol.focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('drag-keys')).toContainText('Enter: drop');
  // Places Carol cannot use are dimmed (other holders).
  await expect(page.locator('.node.dimmed').first()).toBeVisible();
  let guard = 0;
  while (!(await page.getByTestId('drag-keys').innerText()).includes('Price oracle') && guard++ < 20)
    await page.keyboard.press('ArrowRight');
  await page.screenshot({ path: info.outputPath('carrying.png') });
  const axe = await new AxeBuilder({ page }).include('.sandbox').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Enter');
  const picker = page.getByTestId('amount-picker');
  await expect(picker.getByTestId('drop-via')).toContainText('Orion Nodes');
  await expect(picker.getByTestId('drop-steps')).toContainText('Delegate the new shares to Orion Nodes');
  await page.screenshot({ path: info.outputPath('picker.png') });
  await picker
    .getByRole('button', { name: /confirm|put|stake/i })
    .last()
    .click();
  await expect(page.getByTestId('announcer')).toContainText('through Orion Nodes');
});
