/**
 * The colour themes (src/ui/styles/theme.css): each colour is written once as light-dark(light, dark), and
 * color-scheme picks the palette: the system's preference when no theme is chosen, else <html data-theme>.
 */
import { expect, test } from '@playwright/test';

const LIGHT_BG = 'rgb(245, 246, 249)'; // --bg light: #f5f6f9
const DARK_BG = 'rgb(15, 18, 24)'; // --bg dark: #0f1218
const PROJECTOR_BG = 'rgb(255, 255, 255)';

test('the page background follows the system preference, and a chosen theme wins over it', async ({ page }) => {
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const choose = (theme: string) => page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect.poll(bg).toBe(LIGHT_BG);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(bg).toBe(DARK_BG);
  await choose('light');
  await expect.poll(bg).toBe(LIGHT_BG);
  await choose('projector');
  await expect.poll(bg).toBe(PROJECTOR_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  await choose('dark');
  await expect.poll(bg).toBe(DARK_BG);
});
