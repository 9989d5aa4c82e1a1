import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { watchErrors } from './support/pageErrors';

/**
 * Issue 13 item 8: the sandbox toolbar on a tablet held upright (768x1024) takes at most two rows, and on a 1280x800
 * laptop the scenario's name in it is drawn whole. Every toolbar control is reached by Tab and has a name.
 */
const SHOTS = process.env.SHOTS_DIR ?? 'screenshots/toolbar';
mkdirSync(SHOTS, { recursive: true });

async function open(page: Page) {
  await page.goto('about:blank');
  await page.goto('/?theme=light#/sandbox');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
}

/** The distinct rows (rounded tops) the toolbar's visible buttons, selects and sliders sit on. */
const rows = (page: Page) =>
  page.evaluate(() => {
    const tops = [...document.querySelectorAll('.toolbar button, .toolbar select, .toolbar input[type=range]')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => Math.round(r.top + r.height / 2));
    // controls of one row differ in height by a few pixels: centres within 12 px are one row
    const distinct: number[] = [];
    for (const c of tops.sort((a, b) => a - b)) if (!distinct.some((d) => Math.abs(d - c) <= 12)) distinct.push(c);
    return distinct;
  });

/** The scenario's name is drawn whole: neither cut at its end nor after its last line (it may take two lines). */
async function expectNameWhole(page: Page) {
  const name = page.getByTestId('scenario-name');
  await expect(name).not.toHaveText('');
  const fits = await name.evaluate((e) => ({
    text: e.textContent,
    across: [e.scrollWidth, e.clientWidth],
    down: [e.scrollHeight, e.clientHeight],
  }));
  expect(fits.across[0], `"${fits.text}" cut: ${fits.across}`).toBeLessThanOrEqual(fits.across[1]);
  expect(fits.down[0], `"${fits.text}" cut below: ${fits.down}`).toBeLessThanOrEqual(fits.down[1]);
}

test('768x1024: the toolbar takes at most two rows; axe finds nothing in it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 768, height: 1024 });
  await open(page);
  await page.screenshot({ path: `${SHOTS}/sandbox-768.png` });
  await page.locator('.toolbar').screenshot({ path: `${SHOTS}/toolbar-768.png` });
  const found = await rows(page);
  expect(found.length, `toolbar rows at 768 px: ${found.join(', ')}`).toBeLessThanOrEqual(2);
  await expectNameWhole(page);
  const axe = await new AxeBuilder({ page }).include('.toolbar').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('1280x800: the scenario name is drawn whole', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await page.locator('.toolbar').screenshot({ path: `${SHOTS}/toolbar-1280.png` });
  await expectNameWhole(page);
  expect((await rows(page)).length).toBe(1);
  // the Build button shows its hammer only here; its word is its name and is drawn under it on keyboard focus
  const build = page.getByTestId('build-toggle');
  await expect(build).toHaveAccessibleName('Build');
  const label = build.locator('.build-label');
  expect((await label.boundingBox())!.width).toBeLessThanOrEqual(1);
  await page.getByTestId('scenario-menu-button').focus();
  for (let k = 0; k < 6 && !(await build.evaluate((e) => e === document.activeElement)); k++)
    await page.keyboard.press('Tab');
  await expect(build).toBeFocused();
  const tip = (await label.boundingBox())!;
  expect(tip.width).toBeGreaterThan(20);
  expect(tip.y).toBeGreaterThanOrEqual((await build.boundingBox())!.y + 30);
  await page.screenshot({ path: `${SHOTS}/build-tooltip-1280.png`, clip: { x: 0, y: 0, width: 640, height: 120 } });
});

for (const width of [768, 1280]) {
  test(`${width} px: every toolbar control is reached by Tab and has a name`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 768 ? 1024 : 800 });
    await open(page);
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.toolbar button, .toolbar select, .toolbar input[type=range]')]
        .filter((e) => e.getBoundingClientRect().width > 0 && !(e as HTMLButtonElement).disabled)
        .map((e, i) => {
          e.dataset.tabProbe = String(i);
          return i;
        }),
    );
    expect(controls.length).toBeGreaterThan(8);
    await page.locator('.toolbar button').first().focus();
    const reached = new Set<string>();
    for (let k = 0; k < controls.length + 4; k++) {
      const probe = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a?.closest('.toolbar') ? (a.dataset.tabProbe ?? null) : 'out';
      });
      if (probe === 'out') break;
      if (probe !== null) reached.add(probe);
      await page.keyboard.press('Tab');
    }
    expect([...reached].sort(), 'controls reached by Tab').toEqual(controls.map(String).sort());
    for (const i of controls) {
      const el = page.locator(`[data-tab-probe="${i}"]`);
      const name = await el.evaluate((e) => {
        const label = e.getAttribute('aria-label') ?? e.getAttribute('title') ?? '';
        const labelled = (e as HTMLInputElement).labels?.[0]?.textContent ?? '';
        return (label || e.textContent || labelled).trim();
      });
      expect(name, `control ${i} has a name`).not.toBe('');
    }
  });
}
