import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors } from './support/pageErrors';

/**
 * The lessons' remaining gaps: the whole path on the home page (progress, time, prerequisites met or not), a
 * finished lesson reopening on its completion screen after a reload (Review the steps, Next lesson), and the
 * pooled-stake edges saying the operator's whole stake is at risk (lesson 6's pooled step, the sandbox after the
 * switch). Screenshots in /tmp/lessonfix-shots.
 */
const SHOTS = '/tmp/lessonfix-shots';

const progress = (lesson: string, step: number, finished: boolean) =>
  JSON.stringify({ version: 1, lesson, step, completed: [], answers: {}, finished });

/** Saved progress as the lesson runner writes it (restaking-lab:lesson:<id>:v1): lesson 1 done, lesson 2 at step 3. */
async function seed(page: Page) {
  await page.goto('/#/');
  await page.evaluate(
    ([a, b]) => {
      localStorage.setItem('restaking-lab:lesson:stake-at-risk:v1', a);
      localStorage.setItem('restaking-lab:lesson:solo-staking:v1', b);
      localStorage.setItem(
        'restaking-lab:lessons:last',
        JSON.stringify({ lesson: 'solo-staking', title: 'Solo staking on Ethereum', steps: 7 }),
      );
    },
    [progress('stake-at-risk', 3, true), progress('solo-staking', 2, false)],
  );
}

test('the home page shows the whole path with progress, time and prerequisites, and never writes progress', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await seed(page);
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  await page.goto('/?theme=light#/');
  const path = page.getByTestId('home-path');
  await expect(path.locator('li[data-lesson]')).toHaveCount(10);
  await expect(path).toContainText('10 lessons');
  await expect(path.locator('[data-lesson="stake-at-risk"]')).toContainText('Finished');
  const solo = path.locator('[data-lesson="solo-staking"]');
  await expect(solo).toContainText('In progress: step 3 of 7');
  await expect(solo).toContainText('12 min');
  await expect(solo).toContainText('Why Proof of Stake needs stake at risk (done)');
  await expect(path.locator('[data-lesson="delegated-staking"]')).toContainText('Not started');
  await expect(path.locator('[data-lesson="delegated-staking"]')).toContainText('(done)');
  await expect(path.locator('[data-lesson="liquid-staking"]')).toContainText('Solo staking on Ethereum (not done yet)');
  await expect(page.getByTestId('home-continue')).toContainText('Solo staking on Ethereum');
  await path.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/home-path.png`, fullPage: true });
  await path.screenshot({ path: `${SHOTS}/home-path-section.png` });
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  await path.locator('[data-lesson="solo-staking"] a').click();
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-step', 'earn-rewards-for-a-week', { timeout: 30_000 });
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`the home page's path and "continue" have zero axe violations (${theme})`, async ({ page }) => {
    await seed(page);
    await page.goto(`/?theme=${theme}#/`);
    await expect(page.getByTestId('home-path').locator('li[data-lesson]')).toHaveCount(10);
    const results = await new AxeBuilder({ page }).include('[data-testid="home-path"]').include('.teaser').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
  });
}

/** Does each step as "show me" would (answering any question first), to reach the end of a lesson. */
async function finishWithShowMe(page: Page) {
  const lesson = page.getByTestId('lesson');
  for (let guard = 0; guard < 12; guard++) {
    const phase = await lesson.getAttribute('data-phase');
    if (phase === 'sandbox') return;
    if (phase === 'predict') {
      await page.locator('input[name=predict]').first().check();
      await page.getByTestId('answer').click();
    } else if (phase === 'act') {
      await page.getByTestId('show-me').click();
      await expect(lesson).toHaveAttribute('data-phase', 'reveal', { timeout: 20_000 });
    } else {
      await page.getByTestId('next').click();
    }
    await page.waitForTimeout(200);
  }
  throw new Error('the lesson did not end');
}

test('a finished lesson reopens on its completion screen after a reload; review and next lesson work', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/#/lesson/stake-at-risk');
  await expect(page.getByTestId('lesson')).toBeVisible({ timeout: 30_000 });
  await finishWithShowMe(page);
  await expect(page.locator('#done-title')).toHaveText('Lesson complete');
  await page.reload();
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-phase', 'sandbox', { timeout: 30_000 });
  await expect(page.locator('#done-title')).toHaveText('Lesson complete');
  await expect(page.getByTestId('continue-sandbox')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/finished-reloaded.png` });
  // Review the steps: the first step, and the lesson stays finished on the path
  await page.getByTestId('review-steps').click();
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-step', 'what-an-attack-would-pay');
  await page.getByTestId('back').isHidden();
  await page.goto('/#/lesson/stake-at-risk');
  await page.reload();
  await expect(page.locator('#done-title')).toHaveText('Lesson complete', { timeout: 30_000 });
  await page.getByTestId('next-lesson').click();
  await expect(page.getByTestId('step-title')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#lesson-title')).toHaveText('Solo staking on Ethereum');
  await page.goto('/#/lessons');
  await expect(page.locator('[data-lesson="stake-at-risk"]')).toContainText('Finished');
  expect(errors).toEqual([]);
});

const atRisk = /^all [\d,.]+ ETH at risk$/;

test("lesson 6's pooled step: each operator -> service edge says the whole stake is at risk, no percentage", async ({
  page,
}) => {
  await page.goto('/?theme=light#/lesson/cascading-slashing/the-same-fault-under-pooled-stake');
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-step', 'the-same-fault-under-pooled-stake', {
    timeout: 30_000,
  });
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
  const pooled = page.locator('.svelte-flow__edge-label.pooled');
  await expect(pooled.first()).toBeVisible();
  for (const text of await pooled.allInnerTexts()) expect(text.trim()).toMatch(atRisk);
  await expect(page.locator('.svelte-flow__edge-label.alloc-label')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/l6-pooled-edges.png` });
});

test('the sandbox after switching to pooled: "all 200 ETH at risk" on Op2\'s edges instead of allocation handles', async ({
  page,
}) => {
  await page.goto('about:blank');
  await page.goto('/?theme=light#/sandbox?scenario=three-avs-unique.json');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible({ timeout: 30_000 });
  const skip = page.getByTestId('story-skip');
  await expect(skip).toBeVisible({ timeout: 30_000 });
  if (await skip.isEnabled()) await skip.click();
  await expect(page.locator('.svelte-flow__edge-label.alloc-label').first()).toBeAttached();
  await expect(page.locator('.svelte-flow__edge-label.pooled')).toHaveCount(0);
  await page.getByTestId('model-switch').click();
  await page.locator('#model-menu [data-model="pooled"]').click();
  await expect(page.getByTestId('security-model')).toHaveText('Pooled');
  await expect(page.locator('.svelte-flow__edge-label.alloc-label')).toHaveCount(0);
  const pooled = page.locator('.svelte-flow__edge-label.pooled');
  await expect(pooled.filter({ hasText: 'all 200 ETH at risk' }).first()).toBeVisible();
  for (const text of await pooled.allInnerTexts()) expect(text.trim()).toMatch(atRisk);
  await page.screenshot({ path: `${SHOTS}/sandbox-pooled-edges.png` });
});
