import { test, expect } from '@playwright/test';

/** Screenshots of each view at projector and desktop sizes, saved under screenshots/ (git-ignored) to look at. */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const VIEWS = [
  { name: 'home', hash: '#/' },
  { name: 'lessons', hash: '#/lessons' },
  { name: 'sandbox', hash: '#/sandbox' },
];

for (const size of SIZES) {
  for (const view of VIEWS) {
    for (const theme of ['light', 'dark', 'projector']) {
      test(`screenshot ${view.name} ${size.width}x${size.height} ${theme}`, async ({ page }) => {
        await page.setViewportSize(size);
        await page.goto(`/?theme=${theme}${view.hash}`);
        if (view.name === 'sandbox') await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
        await page.waitForTimeout(500);
        await page.screenshot({ path: `screenshots/${view.name}-${size.width}x${size.height}-${theme}.png` });
      });
    }
  }
}
