import { test, expect, type Page, type CDPSession, type Locator } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';
import { watchErrors } from './support/pageErrors';

/**
 * The sandbox on a tablet, by touch only. Playwright's `page.touchscreen` only taps, so drags are real touch input
 * sent through the Chrome DevTools Protocol (`Input.dispatchTouchEvent`): Chromium turns it into Pointer Events with
 * pointerType "touch", exactly as a finger on a tablet would (no synthetic DOM events). Contexts have
 * `hasTouch: true, isMobile: false` at 1024x768 (landscape) and 768x1024 (portrait).
 */
mkdirSync('screenshots', { recursive: true });

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
  await page.waitForTimeout(300);
}

const centre = async (l: Locator) => {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

/** One finger: down at `from`, moved in `steps` to `to` (optionally checking something before lifting), up. */
async function touchDrag(
  cdp: CDPSession,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 10,
  beforeUp?: () => Promise<void>,
) {
  const point = (x: number, y: number) => [{ x, y, id: 1, radiusX: 6, radiusY: 6, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.x, from.y) });
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x, y) });
  }
  if (beforeUp) await beforeUp();
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  // A finger takes a moment to come back: a tap sent within a few ms of this lift is not turned into a click by
  // Chromium's gesture detector (seen here: pointerdown/up but no click), which no person could do.
  await new Promise((r) => setTimeout(r, 400));
}

/** Records the pointer types the page receives, to prove the input really arrived as touch. */
async function recordPointerTypes(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __pointerTypes: string[] };
    w.__pointerTypes = [];
    window.addEventListener('pointerdown', (e) => w.__pointerTypes.push(e.pointerType), { capture: true });
  });
}
const pointerTypes = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pointerTypes: string[] }).__pointerTypes);

const narration = (page: Page) => page.getByTestId('narration').locator('li .text');

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
]) {
  const tag = `${viewport.width}x${viewport.height}`;
  // Landscape (1024x768) is tall enough to show the inspector and the narration one above the other beside the
  // graph, so a tapped fault's cascade is narrated in sight; portrait (768x1024) puts the side panel under the
  // graph, as tabs that follow what the learner does.
  const stacked = viewport.width > viewport.height;
  test.describe(`touch at ${tag}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: false });
    /** The inspector is in sight: its own pane when stacked, else its tab is the selected one. */
    const inspectorShown = async (page: Page) => {
      await expect(page.getByTestId('side-panel')).toHaveAttribute('data-view', stacked ? 'stacked' : 'inspector');
      if (!stacked) await expect(page.getByTestId('side-tab-inspector')).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('#side-inspector')).toBeVisible();
    };
    const narrationShown = async (page: Page) => {
      await expect(page.getByTestId('side-panel')).toHaveAttribute('data-view', stacked ? 'stacked' : 'narration');
      if (!stacked) await expect(page.getByTestId('side-tab-narration')).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('#side-narration')).not.toHaveClass(/offstage/);
      await expect(page.getByTestId('narration')).toBeVisible();
    };

    test('drag stake onto an operator with a finger, confirm an amount, then trigger a fault with taps', async ({
      page,
      context,
    }) => {
      const errors = watchErrors(page);
      await openFixture(page);
      await recordPointerTypes(page);
      const cdp = await context.newCDPSession(page);

      // The chip is a touch target of its own: no browser pan starts under it.
      const chip = page.locator('[data-chip="dana"]');
      expect(await chip.evaluate((el) => getComputedStyle(el).touchAction)).toBe('none');
      const target = page.locator('.svelte-flow__node[data-id="operator:op2"]');
      await touchDrag(cdp, await centre(chip), await centre(target), 12, async () => {
        await expect(target.locator('.node')).toHaveClass(/hover/);
        await expect(page.getByTestId('drag-ghost')).toHaveClass(/touch/);
      });
      expect(await pointerTypes(page)).toContain('touch');
      const dialog = page.getByTestId('amount-picker');
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('How much should Dana put into Op2?');
      const number = dialog.getByRole('spinbutton');
      await page.touchscreen.tap(...(Object.values(await centre(number)) as [number, number]));
      await number.fill('50');
      const confirm = dialog.getByRole('button', { name: 'Confirm' });
      await page.touchscreen.tap(...(Object.values(await centre(confirm)) as [number, number]));
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('announcer')).toContainText('Dana put 50 LST into Op2');
      await page
        .getByTestId('cascade-all')
        .tap()
        .catch(() => {});
      await expect(narration(page).filter({ hasText: 'Dana restakes 50 LST' })).toHaveCount(1);

      // A fault by taps: the node, then its fault in the inspector; the narration comes in (its tab, in portrait)
      // and plays.
      await page.locator('.svelte-flow__node[data-id="operator:op1"] .name').tap();
      await inspectorShown(page);
      await expect(page.locator('#side-inspector')).toContainText('Op1');
      const fault = page.locator('button[data-fault="avs-misbehaviour"]').filter({ hasText: /oracle/i });
      await expect(fault).toBeVisible();
      await fault.tap();
      await narrationShown(page);
      await expect(page.getByTestId('cascade-progress')).toContainText(/Step \d+ of/);
      await page.getByTestId('cascade-all').tap();
      await expect(narration(page).filter({ hasText: /slash/i })).not.toHaveCount(0);
      await expect(narration(page).filter({ hasText: /Op1/ })).not.toHaveCount(0);
      await page.screenshot({ path: `screenshots/touch-cascade-${tag}.png` });
      expect(errors).toEqual([]);
    });

    test('allocation handle, pan, menus and hit targets with touch', async ({ page, context }) => {
      const errors = watchErrors(page);
      await openFixture(page);
      const cdp = await context.newCDPSession(page);
      // A touch screen is a coarse pointer: every control gets at least 44 px; a glossary word inside a sentence
      // keeps the line's height but is still a 24x24 target at least (WCAG 2.5.8).
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      const small: string[] = [];
      let termsSeen = 0;
      const measure = async (selector: string, min: number) => {
        const all = await page.locator(selector).all();
        for (const control of all) {
          const b = (await control.boundingBox())!;
          if (b.height < min || b.width < min)
            small.push(
              `${(await control.getAttribute('aria-label')) ?? (await control.textContent())?.trim()}: ${b.width}x${b.height}`,
            );
        }
        return all.length;
      };
      const measureTargets = async () => {
        await measure(
          '.toolbar button:visible, .toolbar select:visible, [data-testid=side-panel] button:visible:not(.term), .svelte-flow__controls-button:visible',
          44,
        );
        termsSeen += await measure('[data-testid=side-panel] button.term:visible', 24);
      };
      await measureTargets();
      // The stake chip and the handle are drawn small inside the card, but their hit area is 44 px (zoom 1).
      const hit = await page.locator('[data-chip="dana"]').evaluate((el) => {
        const after = getComputedStyle(el, '::after');
        return { w: parseFloat(after.width), h: parseFloat(after.height) };
      });
      expect(hit.w).toBeGreaterThanOrEqual(44);
      expect(hit.h).toBeGreaterThanOrEqual(44);

      // Pan with one finger on the empty pane: the view moves.
      const viewport = page.locator('.svelte-flow__viewport');
      const before = await viewport.getAttribute('style');
      const pane = (await page.locator('.svelte-flow__pane').boundingBox())!;
      const start = { x: pane.x + pane.width - 40, y: pane.y + pane.height - 30 };
      await touchDrag(cdp, start, { x: start.x - 120, y: start.y - 60 }, 8);
      await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);

      // Pinch with two fingers on the pane: the graph zooms in.
      const scaleNow = async () => Number(/scale\(([\d.]+)\)/.exec((await viewport.getAttribute('style')) ?? '')?.[1]);
      const beforePinch = await scaleNow();
      const c = { x: pane.x + pane.width / 2, y: pane.y + pane.height - 60 };
      const fingers = (d: number) => [
        { x: c.x - d, y: c.y, id: 1, radiusX: 6, radiusY: 6, force: 1 },
        { x: c.x + d, y: c.y, id: 2, radiusX: 6, radiusY: 6, force: 1 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
      for (let d = 30; d <= 100; d += 10)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(400);
      await expect.poll(scaleNow).toBeGreaterThan(beforePinch * 1.5);

      // The zoom controls answer taps.
      await page.getByRole('button', { name: 'Fit View' }).tap();
      const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await viewport.getAttribute('style')) ?? '')?.[1]);
      const fitted = await scale();
      await page.getByRole('button', { name: 'Zoom In' }).tap();
      await expect.poll(scale).toBeGreaterThan(fitted);
      await page.getByRole('button', { name: 'Fit View' }).tap();
      await expect.poll(scale).toBeCloseTo(fitted, 3);

      // Tapping an operator shows its allocation pills (whatever the zoom); drag one sideways with a finger.
      await page.locator('.svelte-flow__node[data-id="operator:op1"] .name').tap();
      const handle = page.locator('[data-alloc="op1:da"]');
      await expect(handle).toBeVisible();
      await expect
        .poll(() => handle.evaluate((el) => getComputedStyle(el.closest('.svelte-flow__edge-label')!).opacity))
        .toBe('1');
      const h = await centre(handle);
      await touchDrag(cdp, h, { x: h.x + 40, y: h.y }, 6, async () => {
        await expect(page.locator('.alloc .note')).toContainText('takes effect');
      });
      await expect(page.getByTestId('announcer')).toContainText('Op1 set its allocation to DA layer to');
      // With an operator in the inspector (and the narration, stacked), its words are targets too.
      await measureTargets();
      expect(termsSeen).toBeGreaterThan(0);
      expect(small).toEqual([]);

      // The scenario menu opens and closes with taps.
      await page.getByTestId('scenario-menu-button').tap();
      await expect(page.getByTestId('scenario-menu')).toBeVisible();
      await page.touchscreen.tap(pane.x + pane.width / 2, pane.y + pane.height - 20);
      await expect(page.getByTestId('scenario-menu')).toBeHidden();
      // The side panel's tabs (portrait) answer taps; stacked (landscape), both views are there without one.
      if (stacked) await expect(page.getByTestId('side-tab-narration')).toHaveCount(0);
      else await page.getByTestId('side-tab-narration').tap();
      await narrationShown(page);
      expect(errors).toEqual([]);
    });

    test('layout: no sideways scrolling, nothing essential cut off', async ({ page }) => {
      await openFixture(page);
      await page.locator('.svelte-flow__node[data-id="operator:op1"] .name').tap();
      await expect(page.locator('button[data-fault]').first()).toBeVisible();
      const m = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
        bodyScroll: document.body.scrollWidth,
      }));
      expect(m.scroll).toBeLessThanOrEqual(m.inner);
      expect(m.bodyScroll).toBeLessThanOrEqual(m.inner);
      // Every toolbar control, the graph, the side panel's tabs and transport are inside the window.
      const inside = async (l: Locator) => {
        const b = (await l.boundingBox())!;
        return b.x >= 0 && b.y >= 0 && b.x + b.width <= viewport.width + 0.5 && b.y + b.height <= viewport.height + 0.5;
      };
      for (const control of await page
        .locator('.toolbar button:visible, .toolbar select:visible, .toolbar input[type=range]')
        .all()) {
        expect(await inside(control), (await control.getAttribute('aria-label')) ?? 'toolbar control').toBe(true);
      }
      for (const l of [
        ...(stacked
          ? [page.locator('#inspector-title'), page.locator('#narration-title')]
          : [page.getByTestId('side-tab-inspector'), page.getByTestId('side-tab-narration')]),
        page.getByTestId('cascade-all'),
        page.getByRole('button', { name: 'Replay' }),
      ]) {
        expect(await inside(l)).toBe(true);
      }
      const graph = (await page.locator('.graph-area').boundingBox())!;
      expect(graph.height).toBeGreaterThanOrEqual(300);
      expect(graph.width).toBeGreaterThanOrEqual(viewport.width * 0.6);
      // The faults of the selected operator are all reachable in the inspector (scrolled into view if needed).
      for (const f of await page.locator('#side-inspector button[data-fault]').all()) {
        await f.scrollIntoViewIfNeeded();
        expect(await inside(f)).toBe(true);
      }
      await page.locator('#side-inspector').evaluate((el) => el.querySelector('.inspector')?.scrollTo(0, 0));
      await page.screenshot({ path: `screenshots/touch-${tag}.png` });
    });
  });
}
