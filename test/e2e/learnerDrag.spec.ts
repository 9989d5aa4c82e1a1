import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors } from './support/pageErrors';

/**
 * Issue 13 items 1 and 5, as a learner does them: stake dragged onto a service with the MOUSE (pointer down, moved
 * in steps, released, like a hand), the operator chosen in the picker; and drag, fault and cascade by the KEYBOARD
 * alone (Tab, Enter, Space, arrows; no click), on the starter network and on the three-AVS restaking scenario.
 */
async function open(page: Page, query = '') {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('about:blank');
  await page.goto(`/?theme=light#/sandbox${query}`);
  // (the machine running the suite is shared: a first load can take longer than the default 5 s)
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible({ timeout: 30_000 });
}

const node = (page: Page, id: string) => page.locator(`.svelte-flow__node[data-id="${id}"]`);

/** Presses Tab (Shift+Tab when `back`) until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 120, back = false): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} not reached in ${max} Tab presses`);
}

/** Arrow keys while carrying until the carrying line names `target`. */
async function arrowTo(page: Page, target: string): Promise<void> {
  const keys = page.getByTestId('drag-keys');
  for (let i = 0; i < 40 && !(await keys.innerText()).includes(target); i++) await page.keyboard.press('ArrowRight');
  await expect(keys).toContainText(target);
}

test('mouse: Carol’s stake dragged onto the price oracle, Atlas Ops chosen, the protocol’s steps done', async ({
  page,
}, info) => {
  const errors = watchErrors(page);
  await open(page);
  const chip = page.locator('[data-chip="carol"]');
  const oracle = node(page, 'avs:oracle');
  const from = (await chip.boundingBox())!;
  const to = (await oracle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // Moved in steps like a hand: half way, places Carol cannot use are dimmed.
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
  await expect(page.locator('.node.dimmed').first()).toBeVisible();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await expect(oracle.locator('.node')).toHaveClass(/hover/);
  await page.screenshot({ path: info.outputPath('mouse-carrying.png') });
  await page.mouse.up();

  const picker = page.getByTestId('amount-picker');
  await expect(picker).toBeVisible();
  const via = picker.getByTestId('drop-via');
  await expect(via).toContainText('Orion Nodes');
  await expect(via).toContainText('Atlas Ops');
  // The operator choice, by mouse: Atlas Ops, registered with the oracle.
  await via.getByText('Atlas Ops', { exact: true }).click();
  await expect(picker.getByTestId('drop-steps')).toContainText('Delegate the new shares to Atlas Ops');
  await picker.getByRole('spinbutton').fill('10');
  await page.screenshot({ path: info.outputPath('mouse-picker.png') });
  await picker.getByRole('button', { name: 'Confirm' }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByTestId('announcer')).toContainText('through Atlas Ops');
  // The deposit and the delegation are in the log as the engine's own events.
  await expect(page.locator('.history .count')).toHaveText('2/2');
  expect(errors).toEqual([]);
});

test('keyboard alone on the starter: drag onto a service, a fault, its cascade', async ({ page }, info) => {
  const errors = watchErrors(page);
  await open(page);
  // The shortcut reaches the stake chips; Tab moves between them.
  await page.keyboard.press('Alt+Shift+S');
  await expect(page.locator('[data-chip]').first()).toBeFocused();
  await tabTo(page, '[data-chip="carol"]', 30);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('drag-keys')).toBeVisible();
  await arrowTo(page, 'Price oracle');
  await page.keyboard.press('Enter');
  const picker = page.getByTestId('amount-picker');
  await expect(picker).toBeVisible();
  // The first way (Orion Nodes, which allocates to the oracle), the suggested amount: Tab to Confirm, Enter.
  await tabTo(page, '[data-testid="amount-picker"] button[type="submit"]', 30);
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByTestId('announcer')).toContainText('through Orion Nodes');

  // A fault by keyboard: Tab to the Orion Nodes card, Enter opens its inspector with its faults.
  await tabTo(page, '.svelte-flow__node[data-id="operator:orion"]', 150, true);
  await page.keyboard.press('Enter');
  await expect(page.locator('section.inspector')).toContainText('Orion Nodes');
  await tabTo(page, 'button[data-fault="avs-misbehaviour"]', 60);
  await page.keyboard.press('Enter');
  const progress = page.getByTestId('cascade-progress');
  await expect(progress).toContainText('Step 1 of');
  // The cascade by keyboard: Tab to "show all steps", Enter.
  await tabTo(page, '[data-testid="cascade-all"]', 60);
  await page.keyboard.press('Enter');
  const text = await progress.innerText();
  const m = /Step (\d+) of (\d+)/.exec(text);
  expect(m && m[1] === m[2]).toBe(true);
  await page.screenshot({ path: info.outputPath('keyboard-starter.png') });
  const axe = await new AxeBuilder({ page }).include('.sandbox').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test('keyboard alone on the three-AVS network: Dave onto the bridge, a key compromise, the attackable services', async ({
  page,
}, info) => {
  const errors = watchErrors(page);
  await open(page, '?scenario=three-avs-unique.json');
  // The story opens at its start: Tab to "Skip to the end" and Enter, so Op1 is already slashed by the oracle.
  await tabTo(page, '[data-testid="story-skip"]', 40);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('story-skip')).toBeDisabled();
  await page.keyboard.press('Alt+Shift+S');
  await tabTo(page, '[data-chip="dave"]', 30);
  await page.keyboard.press('Space');
  await arrowTo(page, 'Bridge');
  await page.keyboard.press('Enter');
  const picker = page.getByTestId('amount-picker');
  await expect(picker.getByTestId('drop-via')).toBeVisible();
  await tabTo(page, '[data-testid="amount-picker"] button[type="submit"]', 30);
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByTestId('announcer')).toContainText('Dave put');

  await tabTo(page, '.svelte-flow__node[data-id="operator:op1"]', 150, true);
  await page.keyboard.press('Enter');
  await expect(page.locator('section.inspector')).toContainText('Op1');
  await tabTo(page, 'button[data-fault="key-compromise"]', 60);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cascade-progress')).toContainText('Step 1 of');
  await tabTo(page, '[data-testid="cascade-all"]', 60);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('attackable-summary')).toContainText('an attack pays on');
  await expect(node(page, 'avs:da').getByTestId('attackable-mark')).toHaveText('Attackable');
  await page.screenshot({ path: info.outputPath('keyboard-three-avs.png') });
  expect(errors).toEqual([]);
});

test('a lowered allocation is drawn pending on its edge with the day it lands, and narrated', async ({
  page,
}, info) => {
  const errors = watchErrors(page);
  await open(page);
  const handle = page.locator('[data-alloc="orion:da"]');
  await expect(handle).toHaveAttribute('aria-valuenow', '50');
  await handle.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  // DEALLOCATION_DELAY (ELIP-002): 100,800 blocks + 1 = 3,151 epochs at 32 blocks an epoch, day 14 at 225 a day.
  const note = page.getByTestId('alloc-pending');
  await expect(note).toHaveText('pending: 50% → 40% on day 14');
  await expect(handle).toHaveAttribute('aria-label', /pending: 50% → 40% on day 14/);
  await expect(page.getByTestId('narration')).toContainText(/lowers its allocation to DA layer.* to 40% at epoch 3151/);
  await note.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('pending-allocation.png') });
  expect(errors).toEqual([]);
});
