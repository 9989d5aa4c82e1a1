import { test, expect, type Page } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';

/**
 * Screenshots of every view at projector and desktop sizes, saved under screenshots/ (git-ignored) to look at:
 * home, lessons, the default sandbox (three themes), each prepared scenario (the real network included) and a
 * cascade caught mid-play, at a projector's 1280x720, 1920x1080 and a tablet held upright (768x1024).
 */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 768, height: 1024 },
];
const index = JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')) as { scenarios: { file: string }[] };
mkdirSync('screenshots', { recursive: true });

async function ready(page: Page) {
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
  await page.waitForTimeout(400);
}

for (const size of SIZES) {
  const tag = `${size.width}x${size.height}`;
  test.describe(`screenshots ${tag}`, () => {
    test.use({ viewport: size });

    for (const view of [
      { name: 'home', hash: '#/' },
      { name: 'lessons', hash: '#/lessons' },
    ]) {
      test(`${view.name}`, async ({ page }) => {
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`/?theme=light${view.hash}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `screenshots/${view.name}-${tag}.png` });
        expect(errors).toEqual([]);
      });
    }

    for (const theme of ['light', 'dark', 'projector']) {
      test(`sandbox default ${theme}`, async ({ page }) => {
        await page.goto(`/?theme=${theme}#/sandbox`);
        await ready(page);
        await page.screenshot({ path: `screenshots/sandbox-default-${tag}-${theme}.png` });
      });
    }

    for (const { file } of index.scenarios) {
      test(`scenario ${file}`, async ({ page }) => {
        await page.goto(`/?theme=light#/sandbox?scenario=${file}`);
        await ready(page);
        await expect(page.getByTestId('notice')).toBeVisible();
        await page.screenshot({ path: `screenshots/scenario-${file.replace(/\.json$/, '')}-${tag}.png` });
      });
    }

    test('cascade mid-play', async ({ page }) => {
      await page.goto('/?theme=light#/sandbox');
      await ready(page);
      await page.locator('.svelte-flow__node[data-id="operator:orion"] .name').click();
      await page.locator('button[data-fault="avs-misbehaviour"]').first().click();
      await expect(page.getByTestId('cascade-progress')).toContainText(/Step [23] of/, { timeout: 5000 });
      await page.screenshot({ path: `screenshots/cascade-midplay-${tag}.png` });
    });
  });
}

// A 4K screen at 1x: the root size grows (theme.css), so chrome and panels keep their 1920 proportions.
test.describe('screenshots 3840x2160', () => {
  test.use({ viewport: { width: 3840, height: 2160 } });
  test('sandbox with a selection and a cascade', async ({ page }) => {
    await page.goto('/?theme=light#/sandbox');
    await ready(page);
    await page.locator('.svelte-flow__node[data-id="operator:orion"] .name').click();
    await page.locator('button[data-fault="avs-misbehaviour"]').first().click();
    await page.getByTestId('cascade-all').click();
    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);
    const side = (await page.getByTestId('side-panel').boundingBox())!;
    expect(side.width).toBeGreaterThanOrEqual(700);
    await page.screenshot({ path: 'screenshots/sandbox-3840x2160.png' });
  });
});
