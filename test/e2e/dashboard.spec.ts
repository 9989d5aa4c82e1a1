import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { watchErrors } from './support/pageErrors';

/**
 * The dashboard and the compare view: screenshots at projector and desktop sizes (to /tmp/dashboard-shots, for a
 * human look), the worst attack lit in the graph, axe, and the main thread kept free while a long log is replayed
 * (the replay runs in a worker; long tasks are recorded with PerformanceObserver 'longtask').
 */
const SHOTS = process.env.DASHBOARD_SHOTS ?? '/tmp/dashboard-shots';
mkdirSync(SHOTS, { recursive: true });

async function open(page: Page, query = 'scenario=three-avs-pooled.json') {
  // a fresh load: a hash change alone does not switch the scenario
  await page.goto('about:blank');
  await page.goto(`/?theme=light#/sandbox?${query}`);
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  // A prepared scenario opens at its start (issue 13); these checks read the world at the end of its story.
  const skip = page.getByTestId('story-skip');
  if ((await skip.isVisible()) && (await skip.isEnabled())) await skip.click();
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  const tag = `${size.width}x${size.height}`;
  for (const file of ['three-avs-pooled.json', 'lrt-slashed-operator.json', 'real-network-2024-10.json']) {
    test(`dashboard and compare at ${tag}: ${file}`, async ({ page }) => {
      test.setTimeout(180_000);
      // axe over the real network's ~900 graph elements takes minutes on this machine; the small scenarios cover the panels
      const axe = async () => {
        if (!file.startsWith('real-network')) expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      };
      const errors = watchErrors(page);
      await page.setViewportSize(size);
      {
        await open(page, `scenario=${file}`);
        const name = file.replace(/\.json$/, '');
        await page.getByRole('tab', { name: 'Dashboard' }).click();
        const verdict = page.getByTestId('security-verdict').locator('[data-verdict]');
        await expect(verdict).toBeVisible({ timeout: 20_000 });
        if (file === 'three-avs-pooled.json') {
          // One cost of corruption, the analysis's: the cheapest whole operators (150 + 100 ETH), never 450 × 1/2,
          // which is shown as the stake needed to attack (issue 11).
          const da = page.getByRole('row', { name: /DA layer/ });
          await expect(da).toContainText(/225 ETH\s*250 ETH/);
          await expect(page.locator('g[data-avs="da"] text.val').first()).toHaveText('250');
        }
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${SHOTS}/dashboard-${name}-${tag}.png` });
        await axe();
        const light = page.getByRole('button', { name: 'Highlight this attack in the graph' });
        if (await light.isVisible()) {
          await light.click();
          // the attack's AVSs are outlined in the graph (when drawn one by one) and the bar says which attack is lit
          const avs = page.locator('.svelte-flow__node[data-id^="avs:"]');
          // (polled: the light's component loads with the first attack lit, if the dashboard's prefetch has not)
          await expect
            .poll(() =>
              avs.evaluateAll(
                (els) => els.filter((el) => getComputedStyle(el.firstElementChild!).outlineStyle === 'solid').length,
              ),
            )
            .toBeGreaterThan(0);
          await expect(page.getByRole('button', { name: 'Clear the highlight' })).toBeVisible();
          await page.waitForTimeout(200);
          await page.screenshot({ path: `${SHOTS}/dashboard-${name}-${tag}-lit.png` });
          await axe();
        }
        const lit = await page.getByRole('button', { name: 'Clear the highlight' }).isVisible();
        await page.getByRole('tab', { name: 'Compare models' }).click();
        // on the compare tab, the drawer's bar keeps the lit attack in view
        if (lit) await expect(page.locator('.drawer .hl')).toContainText('Worst attack lit in the graph');
        await expect(page.getByTestId('compare-differences')).toBeVisible({ timeout: 20_000 });
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${SHOTS}/compare-${name}-${tag}.png` });
        await axe();
      }
      expect(errors).toEqual([]);
    });
  }
}

test('the analysis drawer: half the column when open, resized by keyboard and by pointer, enlarged and restored; dark theme passes axe', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?theme=dark#/sandbox?scenario=three-avs-pooled.json');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  const splitter = page.getByTestId('analysis-splitter');
  await expect(splitter).toHaveAttribute('aria-valuenow', '50');
  const drawer = page.locator('section.drawer');
  const h0 = (await drawer.boundingBox())!.height;
  await splitter.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(splitter).toHaveAttribute('aria-valuenow', '40');
  expect((await drawer.boundingBox())!.height).toBeLessThan(h0 - 20);
  const box = (await splitter.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 200, { steps: 4 });
  await page.mouse.up();
  expect(Number(await splitter.getAttribute('aria-valuenow'))).toBeGreaterThan(60);
  await page.getByRole('button', { name: 'Make the analysis smaller' }).click();
  await expect(splitter).toHaveAttribute('aria-valuenow', '50');
  await page.getByRole('button', { name: 'Enlarge the analysis' }).click();
  await expect(splitter).toHaveAttribute('aria-valuenow', '88');
  // lighting the attack brings the drawer back to half, so the graph shows it
  await expect(page.getByTestId('security-verdict').locator('[data-verdict]')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Highlight this attack in the graph' }).click();
  await expect(splitter).toHaveAttribute('aria-valuenow', '50');
  await page.screenshot({ path: `${SHOTS}/dashboard-dark-1280x720.png` });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('projector theme: the dashboard and its verdict at 1280x720 pass axe', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?theme=projector#/sandbox?scenario=three-avs-pooled.json');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('security-verdict').locator('[data-verdict]')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Highlight this attack in the graph' }).click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${SHOTS}/dashboard-projector-1280x720.png` });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

/**
 * Main-thread blocking while the analysis recomputes on a long log. The log is imported as a file; then one day is
 * stepped with the toolbar (one new event) and every long task (> 50 ms, PerformanceObserver 'longtask') from the
 * click until the panel shows the new position is recorded, once with the panel closed (the graph's own update:
 * the baseline) and once with the dashboard open and once with the compare view open. The figures are printed.
 */
async function importLog(page: Page, scenario: Record<string, unknown>, events: unknown[]) {
  await page.getByTestId('import-input').setInputFiles({
    name: 'long-log.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...scenario, events })),
  });
  await expect(page.getByRole('slider').or(page.locator('[aria-valuetext]')).first()).toBeVisible();
  await expect(page.locator('.sandbox')).toContainText(`${events.length}/${events.length}`, { timeout: 60_000 });
}

async function stepAndMeasure(page: Page, settled: () => Promise<void>): Promise<{ tasks: number[]; ms: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __obs?: PerformanceObserver };
    w.__long = [];
    w.__obs?.disconnect();
    w.__obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    });
    w.__obs.observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Advance one day' }).click();
  await settled();
  const ms = Date.now() - t0;
  // let the observer deliver the last entries
  await page.waitForTimeout(200);
  const tasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long.map((d) => Math.round(d)));
  return { tasks, ms };
}

for (const which of ['starter', 'real-network'] as const) {
  test(`long log (${which}): the page is not blocked while the dashboard and compare view recompute`, async ({
    page,
  }) => {
    test.setTimeout(360_000);
    const { starterLongLog, realNetworkLongLog } = await import('../bench/replayLog');
    const { readFileSync } = await import('node:fs');
    const log =
      which === 'starter'
        ? starterLongLog(365, 400)
        : realNetworkLongLog(JSON.parse(readFileSync('public/scenarios/real-network-2024-10.json', 'utf8')));
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, '');
    await importLog(page, log.scenario, log.events);
    let n = log.events.length;
    const position = (k: number) => page.locator(`.content[data-position="${k}"]:not(.stale)`);

    // Each measured 3 times (the machine is shared; the median of the worst task per step is compared).
    const ROUNDS = 3;
    const rounds = async (settled: () => Promise<void>) => {
      const out: { tasks: number[]; ms: number }[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        out.push(await stepAndMeasure(page, settled));
        n++;
      }
      return out;
    };
    // baseline: the analysis closed
    const closed = await rounds(async () => {
      await expect(page.locator('.sandbox')).toContainText(`${n + 1}/${n + 1}`, { timeout: 60_000 });
    });

    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await expect(position(n)).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('security-verdict').locator('[data-verdict]')).toBeVisible({ timeout: 60_000 });
    const dashboard = await rounds(async () => {
      await expect(position(n + 1)).toBeVisible({ timeout: 60_000 });
    });

    await page.getByRole('tab', { name: 'Compare models' }).click();
    const sidesAt = async () => {
      await expect(page.getByTestId('compare-differences')).toHaveAttribute('aria-busy', 'false', { timeout: 120_000 });
    };
    await sidesAt();
    const compare = await rounds(sidesAt);
    // what the learner sees while the dashboard catches up: the previous numbers, labelled, and no verdict claimed
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await expect(position(n)).toBeVisible({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Advance one day' }).click();
    // Read at one instant: the notice may be gone by the time a second look is taken (a fast replay), which is
    // fine; while it is there it must say which numbers are shown.
    const busyText = await page.evaluate(
      () => document.querySelector('[data-testid=dashboard-computing]')?.textContent ?? null,
    );
    if (busyText !== null) {
      expect(busyText).toContain('Updating to event');
      await page.screenshot({ path: `${SHOTS}/dashboard-updating-${which}-1280x720.png` });
    }
    await expect(position(n + 1)).toBeVisible({ timeout: 60_000 });
    const report = { which, events: log.events.length, closed, dashboard, compare };
    console.log(`longtasks ${JSON.stringify(report)}`);
    test.info().annotations.push({ type: 'longtasks', description: JSON.stringify(report) });
    // Nothing the panels do blocks for long: any long task with a panel open is no longer than the graph's own
    // update with the panel closed (plus scheduling noise on a loaded 2-core machine).
    const worst = (rs: { tasks: number[] }[]) =>
      rs.map((r) => Math.max(0, ...r.tasks)).sort((x, y) => x - y)[Math.floor(rs.length / 2)];
    expect(worst(dashboard)).toBeLessThanOrEqual(Math.max(50, worst(closed) * 1.5 + 50));
    expect(worst(compare)).toBeLessThanOrEqual(Math.max(50, worst(closed) * 1.5 + 50));
    expect(errors).toEqual([]);
  });
}
