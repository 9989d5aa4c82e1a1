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
 * A prepared scenario tells its story (issue 13, item 2) and a cascade shows each step when it happens (item 3):
 * the story card with title, description and attribution, the scenario opened at its start, "Play the story" and
 * "Skip to the end"; a cascade played beat by beat whose cards show, at each beat, the figures of the engine's
 * world as of that step (Timeline.stepWorlds) and whose narration is the `simulate` CLI's trace so far; routine
 * steps in one line that opens; time passing inside a fault said; services made attackable marked and said.
 */
const SHOTS = process.env.SHOTS_DIR ?? 'screenshots/story';
mkdirSync(SHOTS, { recursive: true });

async function open(page: Page, file: string) {
  // a new document each time (a change of the hash alone does not reopen the sandbox)
  await page.goto('about:blank');
  await page.goto(`/#/sandbox?scenario=${file}`);
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await expect(page.getByTestId('story-card')).toBeVisible();
}

const node = (page: Page, id: string) => page.locator(`.svelte-flow__node[data-id="${id}"]`);
const narration = (page: Page) => page.getByTestId('narration').locator('li .text');
const json = (file: string) => JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8'));

test('a prepared scenario opens at its start; Play the story tells it; Skip to the end is one click', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const scenario = json('solo-staker-slashed.json');
  await open(page, 'solo-staker-slashed.json');
  const card = page.getByTestId('story-card');
  await expect(card.getByRole('heading', { level: 2 })).toContainText(scenario.name);
  await expect(page.getByTestId('story-description')).toHaveText(scenario.description);
  await expect(page.getByTestId('story-progress')).toHaveText('4 events to play');
  // At its start: day 0, the validator not slashed yet.
  await expect(page.getByTestId('clock')).toContainText('day 0');
  await expect(node(page, 'validator:v1')).not.toContainText('slashed');
  await page.screenshot({ path: `${SHOTS}/story-start.png` });

  await page.getByTestId('story-play').click();
  await expect(page.getByTestId('story-stop')).toBeVisible();
  await expect(page.getByTestId('story-progress')).toHaveText('Event 1 of 4');
  // The slashing (event 2) is told in its turn, with its sentence, and the validator is then slashed.
  await expect(page.getByTestId('story-progress')).toHaveText('Event 2 of 4', { timeout: 15_000 });
  await expect(
    narration(page)
      .filter({ hasText: /slashed/i })
      .first(),
  ).toBeVisible({ timeout: 10_000 });
  await expect(node(page, 'validator:v1')).toContainText('slashed');
  await page.screenshot({ path: `${SHOTS}/story-playing.png` });

  await page.getByTestId('story-skip').click();
  await expect(page.getByTestId('story-progress')).toHaveText('Event 4 of 4');
  await expect(page.getByTestId('story-skip')).toBeDisabled();
  await expect(page.getByTestId('story-restart')).toBeVisible();
  // Playing stopped: nothing more is told after the skip.
  await page.waitForTimeout(2500);
  await expect(page.getByTestId('story-progress')).toHaveText('Event 4 of 4');
  await page.screenshot({ path: `${SHOTS}/story-end.png` });

  // Back to the start, then an attribution where the scenario has one.
  await page.getByTestId('story-restart').click();
  await expect(page.getByTestId('story-progress')).toHaveText('4 events to play');
  await open(page, 'whitepaper-counterexample.json');
  const paper = json('whitepaper-counterexample.json');
  await expect(page.getByTestId('story-attribution')).toBeHidden();
  await page.getByRole('button', { name: 'Show the whole story' }).click();
  await expect(page.getByTestId('story-attribution')).toHaveText(`Source: ${paper.attribution}`);
  const axe = await new AxeBuilder({ page }).include('[data-testid=story-card]').analyze();
  expect(axe.violations).toEqual([]);
  // The card's colours in the dark and projector themes too.
  for (const theme of ['dark', 'projector']) {
    await page.goto('about:blank');
    await page.goto(`/?theme=${theme}#/sandbox?scenario=whitepaper-counterexample.json`);
    await expect(page.getByTestId('story-card')).toBeVisible();
    await page.getByRole('button', { name: 'Show the whole story' }).click();
    const themed = await new AxeBuilder({ page }).include('[data-testid=story-card]').analyze();
    expect(themed.violations, theme).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/story-card-${theme}.png` });
  }
  expect(errors).toEqual([]);
});

test('a cascade: at each beat the cards show the engine’s world as of that step, the narration the CLI’s trace', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  const file = 'lrt-slashed-operator.json';
  const raw = json(file);
  // The engine's own answer: each step's world (stepWorlds), cut into the beats the player stops at.
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error('the scenario parses');
  const timeline = new Timeline(parsed.value, { modules: MODULES });
  expect(timeline.append(parsed.value.events[0], undefined).ok).toBe(true);
  const trace = timeline.traceOf(1);
  const worlds = timeline.stepWorlds(1)!;
  const beats = beatsOf(trace);
  // The CLI's trace of the same event (npm run simulate).
  const report = JSON.parse(
    execFileSync('node_modules/.bin/tsx', ['src/cli/simulate.ts', `public/scenarios/${file}`], { encoding: 'utf8' }),
  );
  const cli: string[] = report.trace[report.trace.length - 1].steps.map((s: { text: string }) => s.text);
  expect(cli).toEqual(trace.map((s) => s.text));

  await open(page, file);
  await page.getByTestId('story-play').click();
  await page.getByRole('button', { name: 'Pause cascade' }).click();
  // Step back to the first beat whatever the timer did before the pause.
  const back = page.getByRole('button', { name: 'Previous step' });
  while (await back.isEnabled()) await back.click();
  const progress = page.getByTestId('cascade-progress');
  let beat = Number((await progress.textContent())!.match(/Step (\d+)/)![1]);
  let changedSomewhere = 0;
  for (; beat <= beats.length; beat++) {
    await expect(progress).toHaveText(`Step ${beat} of ${beats.length}`);
    const at = beats[beat - 1];
    // The narration so far: the CLI's steps up to this beat, in order.
    await expect(narration(page)).toHaveText(cli.slice(0, at + 1));
    // Every card drawn shows the figures of the world as of this step (not the world after the cascade).
    const view = buildWorldView(worlds[at]);
    const final = buildWorldView(timeline.worldAt(1));
    for (const entity of view.entities) {
      const card = node(page, entity.id);
      if ((await card.count()) === 0) continue;
      for (const fact of entity.facts.slice(0, 3)) {
        if (fact.parts && fact.parts.length > 1) continue;
        await expect(card.locator('dd', { hasText: fact.value }).first()).toBeVisible();
        const after = final.entities.find((e) => e.id === entity.id)?.facts.find((f) => f.label === fact.label);
        if (after && after.value !== fact.value) changedSomewhere++;
      }
    }
    if (beat === 2) await page.screenshot({ path: `${SHOTS}/cascade-beat-2.png` });
    if (beat < beats.length) await page.getByRole('button', { name: 'Next step' }).click();
  }
  // Some card showed a figure the cascade had not reached yet (the old way, every card jumped at the first step).
  expect(changedSomewhere).toBeGreaterThan(0);
  await page.screenshot({ path: `${SHOTS}/cascade-end.png` });
  expect(errors).toEqual([]);
});

test('routine steps are one line that opens; time passing in a fault is said; attackable services are marked', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  // The Lido story's last event: 20 days of reports and fee mints, told as routine lines.
  await open(page, 'lido-slashed-operator.json');
  await page.getByTestId('story-skip').click();
  // At 1280x800 the narration is a tab beside the inspector.
  const tab = page.locator('#side-tab-narration');
  if (await tab.isVisible()) await tab.click();
  const routine = page.getByTestId('routine-run').first();
  await expect(routine).toBeVisible();
  await expect(routine.locator('summary')).toContainText(/\d+ routine steps/);
  const inner = routine.locator('ol li').first();
  await expect(inner).toBeHidden();
  await routine.locator('summary').click();
  await expect(inner).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/routine-open.png` });

  // A double-sign of a pool validator at the end of the Lido story: the fault runs the clock until the correlation
  // penalty, and the narration says so (the clock moves with the steps).
  await node(page, 'validator:g1').locator('.name').click();
  await page.locator('button[data-fault="double-sign"]').first().click();
  await page.getByTestId('cascade-all').click();
  if (await tab.isVisible()) await tab.click();
  await expect(page.getByTestId('time-passes')).toContainText(
    /\d+ days pass while the slashed validators’ exit is processed/,
  );
  await page.screenshot({ path: `${SHOTS}/time-in-fault.png` });

  // A key compromise of Op1 on the three-AVS network: time passes inside the fault, and two services can then
  // be attacked at a profit.
  await open(page, 'three-avs-unique.json');
  await node(page, 'operator:op1').locator('.name').click();
  await page.locator('button[data-fault="key-compromise"]').first().click();
  // Played step by step, an amount counts to its new value at the step that changes it (motion is not reduced).
  await expect(page.getByTestId('counting').first()).toBeVisible({ timeout: 10_000 });
  const all = page.getByTestId('cascade-all');
  if (await all.isEnabled()) await all.click();
  await expect(page.getByTestId('counting')).toHaveCount(0);
  await expect(page.getByTestId('time-passes')).toContainText('1 day passes while the fault’s consequences land');
  await expect(page.getByTestId('attackable-summary')).toContainText('an attack pays on DA layer and Bridge');
  await expect(node(page, 'avs:da').getByTestId('attackable-mark')).toHaveText('Attackable');
  await expect(node(page, 'avs:bridge').getByTestId('attackable-mark')).toHaveText('Attackable');
  await expect(node(page, 'avs:oracle').getByTestId('attackable-mark')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/attackable.png` });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  expect(errors).toEqual([]);
});
