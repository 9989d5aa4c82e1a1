import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/**
 * The sandbox's core flows in Chromium: drag stake with the mouse and with the keyboard only, trigger a fault and
 * check the narration against the `simulate` CLI, share-link round trip, corrupted link refused with work intact.
 * The scenario is the prepared three-AVS network plus Dana, who holds 80 LST not yet restaked.
 */
function fixture(): Buffer {
  const scenario = JSON.parse(readFileSync('public/scenarios/three-avs-unique.json', 'utf8'));
  scenario.name = 'Three AVSs with Dana';
  scenario.events = [];
  scenario.holders.push({ id: 'dana', name: 'Dana', balances: { LST: '80' } });
  return Buffer.from(JSON.stringify(scenario));
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

async function openFixture(page: Page) {
  await page.goto('/#/sandbox');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await page.getByTestId('import-input').setInputFiles({ name: 'dana.json', mimeType: 'application/json', buffer: fixture() });
  await expect(page.getByTestId('scenario-name')).toHaveText('Three AVSs with Dana');
  await expect(page.locator('.svelte-flow__node[data-id="operator:op2"]')).toBeVisible();
}

const narration = (page: Page) => page.getByTestId('narration').locator('li .text');

test('drag stake with the mouse onto an operator and confirm an amount', async ({ page }) => {
  const errors = watchErrors(page);
  await openFixture(page);
  const chip = page.locator('[data-chip="dana"]');
  const target = page.locator('.svelte-flow__node[data-id="operator:op2"]');
  const from = (await chip.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await expect(target.locator('.node')).toHaveClass(/hover/);
  await page.mouse.up();
  const dialog = page.getByTestId('amount-picker');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('How much should Dana put into Op2?');
  await dialog.getByRole('spinbutton').fill('50');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('cascade-all').click().catch(() => {});
  await expect(narration(page).filter({ hasText: 'Dana restakes 50 LST' })).toHaveCount(1);
  await expect(narration(page).filter({ hasText: /Op2/ })).not.toHaveCount(0);
  await expect(page.getByTestId('announcer')).toContainText('Dana put 50 LST into Op2');
  // The edge from Dana to Op2 now carries her stake.
  await expect(page.locator('.svelte-flow__edge[data-id="holder:dana->operator:op2:ETH"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the same flow by keyboard only, announced for screen readers', async ({ page }) => {
  const errors = watchErrors(page);
  await openFixture(page);
  await page.locator('[data-chip="dana"]').focus();
  await page.keyboard.press('Space');
  const announcer = page.getByTestId('announcer');
  await expect(announcer).toContainText('Target 1 of');
  for (let i = 0; i < 12; i++) {
    if ((await announcer.textContent())?.includes('Op2')) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(announcer).toContainText('Op2');
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('amount-picker');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('20');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(announcer).toContainText('Dana put 20 LST into Op2');
  await expect(page.locator('[data-chip="dana"]')).toBeFocused();
  // Escape cancels a pick-up and says so.
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(announcer).toContainText('Cancelled');
  expect(errors).toEqual([]);
});

test('trigger a fault: the narration equals the simulate CLI trace, step by step', async ({ page }) => {
  const errors = watchErrors(page);
  await openFixture(page);
  await page.locator('.svelte-flow__node[data-id="operator:op1"] .name').click();
  const faultButton = page.locator('button[data-fault="avs-misbehaviour"]').filter({ hasText: /oracle/i });
  await expect(faultButton).toHaveCount(1);
  await faultButton.click();
  await expect(page.getByTestId('cascade-progress')).toContainText('Step 1 of');
  await page.getByTestId('cascade-all').click();
  const shown = (await narration(page).allTextContents()).map((s) => s.trim());

  // The same scenario and events through the CLI.
  const saved = await page.evaluate(() => localStorage.getItem('restaking-lab:sandbox:v1'));
  const dir = mkdtempSync(join(tmpdir(), 'rl-e2e-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(JSON.parse(saved!).scenario));
  const report = JSON.parse(execFileSync('node_modules/.bin/tsx', ['src/cli/simulate.ts', file], { encoding: 'utf8' }));
  const last = report.trace[report.trace.length - 1];
  const expected = last.steps.map((s: { text: string }) => s.text);
  expect(shown).toEqual(expected);
  expect(shown.some((s) => /slash/i.test(s))).toBe(true);
  expect(errors).toEqual([]);
});

test('share link round trip, and a corrupted link is refused with the work intact', async ({ page, browser }) => {
  const errors = watchErrors(page);
  await openFixture(page);
  await page.locator('.svelte-flow__node[data-id="operator:op1"] .name').click();
  await page.locator('button[data-fault="avs-misbehaviour"]').first().click();
  await page.getByTestId('cascade-all').click();
  await page.getByTestId('share').click();
  await expect(page.getByTestId('notice')).toContainText('Share link copied');
  const url = page.url();
  expect(url).toMatch(/#\/sandbox\?s=v1\./);
  const before = await narration(page).allTextContents();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.locator('.sandbox[data-ready=true]')).toBeVisible();
  await expect(other.getByTestId('scenario-name')).toHaveText('Three AVSs with Dana');
  expect(await other.getByTestId('narration').locator('li .text').allTextContents()).toEqual(before);
  await fresh.close();

  // A damaged link: refused, named, and nothing changes.
  const clock = await page.getByTestId('clock').textContent();
  await page.goto(url.replace(/s=v1\.[A-Za-z0-9_-]{12}/, 's=v1.@@@@'));
  await expect(page.getByTestId('notice')).toContainText('The link could not be opened');
  await expect(page.getByTestId('scenario-name')).toHaveText('Three AVSs with Dana');
  await expect(page.getByTestId('clock')).toHaveText(clock!);
  await page.goto(url.replace(/s=v1\.(.{20})/, 's=v1.AAAAAAAAAAAAAAAAAAAA'));
  await expect(page.getByTestId('notice')).toContainText('The link could not be opened');
  await expect(page.getByTestId('scenario-name')).toHaveText('Three AVSs with Dana');
  expect(errors).toEqual([]);
});

test('a bad file is refused with its JSON path and the work stays', async ({ page }) => {
  await openFixture(page);
  const bad = JSON.parse(fixture().toString());
  bad.holders[0].balances.LST = 'lots';
  await page.getByTestId('import-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByTestId('notice')).toContainText('bad.json');
  await expect(page.getByTestId('notice')).toContainText('$.holders[0].balances.LST');
  await expect(page.getByTestId('scenario-name')).toHaveText('Three AVSs with Dana');
});
