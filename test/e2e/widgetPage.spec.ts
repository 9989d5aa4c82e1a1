import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { watchErrors } from './support/pageErrors';

/**
 * A built-in widget's static page (public/widget/<id>.html, written by `npm run oembed`): the address an author
 * pastes into a CMS, whose markup carries the oEmbed discovery link (test/unit/embed/widgetPages.test.ts). Here, as a
 * reader sees it: no script of its own, the widget in its frame, no axe violations, and its link opens the scenario
 * in the app.
 */
const SHOTS = process.env.WIDGET_PAGE_SHOTS ?? '/tmp/widget-page-shots';
mkdirSync(SHOTS, { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  test(`a widget page in ${scheme} colours: the widget in its frame, axe clean, and a link into the app`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/widget/three-avs-pooled.html');
    await expect(page.locator('link[rel=alternate][type="application/json+oembed"]')).toHaveAttribute(
      'href',
      /\/oembed\/three-avs-pooled\.json$/,
    );
    expect(await page.locator('script').count()).toBe(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three AVSs on shared operators: pooled');
    const widget = page.frameLocator('iframe').getByTestId('embed-widget');
    await expect(widget).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/widget-page-${scheme}.png` });
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.getByRole('link', { name: 'Open it in Restaking Lab' }).click();
    await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: /^Scenario:/ })).toContainText('Three AVSs on shared operators');
    expect(errors).toEqual([]);
  });
}
