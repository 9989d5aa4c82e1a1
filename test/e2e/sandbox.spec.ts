import { test, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { watchErrors } from './support/pageErrors';

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

async function openFixture(page: Page) {
  await page.goto('/#/sandbox');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'dana.json', mimeType: 'application/json', buffer: fixture() });
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
  await page
    .getByTestId('cascade-all')
    .click()
    .catch(() => {});
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

test('share link round trip, and a corrupted link is refused with the work intact', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = watchErrors(page);
  await openFixture(page);
  await page.locator('.svelte-flow__node[data-id="operator:op1"] .name').click();
  await page.locator('button[data-fault="avs-misbehaviour"]').first().click();
  await page.getByTestId('cascade-all').click();
  await page.getByTestId('share').click();
  await expect(page.getByTestId('notice')).toContainText('Share link copied');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/#\/sandbox\?s=v2\./);
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
  await page.goto(url.replace(/s=(v[12]\.)[A-Za-z0-9_-]{12}/, 's=$1@@@@'));
  await expect(page.getByTestId('notice')).toContainText('The link could not be opened');
  await expect(page.getByTestId('scenario-name')).toHaveText('Three AVSs with Dana');
  await expect(page.getByTestId('clock')).toHaveText(clock!);
  await page.goto(url.replace(/s=(v[12]\.)(.{20})/, 's=$1AAAAAAAAAAAAAAAAAAAA'));
  await expect(page.getByTestId('notice')).toContainText('The link could not be opened');
  await expect(page.getByTestId('scenario-name')).toHaveText('Three AVSs with Dana');
  expect(errors).toEqual([]);
});

test('a bad file is refused with its JSON path and the work stays', async ({ page }) => {
  await openFixture(page);
  const bad = JSON.parse(fixture().toString());
  bad.holders[0].balances.LST = 'lots';
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByTestId('notice')).toContainText('bad.json');
  await expect(page.getByTestId('notice')).toContainText('$.holders[0].balances.LST');
  await expect(page.getByTestId('scenario-name')).toHaveText('Three AVSs with Dana');
});

// ---- Layout at a projector's 1280x720 and a 1920x1080 screen --------------------------------------------------

test.describe('layout', () => {
  test('1280x720: one toolbar row; a notice takes a strip above the graph, never over it, and is dismissed by keyboard', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#/sandbox?scenario=three-avs-unique.json');
    await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('Loaded “Three AVSs on shared operators (unique stake)”');
    // The notice sits inside the (always present) status region, in a strip above the graph (issue 13 item 8).
    await expect(page.locator('[role=status]').filter({ has: notice })).toHaveCount(1);
    const graphWith = (await page.locator('.graph-area').boundingBox())!;
    const noticeBox = (await notice.boundingBox())!;
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(graphWith.y + 0.5);
    const toolbar = (await page.getByRole('toolbar').boundingBox())!;
    expect(toolbar.height).toBeLessThanOrEqual(56);
    // Every control of the toolbar on the same row.
    const tops = await page
      .getByRole('toolbar')
      .locator('button:visible, select:visible, input[type=range]')
      .evaluateAll((els) =>
        els.map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)),
      );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
    // Keyboard: Tab from the toolbar's last control reaches the notice's Dismiss button.
    await page.getByRole('button', { name: 'Reset the layout' }).focus();
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Dismiss');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(notice).toBeHidden();
    // Gone, its strip gives the room back to the graph.
    const graphAfter = (await page.locator('.graph-area').boundingBox())!;
    expect(graphAfter.y).toBeLessThan(graphWith.y);
    expect(graphAfter.y + graphAfter.height).toBeCloseTo(graphWith.y + graphWith.height, 0);
  });

  test('1280x720: the inspector shows all of an operator’s faults; a fault brings the narration in; tabs switch back', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openFixture(page);
    await expect(page.getByTestId('side-panel')).toHaveAttribute('data-view', 'inspector');
    await page.locator('.svelte-flow__node[data-id="operator:op1"] .name').click();
    const pane = (await page.locator('#side-inspector').boundingBox())!;
    expect(pane.width).toBeGreaterThanOrEqual(340);
    const faults = page.locator('#side-inspector button[data-fault]');
    expect(await faults.count()).toBeGreaterThanOrEqual(5);
    for (const f of await faults.all()) {
      const b = (await f.boundingBox())!;
      expect(b.y + b.height).toBeLessThanOrEqual(pane.y + pane.height);
      expect(b.x + b.width).toBeLessThanOrEqual(pane.x + pane.width);
    }
    // The numbers start in view under the faults.
    await expect(page.getByTestId('inspector-inspector.section.stake')).toBeInViewport();
    await faults
      .filter({ hasText: /oracle/i })
      .first()
      .click();
    await expect(page.getByTestId('side-tab-narration')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('cascade-progress')).toContainText('Step 1 of');
    // Focus was on the fault button, now hidden: it went to the narration tab, not to the page.
    await expect(page.getByTestId('side-tab-narration')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('side-tab-inspector')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#side-inspector')).toBeVisible();
    await page.getByTestId('cascade-all').click();
    // Steps that arrived while the inspector covered the narration are counted on its tab.
    await expect(page.getByTestId('unseen-steps')).toContainText('new');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('the side panel resizes with its splitter by pointer and keyboard, and collapses to a rail', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openFixture(page);
    const side = page.getByTestId('side-panel');
    const splitter = page.getByTestId('splitter');
    const width = async () => (await side.boundingBox())!.width;
    const w0 = await width();
    await expect(splitter).toHaveAttribute('aria-valuenow', String(Math.round(w0)));
    await splitter.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(width).toBeCloseTo(w0 + 24, 0);
    await page.keyboard.press('Home');
    await expect.poll(width).toBeCloseTo(288, 0);
    const s = (await splitter.boundingBox())!;
    await page.mouse.move(s.x + s.width / 2, s.y + 200);
    await page.mouse.down();
    await page.mouse.move(s.x - 150, s.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(width).toBeCloseTo(288 + 150 + s.width / 2, -1);
    // Remembered across a reload.
    const kept = await width();
    await page.reload();
    await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
    await expect.poll(width).toBeCloseTo(kept, 0);
    // Enter on the splitter hides the panel: a rail with its buttons, the graph gets the room.
    const graph = (await page.locator('.graph-area').boundingBox())!.width;
    await splitter.focus();
    await page.keyboard.press('Enter');
    await expect(side).toHaveAttribute('data-view', 'collapsed');
    await expect
      .poll(async () => (await page.locator('.graph-area').boundingBox())!.width)
      .toBeGreaterThan(graph + 300);
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    // A cascade while collapsed: the live log is still in the page and the rail counts the new steps.
    await page.locator('.svelte-flow__node[data-id="operator:op1"] .name').click();
    await expect(page.getByTestId('narration')).toHaveAttribute('aria-live', 'polite');
    await page.getByRole('button', { name: 'Show the side panel' }).click();
    await expect(side).toHaveAttribute('data-view', 'inspector');
  });

  test('1920x1080: inspector and narration side by side in height, no tabs; the scenario menu works by keyboard', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openFixture(page);
    await expect(page.getByTestId('side-panel')).toHaveAttribute('data-view', 'stacked');
    await expect(page.getByRole('tablist', { name: 'Side panel views' })).toHaveCount(0);
    await page.locator('.svelte-flow__node[data-id="operator:op1"] .name').click();
    await page
      .locator('button[data-fault="avs-misbehaviour"]')
      .filter({ hasText: /oracle/i })
      .click();
    await expect(page.getByRole('heading', { name: 'Inspector' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What happened' })).toBeVisible();
    await expect(page.locator('#side-inspector button[data-fault]').first()).toBeVisible();
    await expect(page.getByTestId('narration').locator('li').first()).toBeVisible();
    // The graph keeps most of the width, the panel is wide enough for its tables.
    const side = (await page.getByTestId('side-panel').boundingBox())!;
    expect(side.width).toBeGreaterThanOrEqual(480);
    expect(side.width).toBeLessThanOrEqual(1920 * 0.35);
    // Scenario menu: Enter opens it, Escape closes it and gives focus back.
    const menuButton = page.getByTestId('scenario-menu-button');
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('scenario-menu')).toBeVisible();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('scenario-menu')).toBeHidden();
    await expect(menuButton).toBeFocused();
    await page.screenshot({ path: 'screenshots/layout-stacked-1920x1080.png' });
  });

  test('Escape closes the amount picker without a drop', async ({ page }) => {
    await openFixture(page);
    await page.locator('[data-chip="dana"]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('amount-picker');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('announcer')).toContainText('Cancelled');
    await expect(page.locator('[data-chip="dana"]')).toBeFocused();
  });
});

// ---- Allocation pills only where they can be read ---------------------------------------------------------------

test.describe('allocation pills', () => {
  const opacity = (l: Locator) =>
    l.evaluate((el) => Number(getComputedStyle(el.closest('.svelte-flow__edge-label')!).opacity));

  test('real network: no column of pills; an operator’s pills appear when it is selected, a pill on focus, the amount stays in the edge name', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#/sandbox?scenario=real-network-2024-10.json');
    await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
    await expect(page.locator('[data-alloc]').first()).toBeAttached();
    await page.waitForTimeout(400);
    const shown = await page
      .locator('[data-alloc]')
      .evaluateAll(
        (els) =>
          els.filter((el) => Number(getComputedStyle(el.closest('.svelte-flow__edge-label')!).opacity) > 0.5).length,
      );
    expect(shown).toBe(0);
    // Every operator -> AVS edge still carries its amount in its name.
    const names = await page
      .locator('.svelte-flow__edge[data-id^="operator:"][data-id*="->avs:"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(20);
    for (const n of names) expect(n).toMatch(/ to .+: [\d,.]+ \w+/);
    // Selecting an operator shows its own pills (and only those).
    const node = page.locator('.svelte-flow__node[data-id^="operator:"]').nth(2);
    const id = (await node.getAttribute('data-id'))!.replace('operator:', '');
    await node.locator('.name').click();
    const mine = page.locator(`[data-alloc^="${id}:"]`);
    expect(await mine.count()).toBeGreaterThan(0);
    await expect.poll(() => opacity(mine.first())).toBe(1);
    const others = await page
      .locator(`[data-alloc]:not([data-alloc^="${id}:"])`)
      .evaluateAll(
        (els) =>
          els.filter((el) => Number(getComputedStyle(el.closest('.svelte-flow__edge-label')!).opacity) > 0.5).length,
      );
    expect(others).toBe(0);
    // A hidden handle is still in the tab order, and shows itself when focused.
    await page.locator('.svelte-flow__pane').click({ position: { x: 5, y: 5 } });
    const other = page.locator(`[data-alloc]:not([data-alloc^="${id}:"])`).first();
    await expect.poll(() => opacity(other)).toBe(0);
    await other.focus();
    await expect.poll(() => opacity(other)).toBe(1);
    await page.screenshot({ path: 'screenshots/pills-real-network-1280x720.png' });
  });

  test('a small network close up shows its pills; zoomed out they hide, and come back on hover', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/#/sandbox?scenario=three-avs-unique.json');
    await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-zoom', 'near');
    const pill = page.locator('[data-alloc="op1:da"]');
    await expect.poll(() => opacity(pill)).toBe(1);
    for (let i = 0; i < 8 && (await graph.getAttribute('data-zoom')) === 'near'; i++)
      await page.getByRole('button', { name: 'Zoom Out' }).click();
    await expect(graph).not.toHaveAttribute('data-zoom', 'near');
    await expect.poll(() => opacity(pill)).toBe(0);
    // Hovering the edge shows it.
    const path = page
      .locator('.svelte-flow__edge[data-id^="operator:op1->avs:da"] path.svelte-flow__edge-path')
      .first();
    const mid = await path.evaluate((p: SVGPathElement) => {
      const pt = p.getPointAtLength(p.getTotalLength() / 2);
      const m = p.getScreenCTM()!;
      return { x: pt.x * m.a + m.e, y: pt.y * m.d + m.f };
    });
    await page.mouse.move(mid.x, mid.y);
    await expect.poll(() => opacity(pill)).toBe(1);
  });

  test('zoomed out to where words cannot be read, cards become blocks of their colour and keep their names for screen readers', async ({
    page,
  }) => {
    await page.goto('/#/sandbox?scenario=three-avs-unique.json');
    await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
    const graph = page.getByTestId('graph');
    const card = page.locator('.svelte-flow__node[data-id="operator:op1"] .node');
    const name = card.locator('.name');
    const named = await name.textContent();
    expect(named?.trim().length).toBeGreaterThan(0);
    await expect(name).toBeVisible();
    for (let i = 0; i < 30 && (await graph.getAttribute('data-zoom')) !== 'tiny'; i++)
      await page.getByRole('button', { name: 'Zoom Out' }).click();
    await expect(graph).toHaveAttribute('data-zoom', 'tiny');
    // the far band's rules still apply (labels hidden), and the words are clipped, not removed
    await expect(graph).toHaveClass(/zoom-far/);
    const box = await name.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { w: r.width, h: r.height, clip: getComputedStyle(el.parentElement!).clip };
    });
    expect(box.w).toBeLessThanOrEqual(1);
    expect(box.clip).toBe('rect(0px, 0px, 0px, 0px)');
    await expect(page.locator('.svelte-flow__node[data-id="operator:op1"]')).toContainText(named!.trim());
    const bg = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg-elev'));
    expect(bg).not.toBe(plain.trim());
  });
});
