import { test, expect } from '@playwright/test';

/** The default network, and editing an allocation's magnitude on an operator -> AVS edge by keyboard and pointer. */
test.beforeEach(async ({ page }) => {
  await page.goto('/#/sandbox');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await expect(page.locator('.svelte-flow__node[data-id="operator:orion"]')).toBeVisible();
});

test('the default view is a complete small network and holders show what they own', async ({ page }) => {
  await expect(page.getByTestId('scenario-name')).toContainText('small restaking network');
  for (const kind of ['holder', 'lstPool', 'operator', 'avs']) {
    expect(await page.locator(`.svelte-flow__node-${kind}`).count()).toBeGreaterThan(0);
  }
  const alice = page.locator('.svelte-flow__node[data-id="holder:alice"]');
  // she restaked her liquid restaking token: the card names that asset, as the narration does
  await expect(alice).toContainText('restaked 48 LST');
  await expect(alice).toContainText('worth');
  // A label too long for the card is shortened on it, the full words in the row's title and accessible text.
  const da = page.locator('.svelte-flow__node[data-id="avs:da"]');
  await expect(da).toContainText('attack profit');
  await expect(da.locator('.facts [title="profit from corruption: 40 ETH"] .visually-hidden')).toHaveText(
    'profit from corruption',
  );
  // Edges are named for screen readers with their amounts.
  await expect(page.locator('.svelte-flow__edge[aria-label="Alice to Orion Nodes: 48 ETH"]')).toHaveCount(1);
});

test('keyboard: arrows change an allocation by 1%, Enter commits and the delay is said', async ({ page }) => {
  const handle = page.locator('[data-alloc="orion:da"]');
  await expect(handle).toHaveAttribute('aria-valuenow', '50');
  await handle.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '45');
  await expect(page.locator('.alloc .note')).toContainText('deallocation delay');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('announcer')).toContainText('Orion Nodes set its allocation to DA layer to 45%');
  await expect(page.getByTestId('announcer')).toContainText('days');
  // The narration has the engine's own sentence for the event.
  await expect(page.getByTestId('narration')).toContainText('lowers its allocation to DA layer');
});

test('a change the protocol refuses shows the engine sentence', async ({ page }) => {
  const handle = page.locator('[data-alloc="orion:da"]');
  await handle.focus();
  await page.keyboard.press('End');
  await expect(handle).toHaveAttribute('aria-valuenow', '100');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('notice')).toContainText('cannot allocate');
  await expect(handle).toHaveAttribute('aria-valuenow', '50');
});

test('pointer: drag the handle sideways to raise an allocation', async ({ page }) => {
  const handle = page.locator('[data-alloc="lumen:bridge"]');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 5 });
  await expect(page.locator('.alloc .note')).toContainText('takes effect');
  await page.mouse.up();
  await expect(page.getByTestId('announcer')).toContainText('Lumen Staking set its allocation to Bridge to');
});

test('a fault on an operator plays the cascade', async ({ page }) => {
  await page.locator('.svelte-flow__node[data-id="operator:orion"] .name').click();
  const fault = page.locator('button[data-fault="avs-misbehaviour"]').first();
  await expect(fault).toBeVisible();
  await fault.click();
  await expect(page.getByTestId('cascade-progress')).toContainText('Step 1 of');
});

test('a registration with nothing allocated is a thin dashed edge whose 0% handle the keyboard raises', async ({
  page,
}) => {
  // Atlas Ops is registered for the price oracle's operator set with no allocation and no delegators.
  const edge = page.locator('.svelte-flow__edge[data-id="operator:atlas->avs:oracle:ETH"]');
  await expect(edge).toHaveAttribute('aria-label', 'Atlas Ops to Price oracle: 0 ETH · registered, 0% allocated');
  await expect(edge.locator('path.svelte-flow__edge-path')).toHaveAttribute('style', /stroke-dasharray/);
  const handle = page.locator('[data-alloc="atlas:oracle"]');
  await expect(handle).toHaveAttribute('aria-valuenow', '0');
  await handle.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '10');
  // Atlas's allocation delay is 0 in this scenario, so the engine would apply it at once; the handle says so.
  await expect(page.locator('.alloc .note')).toContainText('takes effect at once');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('announcer')).toContainText('Atlas Ops set its allocation to Price oracle to 10%');
  // Still drawn (nothing is delegated to Atlas, so nothing is slashable yet), now aiming at 10%.
  await expect(handle).toHaveAttribute('aria-valuenow', '10');
  await expect(edge).toHaveAttribute('aria-label', /allocated, no stake delegated yet/);
});

test('pointer: drag the 0% handle of a registration up', async ({ page }) => {
  const handle = page.locator('[data-alloc="atlas:oracle"]');
  await expect(handle).toHaveAttribute('aria-valuenow', '0');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 8 });
  await expect(handle).toHaveAttribute('aria-valuenow', '20');
  await expect(page.locator('.alloc .note')).toContainText('takes effect');
  await page.mouse.up();
  await expect(page.getByTestId('announcer')).toContainText('Atlas Ops set its allocation to Price oracle to 20%');
});

/** 20 operators, each with one staker (Op i has i + 1 LST): above 16 the five smallest are drawn as one group. */
function manyOperators(): Buffer {
  const n = 20;
  const ids = Array.from({ length: n }, (_, i) => i);
  const slashing = [{ fault: 'avs-misbehaviour', wad: '0.5' }];
  return Buffer.from(
    JSON.stringify({
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'Twenty operators',
      securityModel: 'unique',
      holders: ids.map((i) => ({ id: `h${i}`, name: `Holder ${i}`, balances: { LST: String(i + 1) } })),
      restaking: {
        strategies: [{ id: 'lst', asset: 'LST' }],
        operators: ids.map((i) => ({ id: `o${i}`, name: `Op ${i}` })),
        avss: [{ id: 'svc', name: 'Service', kind: 'oracle', profitFromCorruption: '10', slashing }],
        deposits: ids.map((i) => ({ holder: `h${i}`, strategy: 'lst', amount: String(i + 1) })),
        delegations: ids.map((i) => ({ staker: `h${i}`, operator: `o${i}` })),
        registrations: ids.map((i) => ({ operator: `o${i}`, avs: 'svc' })),
        allocations: ids.map((i) => ({ operator: `o${i}`, avs: 'svc', strategy: 'lst', magnitude: '0.5' })),
      },
      events: [],
    }),
  );
}

test('a cascade touching a grouped operator brings it out of its group, flashing; the group counts one fewer', async ({
  page,
}) => {
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: manyOperators() });
  await expect(page.getByTestId('scenario-name')).toHaveText('Twenty operators');
  const group = page.locator('.svelte-flow__node[data-id="group:operators"] .node');
  await expect(group).toContainText('5 other operators');
  const op0 = page.locator('.svelte-flow__node[data-id="operator:o0"] .node');
  await expect(op0).toHaveCount(0);
  // The service offers a misbehaviour fault at every operator, grouped ones included.
  await page.locator('.svelte-flow__node[data-id="avs:svc"] .name').click();
  await page.getByRole('button', { name: 'AVS-specific misbehaviour at Op 0', exact: true }).click();
  await page.getByRole('button', { name: 'Pause cascade' }).click();
  // Step by step until the cascade reaches Op 0: it leaves the group and flashes on its own card (issue 13, item 8).
  for (let i = 0; i < 12 && (await op0.count()) === 0; i++) {
    await page.getByRole('button', { name: 'Next step' }).click();
  }
  await expect(op0).toBeAttached();
  await expect(op0).toHaveClass(/flash/);
  await expect(group).toContainText('4 other operators');
  await page.screenshot({ path: '/tmp/ui-graph-group-hit.png' });
  // The four still grouped are one click away.
  await group.getByRole('button', { name: 'Show all 4' }).click();
  await expect(page.locator('.svelte-flow__node[data-id="operator:o1"]')).toBeAttached();
});
