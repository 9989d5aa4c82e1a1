import type { Page } from '@playwright/test';

/**
 * Collects what went wrong on a page: uncaught errors and console errors (plus console messages of any level that
 * match `alsoConsole`, e.g. CSP reports, which Chromium logs as warnings). Specs assert the list is empty.
 */
export function watchErrors(page: Page, alsoConsole?: RegExp): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || alsoConsole?.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}
