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
import { registerAllCardParts } from '../../src/app/cards/allParts';
import { beatsOf } from '../../src/app/cascadeBeats';
import { watchErrors } from './support/pageErrors';

// these specs fold with all six models (registry.ts) and draw them: every model's cards
registerAllCardParts();

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

/**
 * An article around the replay: text above and below the iframe, the page scrolled so that the iframe's top is in
 * view and its narration below the fold. Stepping the cascade must never scroll the article (the narration keeps
 * its newest line in view by scrolling its own box, src/ui/sandbox/Narration.svelte; `scrollIntoView` would also
 * scroll the host page under its reader).
 */
const ARTICLE = '/article-host.html';
async function article(page: Page, query: string) {
  const para = '<p>' + 'Restaking lets the same stake secure several services at once. '.repeat(12) + '</p>';
  await page.route(`**${ARTICLE}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>An article</title></head><body style="margin:0 auto;max-width:760px;font:18px/1.6 serif">
        <h1>An article about restaking</h1>${para.repeat(6)}
        <iframe id="replay" title="Cascade replay" src="/embed.html?widget=cascade&scenario=lrt-slashed-operator${query}"
          style="display:block;width:720px;height:1100px;border:1px solid #888"></iframe>
        ${para.repeat(10)}</body></html>`,
    }),
  );
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(ARTICLE);
  const frame = page.frameLocator('#replay');
  await expect(frame.getByTestId('embed-widget')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  // The iframe's top 300 px in view, its narration (at the widget's bottom) below the fold.
  const top = await page.locator('#replay').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  // Wait for that scroll's own event (fired at the next frame) so it is not counted as one the widget caused.
  await page.evaluate(
    (y) =>
      new Promise<void>((done) => {
        addEventListener('scroll', () => requestAnimationFrame(() => done()), { once: true });
        window.scrollTo(0, y);
      }),
    top - 400,
  );
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(scrollY).toBeGreaterThan(500);
  // Every scroll of the host from now on is recorded.
  await page.evaluate(() => {
    const w = window as unknown as { __scrolls: number[] };
    w.__scrolls = [];
    addEventListener('scroll', () => w.__scrolls.push(window.scrollY));
  });
  return { frame, scrollY };
}

const hostScroll = (page: Page) =>
  page.evaluate(() => ({ y: window.scrollY, scrolls: (window as unknown as { __scrolls: number[] }).__scrolls }));

/** In the iframe: is the narration's newest line inside its scrolling box, and how far has the box scrolled? */
const newestLine = (page: Page) =>
  page.frame({ url: /embed\.html/ })!.evaluate(() => {
    const line = document.querySelector('[data-testid=narration] ol')?.lastElementChild;
    if (!line) return null;
    let box = line.parentElement;
    // the box that does scroll: overflow auto or scroll, and more content than height
    const scrolls = (el: HTMLElement) =>
      /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight;
    while (box && !scrolls(box)) box = box.parentElement;
    if (!box || box === document.documentElement || box === document.body) return null;
    const l = line.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    return {
      inView: l.top >= b.top - 1 && l.bottom <= b.bottom + 1,
      scrollTop: box.scrollTop,
      lines: box.scrollHeight,
    };
  });

test('in an article, stepping the whole cascade by keyboard never scrolls the host page', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { frame, scrollY } = await article(page, '');
  const progress = frame.getByTestId('cascade-progress');
  const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(3);
  // Focus the network without scrolling anything (a Tab into the frame would bring it into view, as it should).
  await frame.getByTestId('graph').evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
  expect((await hostScroll(page)).y).toBe(scrollY);
  for (let i = 1; i < total; i++) await page.keyboard.press('ArrowLeft');
  await expect(progress).toHaveText(`Step 1 of ${total}`);
  const seen: number[] = [];
  let maxScrollTop = 0;
  for (let beat = 1; beat <= total; beat++) {
    await expect(progress).toHaveText(`Step ${beat} of ${total}`);
    // the narration scrolls in the next frame: let two pass before reading
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect.poll(async () => (await newestLine(page))?.inView ?? true).toBe(true);
    maxScrollTop = Math.max(maxScrollTop, (await newestLine(page))?.scrollTop ?? 0);
    seen.push((await hostScroll(page)).y);
    if (beat < total) await page.keyboard.press('ArrowRight');
  }
  // the host never moved, at any step, and no scroll event reached it
  expect(seen).toEqual(seen.map(() => scrollY));
  expect((await hostScroll(page)).scrolls).toEqual([]);
  // while the narration's own box did scroll to keep its newest line in view (else the check above proves little)
  expect(maxScrollTop).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('in an article, autoplay through the whole cascade never scrolls the host page', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const { frame, scrollY } = await article(page, '&autoplay=true');
  const progress = frame.getByTestId('cascade-progress');
  const pause = frame.getByRole('button', { name: 'Pause cascade' });
  // Record the host's scrollY and the narration at every step the player takes, until it stops.
  const seen: number[] = [];
  const steps = new Set<string>();
  let maxScrollTop = 0;
  let outOfView = 0;
  const deadline = Date.now() + 120_000;
  do {
    const text = (await progress.textContent()) ?? '';
    const line = await newestLine(page);
    if (!steps.has(text)) {
      steps.add(text);
      seen.push((await hostScroll(page)).y);
    }
    if (line) maxScrollTop = Math.max(maxScrollTop, line.scrollTop);
    if (line && !line.inView) outOfView++;
    await page.waitForTimeout(100);
  } while ((await pause.count()) > 0 && Date.now() < deadline);
  await expect(pause).toHaveCount(0);
  const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
  await expect(progress).toHaveText(`Step ${total} of ${total}`);
  // it played through several steps, watched at each
  expect(steps.size).toBeGreaterThan(3);
  expect(seen).toEqual(seen.map(() => scrollY));
  expect((await hostScroll(page)).scrolls).toEqual([]);
  expect((await hostScroll(page)).y).toBe(scrollY);
  // the narration kept its newest line in view (a sample may fall between a line's arrival and its scroll)
  await expect.poll(async () => (await newestLine(page))?.inView).toBe(true);
  expect(outOfView).toBeLessThan(steps.size);
  expect(maxScrollTop).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
