import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors } from './support/pageErrors';

/**
 * Issue 13 item 6: the security model is a real switch. On the three-AVS network (unique stake), switching to
 * pooled re-runs the same event: the price oracle's card goes from 135 ETH to 450 ETH (0.3 x 600 minus half of
 * Op1's 90 = 135; pooled, 600 minus half of Op1's 300 = 450), one line says what changed, and its action switches
 * back with nothing lost. Shared vaults do not apply there (no vaults), and the switch and compare say so, with
 * names. No switch where there is no restaking (Cosmos).
 */
async function open(page: Page, file: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('about:blank');
  await page.goto(`/?theme=light#/sandbox?scenario=${file}`);
  // (the machine running the suite is shared: a first load can take longer than the default 5 s)
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible({ timeout: 30_000 });
  const skip = page.getByTestId('story-skip');
  await expect(skip).toBeVisible({ timeout: 30_000 });
  if (await skip.isEnabled()) await skip.click();
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
}

const card = (page: Page, id: string) => page.locator(`.svelte-flow__node[data-id="${id}"]`);

test('three AVSs: unique -> pooled re-runs the same event, says what changed, and switches back', async ({
  page,
}, info) => {
  const errors = watchErrors(page);
  await open(page, 'three-avs-unique.json');
  const oracle = card(page, 'avs:oracle');
  await expect(oracle).toContainText('135 ETH');
  await expect(page.getByTestId('security-model')).toHaveText('Unique stake');
  const count = page.locator('.history .count');
  const before = await count.innerText();

  await page.getByTestId('model-switch').click();
  const menu = page.locator('#model-menu');
  await expect(menu.locator('[data-model="sharedVault"]')).toContainText(
    'Does not apply here: Three AVSs on shared operators (unique stake) has no vaults',
  );
  await page.screenshot({ path: info.outputPath('menu.png') });
  const axe = await new AxeBuilder({ page }).include('.toolbar').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  // A model that does not apply (aria-disabled, still focusable) changes nothing: it says why.
  await menu.locator('[data-model="sharedVault"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('notice')).toContainText('has no vaults');
  await expect(page.getByTestId('security-model')).toHaveText('Unique stake');

  await page.getByTestId('model-switch').click();
  await menu.locator('[data-model="pooled"]').click();
  await expect(page.getByTestId('security-model')).toHaveText('Pooled');
  await expect(oracle).toContainText('450 ETH');
  await expect(card(page, 'avs:da')).toContainText('450 ETH');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Under pooled stake, each of the 3 services Op2 serves can slash all 200 ETH');
  await expect(notice).toContainText('2 services are no longer worth attacking one at a time (DA layer, Bridge)');
  await expect(count).toHaveText(before);
  await page.screenshot({ path: info.outputPath('pooled.png') });

  await page.getByTestId('notice-action').click();
  await expect(page.getByTestId('security-model')).toHaveText('Unique stake');
  await expect(oracle).toContainText('135 ETH');
  await expect(page.getByTestId('notice')).toContainText('can now be attacked for profit (DA layer, Bridge)');
  await expect(count).toHaveText(before);
  expect(errors).toEqual([]);
});

test('compare: shared vaults do not apply to the three-AVS network (said, with its name); pooled uses names', async ({
  page,
}, info) => {
  const errors = watchErrors(page);
  await open(page, 'three-avs-unique.json');
  await page.getByRole('tab', { name: 'Compare models' }).click();
  const pick = page.getByRole('combobox', { name: 'Compare with' });
  await pick.selectOption('sharedVault');
  await expect(page.getByTestId('compare-na')).toHaveText(
    'Three AVSs on shared operators (unique stake) has no vaults, so under shared vaults no service would see any stake.',
  );
  await expect(page.getByTestId('compare-side-1')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('compare-na.png') });
  await pick.selectOption('pooled');
  await expect(page.getByTestId('compare-differences')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  const side = page.getByTestId('compare-side-1');
  await expect(side).toContainText('Alice');
  await expect(side).not.toContainText('alice');
  await expect(page.getByTestId('compare-differences')).toContainText(
    'Price oracle can slash 135 ETH under unique stake',
  );
  await page.screenshot({ path: info.outputPath('compare-pooled.png') });
  const axe = await new AxeBuilder({ page }).include('.drawer').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the shared-vault scenario: only shared vaults apply; no switch without restaking (Cosmos)', async ({
  page,
}, info) => {
  const errors = watchErrors(page);
  await open(page, 'shared-vault-networks.json');
  await expect(page.getByTestId('security-model')).toHaveText('Shared vault');
  // At the end of its story, the oracle sees 500 ETH of the shared vault (limit 600, 500 left).
  await expect(card(page, 'avs:oracle')).toContainText('500 ETH');
  await page.getByTestId('model-switch').click();
  await expect(page.locator('#model-menu [data-model="pooled"]')).toContainText(
    'secures its services through vaults only',
  );
  await page.screenshot({ path: info.outputPath('shared-vault.png') });
  const axe = await new AxeBuilder({ page }).include('.sandbox').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('model-switch')).toBeFocused();

  await open(page, 'cosmos-double-sign.json');
  await expect(page.getByTestId('model-switch')).toHaveCount(0);
  expect(errors).toEqual([]);
});
