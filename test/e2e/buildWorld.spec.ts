import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { watchErrors } from './support/pageErrors';

/** Issue 13 item 7: from an empty scenario a learner builds a world by mouse and by keyboard, edits it and exports it. */
test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/sandbox');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
});

const node = (page: Page, id: string) => page.locator(`.svelte-flow__node[data-id="${id}"]`);

async function newEmpty(page: Page) {
  await page.getByTestId('scenario-menu-button').click();
  await page.getByTestId('new-empty').click();
  await expect(page.getByTestId('scenario-name')).toHaveText('Empty scenario');
  await expect(page.getByTestId('build-palette')).toBeVisible();
}

/** A palette piece dragged onto the graph with the mouse (HTML drag and drop). */
async function dragPiece(page: Page, kind: string) {
  await page
    .locator(`[data-piece="${kind}"]`)
    .dragTo(page.locator('.graph-area'), { targetPosition: { x: 200, y: 200 } });
}

/** A palette piece reached by keyboard and pressed. */
async function pressPiece(page: Page, kind: string, key: 'Enter' | 'Space') {
  await page.locator(`[data-piece="${kind}"]`).focus();
  await page.keyboard.press(key);
}

test('build a world from empty by mouse and keyboard, edit it, stake, delete with undo, export and import it again', async ({
  page,
}, info) => {
  // a long walk on a shared machine
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await newEmpty(page);
  await page.screenshot({ path: info.outputPath('empty-palette.png') });

  // By mouse: dragged from the palette onto the graph.
  for (const kind of ['holder', 'validator', 'operator', 'avs']) await dragPiece(page, kind);
  for (const id of ['holder:holder-1', 'validator:validator-1', 'operator:operator-1', 'avs:service-1'])
    await expect(node(page, id)).toBeVisible();
  // By keyboard: focus a piece, press Enter or Space; the new entity opens in the inspector.
  await pressPiece(page, 'holder', 'Enter');
  await expect(page.getByTestId('announcer')).toContainText('Holder 2 added');
  await pressPiece(page, 'validator', 'Space');
  await pressPiece(page, 'operator', 'Enter');
  await pressPiece(page, 'avs', 'Space');
  for (const id of ['holder:holder-2', 'validator:validator-2', 'operator:operator-2', 'avs:service-2'])
    await expect(node(page, id)).toBeVisible();
  const editor = page.getByTestId('entity-editor');
  await expect(editor.locator('[data-field="profit"]')).toHaveValue('10');

  // Edit a name and a balance in the inspector; a bad value is refused with the format's reason.
  await node(page, 'holder:holder-1').click();
  await editor.locator('[data-field="name"]').fill('Dana');
  await editor.locator('[data-field="name"]').press('Enter');
  await expect(node(page, 'holder:holder-1')).toContainText('Dana');
  const eth = editor.locator('[data-field="eth"]');
  await eth.fill('lots');
  await eth.press('Enter');
  await expect(editor.getByTestId('field-error')).toHaveText(
    'ETH balance: must be a non-negative decimal number like "32" or "0.5"',
  );
  await expect(eth).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: info.outputPath('field-error.png') });
  await eth.fill('250');
  await eth.press('Tab');
  await expect(editor.getByTestId('field-error')).toHaveCount(0);
  await expect(node(page, 'holder:holder-1')).toContainText('250');

  // The inspector and palette pass an accessibility scan.
  const axe = await new AxeBuilder({ page }).include('.sandbox').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  // The world gets a name (the file's "name"; the title bar shows it).
  const worldName = page.getByTestId('build-world-name');
  await worldName.fill('Dana builds');
  await worldName.press('Enter');
  await expect(page.getByTestId('scenario-name')).toHaveText('Dana builds');

  // Stake: Dana's chip dragged onto a validator she can top up.
  const chip = page.locator('[data-chip="holder-1"]');
  const target = node(page, 'validator:validator-2');
  const from = (await chip.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  const dialog = page.getByTestId('amount-picker');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('spinbutton').fill('10');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('announcer')).toContainText('Dana put 10 ETH');

  // Delete a service; the notice's Undo brings it back, with Dana's deposit kept.
  await node(page, 'avs:service-2').click();
  await editor.getByTestId('build-delete').click();
  await expect(node(page, 'avs:service-2')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo the deletion' }).click();
  await expect(node(page, 'avs:service-2')).toBeVisible();
  await page.screenshot({ path: info.outputPath('built.png') });

  // Export, then import the file: the same scenario comes back.
  const download = page.waitForEvent('download');
  await page.getByTestId('build-export').click();
  const exported = readFileSync((await (await download).path())!, 'utf8');
  const file = JSON.parse(exported);
  expect(file.name).toBe('Dana builds');
  expect(file.holders[0]).toEqual({ id: 'holder-1', name: 'Dana', balances: { ETH: '250' } });
  expect(file.events).toEqual([
    expect.objectContaining({ type: 'EthDeposit', holder: 'holder-1', validator: 'validator-2' }),
  ]);
  await page.getByTestId('scenario-menu-button').click();
  await page.getByTestId('new-empty').click();
  await expect(node(page, 'holder:holder-1')).toHaveCount(0);
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'built.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(node(page, 'holder:holder-1')).toContainText('Dana');
  await expect(page.getByTestId('scenario-name')).toHaveText('Dana builds');
  const again = page.waitForEvent('download');
  await page.getByTestId('build-export').click();
  expect(JSON.parse(readFileSync((await (await again).path())!, 'utf8'))).toEqual(file);
  expect(errors).toEqual([]);
});

test('a built world is saved: a reload restores it', async ({ page }) => {
  await newEmpty(page);
  await pressPiece(page, 'holder', 'Enter');
  const name = page.getByTestId('entity-editor').locator('[data-field="name"]');
  await name.fill('Erin');
  await name.press('Enter');
  await expect(node(page, 'holder:holder-1')).toContainText('Erin');
  await page.reload();
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await expect(node(page, 'holder:holder-1')).toContainText('Erin');
});

test('a validator before any holder is refused with the reason, and nothing changes', async ({ page }) => {
  await newEmpty(page);
  await pressPiece(page, 'validator', 'Enter');
  await expect(page.getByTestId('notice')).toContainText('A validator needs an owner: add a holder first.');
  await expect(page.locator('.svelte-flow__node')).toHaveCount(0);
});

test('the palette and the editor pass an accessibility scan in the dark and projector themes', async ({
  page,
}, info) => {
  // six scans on a shared machine
  test.setTimeout(240_000);
  await newEmpty(page);
  await pressPiece(page, 'holder', 'Enter');
  await pressPiece(page, 'lstPool', 'Enter');
  await pressPiece(page, 'operator', 'Enter');
  // the vault and the restaking token by mouse here (by keyboard in the shared world's walk)
  await dragPiece(page, 'vault');
  await dragPiece(page, 'lrt');
  await expect(node(page, 'vault:vault-1')).toBeVisible();
  await expect(node(page, 'lrt:restaked-token-1')).toBeVisible();
  // an LRT left without operators is refused with the format's reason
  const only = page.getByTestId('entity-editor').locator('[data-operator="operator-1"]');
  await only.click();
  await expect(page.getByTestId('field-error')).toContainText('an LRT delegates through at least one operator');
  await expect(only).toBeChecked();
  // a vault is deleted, and the notice's Undo brings it back
  await node(page, 'vault:vault-1').click();
  await page.getByTestId('entity-editor').getByTestId('build-delete').click();
  await expect(node(page, 'vault:vault-1')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo the deletion' }).click();
  await expect(node(page, 'vault:vault-1')).toBeVisible();
  await pressPiece(page, 'avs', 'Enter');
  const eth = page.getByTestId('entity-editor').locator('[data-field="threshold"]');
  await eth.fill('2');
  await eth.press('Enter');
  await expect(page.getByTestId('field-error')).toContainText('must be between 0 and 1');
  const scan = async (theme: string, what: string) => {
    await page.screenshot({ path: info.outputPath(`builder-${what}-${theme}.png`) });
    const axe = await new AxeBuilder({ page }).include('.sandbox').analyze();
    expect(axe.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  };
  for (const theme of ['dark', 'projector']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await scan(theme, 'service');
  }
  // the operator's services and the restaking token's operators, in both themes
  for (const [id, what] of [
    ['operator:operator-1', 'operator'],
    ['lrt:restaked-token-1', 'lrt'],
  ]) {
    await node(page, id).click();
    for (const theme of ['dark', 'projector']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      await scan(theme, what);
    }
  }
});

test('a shared world built from empty: a named validator, an operator connected to a service in its editor, a vault and a restaking token; exported, imported again and played with a fault', async ({
  page,
}, info) => {
  // a long walk on a shared machine
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await newEmpty(page);
  // By mouse: the first five pieces dragged onto the graph; by keyboard: the vault and the restaking token.
  for (const kind of ['holder', 'validator', 'lstPool', 'operator', 'avs']) await dragPiece(page, kind);
  await pressPiece(page, 'vault', 'Enter');
  await expect(page.getByTestId('announcer')).toContainText('Vault 1 added');
  await pressPiece(page, 'lrt', 'Space');
  await expect(page.getByTestId('announcer')).toContainText('Restaked token 1 added');
  for (const id of [
    'holder:holder-1',
    'validator:validator-1',
    'lstPool:pool-1',
    'operator:operator-1',
    'avs:service-1',
    'vault:vault-1',
    'lrt:restaked-token-1',
  ])
    await expect(node(page, id)).toBeVisible();
  const editor = page.getByTestId('entity-editor');

  // The restaking token's editor: the token it restakes and the operator it delegates through.
  await expect(editor.locator('[data-field="strategy"]')).toHaveValue('pool-1-steth');
  await expect(editor.locator('[data-operator="operator-1"]')).toBeChecked();
  await page.screenshot({ path: info.outputPath('lrt-editor.png') });

  // The validator gets a name, and its card shows it.
  await node(page, 'validator:validator-1').click();
  const name = editor.locator('[data-field="name"]');
  await name.fill('Dana’s validator');
  await name.press('Enter');
  await expect(node(page, 'validator:validator-1')).toContainText('Dana’s validator');

  // The vault's limit for the service, typed and kept with Enter.
  await node(page, 'vault:vault-1').click();
  const limit = editor.getByLabel('Limit for Service 1 (empty: none)');
  await limit.fill('50');
  await limit.press('Enter');
  await expect(limit).toHaveValue('50');
  await page.screenshot({ path: info.outputPath('vault-editor.png') });

  // The operator: a one-day allocation delay, then connected to the service by keyboard alone.
  await node(page, 'operator:operator-1').click();
  const delay = editor.locator('[data-field="delay"]');
  await delay.fill('7200');
  await delay.press('Enter');
  await expect(delay).toHaveValue('7200');
  const services = page.getByTestId('operator-services');
  await expect(services.getByLabel('Service', { exact: true })).toHaveValue('service-1');
  await services.getByTestId('service-magnitude').fill('0.2');
  await services.getByTestId('service-magnitude').press('Enter');
  await expect(page.getByTestId('announcer')).toContainText('Operator 1 now secures Service 1');
  // The allocation waits for the delay, and the editor and the narration say so.
  await expect(services.locator('[data-service="service-1"]')).toContainText('changing to 20% on day 1');
  await expect(page.getByTestId('narration')).toContainText('Service 1');
  await page.screenshot({ path: info.outputPath('operator-services.png') });
  const axe = await new AxeBuilder({ page }).include('.sandbox').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  // Export, then import the file: the same scenario comes back, with the events that connected the operator.
  const download = page.waitForEvent('download');
  await page.getByTestId('build-export').click();
  const exported = readFileSync((await (await download).path())!, 'utf8');
  const file = JSON.parse(exported);
  expect(file.ethereum.validators[0]).toMatchObject({ id: 'validator-1', name: 'Dana’s validator' });
  expect(file.restaking.vaults).toEqual([
    { id: 'vault-1', name: 'Vault 1', asset: 'ETH', networkLimits: { 'service-1': '50' } },
  ]);
  expect(file.restaking.lrts).toEqual([
    { id: 'restaked-token-1', name: 'Restaked token 1', strategy: 'pool-1-steth', operators: ['operator-1'] },
  ]);
  expect(file.events.map((e: { type: string }) => e.type)).toEqual(['RegisterForOperatorSet', 'ModifyAllocation']);
  await page.getByTestId('scenario-menu-button').click();
  await page.getByTestId('new-empty').click();
  await expect(node(page, 'vault:vault-1')).toHaveCount(0);
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'shared.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(node(page, 'validator:validator-1')).toContainText('Dana’s validator');
  await expect(node(page, 'lrt:restaked-token-1')).toBeVisible();
  const again = page.waitForEvent('download');
  await page.getByTestId('build-export').click();
  expect(JSON.parse(readFileSync((await (await again).path())!, 'utf8'))).toEqual(file);

  // Played: a day passes (the allocation takes effect), then the service slashes the operator; the cascade runs.
  const day = page.getByRole('button', { name: /^Advance one / });
  await day.click();
  await node(page, 'operator:operator-1').click();
  const fault = page.locator('button[data-fault="avs-misbehaviour"]').first();
  await expect(fault).toBeVisible();
  await fault.click();
  await expect(page.getByTestId('cascade-progress')).toContainText('Step 1 of');
  await page.screenshot({ path: info.outputPath('built-fault.png') });
  expect(errors).toEqual([]);
});
