import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors } from './support/pageErrors';

/**
 * Lessons 6 (cascading slashing) and 7 (choosing an operator) end to end, every goal done by hand with the mouse
 * (a drop with the amount picker, a fault from the inspector, the clock), never with "Show me"; every goal is
 * first shown rejecting a wrong action with its feedback, and the lesson view passes axe in every theme.
 */
const SHOTS = '/tmp/lessons67-shots';

/** Drags a holder's stake chip onto a card, then confirms an amount in the picker. */
async function drop(page: Page, holder: string, target: string, amount: string) {
  const chip = page.locator(`[data-chip="${holder}"]`);
  const node = page.locator(`.svelte-flow__node[data-id="${target}"]`);
  const from = (await chip.boundingBox())!;
  const to = (await node.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  const dialog = page.getByTestId('amount-picker');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('spinbutton').fill(amount);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
}

/** Selects an operator's card and triggers "AVS misbehaviour" at one service from the inspector's fault menu. */
async function misbehaviour(page: Page, operator: string, service: string) {
  await page.locator(`.svelte-flow__node[data-id="operator:${operator}"] .name`).click();
  await page.locator('button[data-fault="avs-misbehaviour"]', { hasText: service }).click();
}

/** The clock above the graph: one step of the chosen unit. */
async function advance(page: Page, unit: 'day' | 'week') {
  await page.locator('#speed').selectOption(unit);
  await page.getByRole('button', { name: `Advance one ${unit}` }).click();
}

async function answer(page: Page, choice: string) {
  await page.locator(`input[name=predict][data-choice="${choice}"]`).check();
  await page.getByTestId('answer').click();
  await expect(page.getByTestId('answer-feedback')).toBeVisible();
}

async function expectStep(page: Page, id: string) {
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-step', id);
}

async function expectRevealed(page: Page) {
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-phase', 'reveal');
  await expect(page.getByTestId('reveal')).toBeVisible();
}

/** A wrong action: the feedback says "Not yet" with a failing check, a hint is offered; then the step is reset. */
async function rejected(page: Page, name?: string) {
  await expect(page.getByTestId('feedback')).toContainText('Not yet');
  await expect(page.getByTestId('feedback').locator('li[data-check=fail]').first()).toBeVisible();
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-phase', 'act');
  if (name) await page.screenshot({ path: `${SHOTS}/${name}.png` });
  await page.getByTestId('hint').click();
  await expect(page.locator('ol.hints li').first()).toBeVisible();
  await page.getByTestId('reset').click();
}

/** The key step as a learner sees it: the graph's counters settled, the reveal in view. */
async function shot(page: Page, name: string) {
  await page.getByTestId('reveal').scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Opens a lesson (the machine is busy with 8 agents on 2 cores: loading may take a while). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('lesson')).toBeVisible({ timeout: 30_000 });
}

async function next(page: Page) {
  await page.getByTestId('next').click();
}

test('lesson cascading-slashing: every goal by hand with the mouse', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/#/lesson/cascading-slashing');
  await expectStep(page, 'one-fault-under-unique-stake');
  // The engine's outcome under unique stake: the bridge keeps what it sees.
  await answer(page, 'less');
  await expect(page.getByTestId('answer-feedback')).toContainText('No: the bridge sees the same stake');
  // The bridge's slash of Op1 is not the oracle's.
  await misbehaviour(page, 'op1', 'Bridge');
  await rejected(page, 'l6-1-wrong');
  await misbehaviour(page, 'op1', 'Price oracle');
  await expectRevealed(page);
  await expect(page.getByTestId('reveal')).toContainText('The bridge still sees 90 ETH');
  await shot(page, 'l6-1-unique');
  await next(page);

  await expectStep(page, 'the-same-fault-under-pooled-stake');
  await answer(page, 'unsafe');
  // the bridge's slash of Op1 is not the oracle's
  await misbehaviour(page, 'op1', 'Bridge');
  await rejected(page, 'l6-2-wrong');
  await misbehaviour(page, 'op1', 'Price oracle');
  await expectRevealed(page);
  await expect(page.getByTestId('reveal')).toContainText('the bridge now sees only 150 ETH');
  await shot(page, 'l6-2-pooled');
  await next(page);

  await expectStep(page, 'a-shared-vault');
  await answer(page, 'less');
  await misbehaviour(page, 'op1', 'Bridge');
  await rejected(page, 'l6-3-wrong');
  await misbehaviour(page, 'op1', 'Price oracle');
  await expectRevealed(page);
  await shot(page, 'l6-3-vault');
  await next(page);

  await expectStep(page, 'stop-the-cascade');
  // Dave's ETH with Op1 burns with it: the network is still open to attack after the slash.
  await drop(page, 'dave', 'operator:op1', '60');
  await misbehaviour(page, 'op1', 'Price oracle');
  await rejected(page, 'l6-4-wrong');
  await drop(page, 'dave', 'operator:op2', '60');
  await misbehaviour(page, 'op1', 'Price oracle');
  await expectRevealed(page);
  await shot(page, 'l6-4-challenge');
  await next(page);
  await expect(page.getByTestId('continue-sandbox')).toBeVisible();
  expect(errors).toEqual([]);
});

test('lesson choosing-an-operator: every goal by hand with the mouse', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/#/lesson/choosing-an-operator');
  await expectStep(page, 'compare-the-operators');
  await answer(page, 'bold');
  await expectRevealed(page);
  await shot(page, 'l7-1-compare');
  await next(page);

  await expectStep(page, 'all-in-with-bold');
  await answer(page, 'half');
  // Half of Alice's ETH is not all in.
  await drop(page, 'alice', 'operator:bold', '50');
  await rejected(page, 'l7-2-wrong');
  await drop(page, 'alice', 'operator:bold', '100');
  await expectRevealed(page);
  await expect(page.getByTestId('reveal')).toContainText('one slash by one service could take 50 ETH');
  await shot(page, 'l7-2-all-in');
  await next(page);

  await expectStep(page, 'earn-for-a-week');
  await answer(page, 'alice');
  // One day is not a week.
  await advance(page, 'day');
  await rejected(page);
  await advance(page, 'week');
  await expectRevealed(page);
  await next(page);

  await expectStep(page, 'the-bridge-slashes-bold');
  // The oracle's slash of Bold is not the bridge's.
  await misbehaviour(page, 'bold', 'Price oracle');
  await rejected(page);
  await misbehaviour(page, 'bold', 'Bridge');
  await expectRevealed(page);
  await shot(page, 'l7-4-slash');
  await next(page);

  await expectStep(page, 'a-risk-budget');
  // All in with Bold: one fault could take 50 ETH, over the 10 ETH budget.
  await drop(page, 'alice', 'operator:bold', '100');
  await rejected(page, 'l7-5-wrong');
  await drop(page, 'alice', 'operator:balanced', '50');
  await expectRevealed(page);
  await expect(page.getByTestId('reveal')).toContainText('her worst single fault is now 10 ETH');
  await shot(page, 'l7-5-challenge');
  await next(page);
  await expect(page.getByTestId('continue-sandbox')).toBeVisible();
  expect(errors).toEqual([]);
});

for (const id of ['cascading-slashing', 'choosing-an-operator']) {
  for (const theme of ['light', 'dark', 'projector'] as const) {
    test(`lesson ${id} has zero axe violations (${theme})`, async ({ page }) => {
      await open(page, `/?theme=${theme}#/lesson/${id}`);
      await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual(
        [],
      );
    });
  }
}
