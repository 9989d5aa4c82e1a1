import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
// the engine's English templates, so the expected trace's steps read as the CLI prints them
import '../../src/engine/messages/loadEnglish';
import { parseScenario } from '../../src/engine/scenario/validate';
import { Timeline } from '../../src/engine/timeline';
import { MODULES } from '../../src/engine/registry';
import { buildWorldView } from '../../src/app/worldView';
import { beatsOf } from '../../src/app/cascadeBeats';
import { watchErrors } from './support/pageErrors';

/**
 * The embed's cascade replay (widget=cascade), drawn without Svelte Flow (src/ui/embed/LiteGraph.svelte): stepped
 * with the keyboard alone, each beat's narration is the `simulate` CLI's trace so far and each card shows the
 * figures of the engine's world as of that step (Timeline.stepWorlds), so some card changes at the narrated step;
 * names and figures at 14 px or more at 720 px; axe-clean in the light, dark and projector themes.
 */
const SHOTS = process.env.E2E_SHOTS ?? 'test-results/embed';
mkdirSync(SHOTS, { recursive: true });

const card = (page: Page, id: string) => page.locator(`[data-testid="lite-card"][data-id="${id}"]`);
const narration = (page: Page) => page.getByTestId('narration').locator('li .text');

test('keyboard only: each beat shows the CLI’s narration and the cards of the engine’s world as of that step', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 720, height: 480 });
  const file = 'lrt-slashed-operator.json';
  const raw = JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8'));
  // The engine's own answer: the whole log's trace (the widget tells every event), each step's world, the beats.
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error('the scenario parses');
  const timeline = new Timeline(parsed.value, { modules: MODULES });
  for (const event of parsed.value.events) expect(timeline.append(event, undefined).ok).toBe(true);
  const events = parsed.value.events.length;
  const trace = Array.from({ length: events }, (_, i) => timeline.traceOf(i + 1)).flat();
  const worlds = Array.from({ length: events }, (_, i) => timeline.stepWorlds(i + 1)!).flat();
  const beats = beatsOf(trace);
  // The CLI's trace of the same log's events (npm run simulate; its first entry is the setup's, not told).
  const report = JSON.parse(
    execFileSync('node_modules/.bin/tsx', ['src/cli/simulate.ts', `public/scenarios/${file}`], { encoding: 'utf8' }),
  );
  const cli: string[] = report.trace
    .slice(-events)
    .flatMap((e: { steps: { text: string }[] }) => e.steps.map((s) => s.text));
  expect(cli).toEqual(trace.map((s) => s.text));

  await page.goto(`/embed.html?widget=cascade&scenario=${file.replace(/\.json$/, '')}`);
  await expect(page.getByTestId('embed-widget')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  // No Svelte Flow in the replay.
  await expect(page.locator('.svelte-flow')).toHaveCount(0);
  const progress = page.getByTestId('cascade-progress');
  await expect(progress).toHaveText(`Step ${beats.length} of ${beats.length}`); // shown whole at first

  // The keyboard reaches the network by Tab; the left arrow steps back to the first beat.
  const graph = page.getByTestId('graph');
  for (let i = 0; i < 20 && !(await graph.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(graph).toBeFocused();
  for (let i = 0; i < beats.length; i++) await page.keyboard.press('ArrowLeft');
  await expect(progress).toHaveText(`Step 1 of ${beats.length}`);

  const final = buildWorldView(timeline.worldAt(events));
  let changedAtItsStep = 0;
  let previous: Map<string, string> | null = null;
  for (let beat = 1; beat <= beats.length; beat++) {
    await expect(progress).toHaveText(`Step ${beat} of ${beats.length}`);
    const at = beats[beat - 1];
    await expect(narration(page)).toHaveText(cli.slice(0, at + 1));
    const view = buildWorldView(worlds[at]);
    const shown = new Map<string, string>();
    for (const entity of view.entities) {
      const c = card(page, entity.id);
      if ((await c.count()) === 0) continue;
      for (const fact of entity.facts.slice(0, 3)) {
        if (fact.parts && fact.parts.length > 1) continue;
        await expect(c.locator('dd', { hasText: fact.value }).first()).toBeVisible();
        const key = `${entity.id} ${fact.label}`;
        shown.set(key, fact.value);
        // a figure that differs from the last beat's is one the narrated step changed
        if (previous?.has(key) && previous.get(key) !== fact.value) changedAtItsStep++;
      }
    }
    previous = shown;
    if (beat === 2) await page.screenshot({ path: `${SHOTS}/cascade-lite-beat-2.png`, fullPage: true });
    if (beat < beats.length) await page.keyboard.press('ArrowRight');
  }
  expect(changedAtItsStep).toBeGreaterThan(0);
  // At the end the cards show the final world.
  for (const entity of final.entities.slice(0, 4)) {
    const fact = entity.facts[0];
    if (!fact || (fact.parts && fact.parts.length > 1) || (await card(page, entity.id).count()) === 0) continue;
    await expect(card(page, entity.id).locator('dd', { hasText: fact.value }).first()).toBeVisible();
  }

  // Names and figures read at 14 px or more at this width (their CSS size times the drawing's fit scale).
  const sizes = await page.evaluate(() => {
    const scale = Number(document.querySelector<SVGElement>('svg[data-scale]')!.dataset.scale);
    const px = (sel: string) =>
      Math.min(...[...document.querySelectorAll(sel)].map((el) => parseFloat(getComputedStyle(el).fontSize) * scale));
    return { name: px('[data-testid=lite-card] .name'), figure: px('[data-testid=lite-card] dd') };
  });
  expect(sizes.name).toBeGreaterThanOrEqual(14);
  expect(sizes.figure).toBeGreaterThanOrEqual(14);
  expect(errors).toEqual([]);
});

test('the replay takes no scroll or wheel: a reader scrolling over it scrolls the page', async ({ page }) => {
  await page.setViewportSize({ width: 720, height: 480 });
  await page.goto('/embed.html?widget=cascade&scenario=lrt-slashed-operator');
  await expect(page.getByTestId('embed-widget')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const box = (await page.getByTestId('graph').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 300) / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

for (const theme of ['light', 'dark', 'projector'] as const) {
  for (const [w, h] of [
    [720, 480],
    [400, 600],
  ] as const) {
    test(`axe: the cascade replay at ${w}x${h} in the ${theme} theme, with zero violations`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors = watchErrors(page);
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`/embed.html?widget=cascade&scenario=lrt-slashed-operator&theme=${theme}`);
      await expect(page.getByTestId('embed-widget')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
      // a beat in the middle, so a card is marked and a figure is the step's
      await page.getByRole('button', { name: 'Previous step' }).click();
      await page.getByRole('button', { name: 'Previous step' }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SHOTS}/cascade-lite-${theme}-${w}x${h}.png` });
      if (w === 400) await expect(page.getByTestId('scroll-hint')).toBeVisible();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}
