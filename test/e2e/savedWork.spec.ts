import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

/**
 * Saved work is never lost (issue 12, item 1), each path in Chromium: an unreadable save is moved aside and kept;
 * a link, an import or a prepared scenario keeps the current work in Recent work first; the address bar drops the
 * link once loaded, so a reload restores the autosave; "Copy share link" leaves the address bar alone; a full
 * storage is shown and retried; ?fuzz has its own storage; changing ?scenario= in an open tab loads it.
 */
const KEY = 'restaking-lab:sandbox:v1';
const RECENT = 'restaking-lab:recent:v1';

const scenarioFile = (name: string) => {
  const s = JSON.parse(readFileSync('public/scenarios/three-avs-unique.json', 'utf8'));
  s.name = name;
  s.events = [];
  return s;
};
/** A share payload as the app writes it (format v2: gzip, base64url). */
const shareOf = (data: unknown) => `v2.${gzipSync(Buffer.from(JSON.stringify(data))).toString('base64url')}`;

/** The saved work is read and folded in the load worker, which is slow to start on a loaded machine. */
async function ready(page: Page) {
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible({ timeout: 15_000 });
}
const step = (page: Page) => page.getByRole('button', { name: /^Advance one / }).click();
const savedEvents = (page: Page) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.scenario?.events?.length ?? null, KEY);

/** Opens the sandbox with some work: the starter plus `n` time steps, autosaved. */
async function withWork(page: Page, n: number) {
  await page.goto('/#/sandbox');
  await ready(page);
  for (let i = 0; i < n; i++) await step(page);
  await expect.poll(() => savedEvents(page)).toBe(n);
}

const GOOD = JSON.stringify({ format: 1, savedAt: 'x', scenario: scenarioFile('Learner work') });
const UNREADABLE: [string, string][] = [
  ['not JSON', '{ nope'],
  ['cut off', GOOD.slice(0, 60)],
  ['bit-flipped', `z${GOOD.slice(1)}`],
  ['null', 'null'],
  ['a list', '[]'],
  ['no scenario', '{"savedAt":"x"}'],
  ['"version": 2 (a newer build)', JSON.stringify({ version: 2, savedAt: 'x', scenario: scenarioFile('Future') })],
  ['a scenario the schema refuses', JSON.stringify({ savedAt: 'x', scenario: { version: 2, name: 'Future' } })],
];

for (const [name, text] of UNREADABLE) {
  test(`an unreadable save (${name}) is moved aside, kept as it was, and not written over by the next click`, async ({
    page,
  }) => {
    await page.addInitScript(
      ([k, t]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(k, t);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY, text],
    );
    await page.goto('/#/sandbox');
    await ready(page);
    const banner = page.getByTestId('save-set-aside');
    await expect(banner).toContainText('Your saved work could not be read');
    const key = (await banner.textContent())!.match(/under “([^”]+)”/)![1];
    expect(key).toMatch(/^restaking-lab:unreadable:/);
    await step(page);
    await expect.poll(() => savedEvents(page)).toBe(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(text);
    // The save can be downloaded, from the banner and from the scenario menu.
    const download = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Download it' }).click();
    expect(await (await download).path()).toBeTruthy();
    await page.getByTestId('scenario-menu-button').click();
    await expect(page.getByTestId('aside-download')).toHaveCount(1);
    // A reload still has it, and restores the new work.
    await page.reload();
    await ready(page);
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(text);
    await expect(page.getByTestId('notice')).toContainText('Restored your work from this browser (1 events)');
  });
}

test('a share link over saved work keeps it in Recent work; it comes back from the notice and from the menu', async ({
  page,
}) => {
  await withWork(page, 3);
  await page.goto(`/#/sandbox?s=${shareOf(scenarioFile('From a link'))}`);
  await expect(page.getByTestId('scenario-name')).toHaveText('From a link');
  await expect(page.getByTestId('notice')).toContainText(
    'Your previous work “Starter: a small restaking network” (3 events) is kept in Recent work',
  );
  // The link left the address bar before it was opened.
  expect(new URL(page.url()).hash).toBe('#/sandbox');
  await page.getByTestId('notice-action').click();
  await expect(page.getByTestId('scenario-name')).toHaveText('Starter: a small restaking network');
  expect(await savedEvents(page)).toBe(3);
  // The link's scenario is now in Recent work (the swap kept it).
  await page.getByTestId('scenario-menu-button').click();
  await expect(page.getByTestId('recent-restore')).toHaveCount(1);
  await expect(page.getByTestId('recent-restore').first()).toContainText('From a link');
  await expect(page.getByTestId('recent-work')).toBeVisible();
  expect((await new AxeBuilder({ page }).include('[data-testid=scenario-menu]').analyze()).violations).toEqual([]);
  await page.getByTestId('recent-restore').first().click();
  await expect(page.getByTestId('scenario-name')).toHaveText('From a link');
});

test('an import and a prepared scenario keep the work too; the last five works are all restorable', async ({
  page,
}) => {
  await withWork(page, 1);
  for (let i = 1; i <= 5; i++) {
    await page.getByTestId('import-input').setInputFiles({
      name: `w${i}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenarioFile(`Work ${i}`))),
    });
    await expect(page.getByTestId('scenario-name')).toHaveText(`Work ${i}`);
    await step(page);
  }
  const recent = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), RECENT);
  expect(recent.map((w: { name: string }) => w.name)).toEqual([
    'Work 4',
    'Work 3',
    'Work 2',
    'Work 1',
    'Starter: a small restaking network',
  ]);
  await page.getByTestId('scenario-menu-button').click();
  await expect(page.getByTestId('recent-restore')).toHaveCount(5);
  await page.getByTestId('recent-restore').last().click();
  await expect(page.getByTestId('scenario-name')).toHaveText('Starter: a small restaking network');
});

test('a reload after opening a link restores the autosave, not the link', async ({ page }) => {
  await page.goto(`/#/sandbox?s=${shareOf(scenarioFile('Linked'))}`);
  // the starter is drawn first, then the link is folded in the load worker (slow to start on a loaded machine)
  await expect(page.getByTestId('scenario-name')).toHaveText('Linked', { timeout: 15_000 });
  expect(new URL(page.url()).hash).toBe('#/sandbox');
  await step(page);
  await step(page);
  await expect.poll(() => savedEvents(page)).toBe(2);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('notice')).toContainText('Restored your work from this browser (2 events)');
  expect(await savedEvents(page)).toBe(2);
});

test('a reload after ?scenario= restores the autosave', async ({ page }) => {
  await page.goto('/#/sandbox?scenario=three-avs-unique.json');
  await expect(page.getByTestId('scenario-name')).toHaveText('Three AVSs on shared operators (unique stake)', {
    timeout: 15_000,
  });
  expect(new URL(page.url()).hash).toBe('#/sandbox');
  const before = (await savedEvents(page)) as number;
  await step(page);
  await expect.poll(() => savedEvents(page)).toBe(before + 1);
  await page.reload();
  await ready(page);
  expect(await savedEvents(page)).toBe(before + 1);
  await expect(page.getByTestId('notice')).toContainText('Restored your work');
});

test('Copy share link copies and leaves the address bar as it was', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await withWork(page, 2);
  const before = page.url();
  await page.getByTestId('share').click();
  await expect(page.getByTestId('notice')).toContainText('Share link copied');
  expect(page.url()).toBe(before);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/sandbox\?s=v2\./);
  await page.reload();
  await ready(page);
  expect(await savedEvents(page)).toBe(2);
});

test('with storage full, the failed save is shown until a save succeeds; no step is lost silently', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if ((window as unknown as { __full?: boolean }).__full)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
  await withWork(page, 2);
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = true));
  await step(page);
  const banner = page.getByTestId('save-failed');
  await expect(banner).toContainText('Your work is not being saved');
  await expect(banner).toContainText('full');
  await step(page);
  await step(page);
  await expect(banner).toBeVisible();
  expect(await savedEvents(page)).toBe(2);
  expect((await new AxeBuilder({ page }).include('[data-testid=save-status]').analyze()).violations).toEqual([]);
  await page.screenshot({ path: '/tmp/saved-shots/saved-work-full.png' });
  await page.evaluate(() => ((window as unknown as { __full?: boolean }).__full = false));
  await banner.getByRole('button', { name: 'Try saving again' }).click();
  await expect(banner).toBeHidden();
  expect(await savedEvents(page)).toBe(5);
});

test('?fuzz works in its own storage: the learner’s work is untouched', async ({ page }) => {
  await withWork(page, 2);
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await page.goto('/?fuzz=3&seed=saved#/sandbox?scenario=three-avs-unique.json');
  await page.waitForFunction(() => window.__fuzzResult?.done === true, undefined, { timeout: 30_000 });
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  expect(await page.evaluate(() => localStorage.getItem('restaking-lab:fuzz:sandbox:v1'))).not.toBeNull();
});

test('changing ?scenario= in the open tab loads it, keeping the work, and the address bar agrees', async ({ page }) => {
  await withWork(page, 2);
  await page.evaluate(() => (location.hash = '#/sandbox?scenario=three-avs-unique.json'));
  await expect(page.getByTestId('scenario-name')).toHaveText('Three AVSs on shared operators (unique stake)');
  await expect(page.getByTestId('notice')).toContainText('is kept in Recent work');
  await expect.poll(() => new URL(page.url()).hash).toBe('#/sandbox');
  await page.evaluate((s) => (location.hash = `#/sandbox?s=${s}`), shareOf(scenarioFile('Typed link')));
  await expect(page.getByTestId('scenario-name')).toHaveText('Typed link');
  await page.screenshot({ path: '/tmp/saved-shots/saved-work-kept.png' });
  await page.getByTestId('scenario-menu-button').click();
  await expect(page.getByTestId('recent-restore')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/saved-shots/saved-work-recent.png' });
});
