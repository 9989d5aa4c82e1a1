import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { watchErrors } from './support/pageErrors';

/**
 * Every step of every lesson photographed as a first-time learner meets it (the question, then the reveal after
 * "Show me"), at the e2e viewport (1280x800), and each lesson's key step again in the projector theme at 1920x1080.
 * The pictures (screenshots/lessons14/) are for people to look at; the spec asserts that every step reaches its
 * reveal with "Show me", that no step's text overflows its panel, and that the page reports no error.
 */
const SHOTS = 'screenshots/lessons14';
mkdirSync(SHOTS, { recursive: true });

const LESSONS: { id: string; key: string }[] = [
  { id: 'stake-at-risk', key: 'safe-without-one-big-operator' },
  { id: 'solo-staking', key: 'the-correlation-penalty' },
  { id: 'delegated-staking', key: 'a-validator-signs-twice' },
  { id: 'liquid-staking', key: 'one-operator-is-slashed' },
  { id: 'restaking', key: 'the-bridge-slashes-op1' },
  { id: 'cascading-slashing', key: 'the-same-fault-under-pooled-stake' },
  { id: 'choosing-an-operator', key: 'a-risk-budget' },
  { id: 'systemic-risk', key: 'a-second-seller-a-spiral' },
  { id: 'security-math', key: 'a-shock-cascades' },
  { id: 'compare-positions', key: 'the-bridge-slashes-op1' },
];

const expectSlow = expect.configure({ timeout: 30_000 });

/** Walks a lesson with "Show me"; `onReveal` runs at each step's reveal. */
async function walk(page: Page, id: string, onStep: (stepId: string, n: number, phase: string) => Promise<void>) {
  const lesson = page.getByTestId('lesson');
  await expectSlow(lesson).toBeVisible();
  await expectSlow(page.locator('.svelte-flow__node').first()).toBeVisible();
  const count = await page.locator('nav ol.dots li').count();
  for (let i = 0; i < count; i++) {
    const stepId = (await lesson.getAttribute('data-step')) ?? '';
    await onStep(stepId, i + 1, 'ask');
    const radios = page.locator('input[name=predict]');
    if ((await radios.count()) > 0) {
      await radios.first().check();
      await page.getByTestId('answer').click();
      await expectSlow(page.getByTestId('answer-feedback')).toBeVisible();
    }
    if ((await lesson.getAttribute('data-phase')) === 'act') await page.getByTestId('show-me').click();
    await expectSlow(lesson).toHaveAttribute('data-phase', 'reveal');
    // the cards count up to their new numbers; the reveal is what the learner reads now
    await page.getByTestId('reveal').scrollIntoViewIfNeeded();
    await page.waitForTimeout(1200);
    await onStep(stepId, i + 1, 'reveal');
    await page.getByTestId('next').click();
  }
  await expectSlow(page.getByTestId('continue-sandbox')).toBeVisible();
}

/** No text box in the lesson panel is wider than its box (cut words). */
async function expectNoOverflow(page: Page, where: string) {
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=lesson] > aside :is(p, li, h2, h3)')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => (el.textContent ?? '').slice(0, 60)),
  );
  expect(cut, where).toEqual([]);
}

for (const { id } of LESSONS) {
  test(`lesson ${id}: every step photographed at 1280x800`, async ({ page }) => {
    test.setTimeout(300_000);
    const errors = watchErrors(page);
    await page.goto(`/#/lesson/${id}`);
    await walk(page, id, async (step, n, phase) => {
      await page.screenshot({ path: `${SHOTS}/${id}-${n}-${step}-${phase}.png` });
      await expectNoOverflow(page, `${id} ${step} ${phase}`);
    });
    await page.screenshot({ path: `${SHOTS}/${id}-done.png` });
    expect(errors).toEqual([]);
  });
}

test.describe('projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  for (const { id, key } of LESSONS) {
    test(`lesson ${id}: key step in the projector theme at 1920x1080`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.goto(`/?theme=projector#/lesson/${id}`);
      let seen = false;
      await walk(page, id, async (step, n, phase) => {
        if (step !== key || phase !== 'reveal') return;
        seen = true;
        await page.screenshot({ path: `${SHOTS}/projector-${id}-${n}-${step}.png` });
      });
      expect(seen, `key step ${key}`).toBe(true);
    });
  }
});
