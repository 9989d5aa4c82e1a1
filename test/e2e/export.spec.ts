import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gunzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { watchErrors } from './support/pageErrors';

/**
 * Images that reopen (issue 15, item 3): the graph exported as PNG and SVG carries the scenario (a PNG iTXt chunk,
 * SVG metadata); importing or dropping the image opens the same scenario through the import path; a damaged image or
 * one without a scenario is refused with a message and changes nothing.
 */
const KEY = 'restaking-lab:sandbox:v1';
const SHOTS = 'test-results/export-shots';

async function ready(page: Page) {
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
}
const step = (page: Page) => page.getByRole('button', { name: /^Advance one / }).click();
const saved = (page: Page) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.scenario ?? null, KEY);

/** The starter with `n` time steps, autosaved. */
async function withWork(page: Page, n: number) {
  await page.goto('/#/sandbox');
  await ready(page);
  for (let i = 0; i < n; i++) await step(page);
  if (n) await expect.poll(async () => (await saved(page))?.events?.length).toBe(n);
}

async function exportGraph(page: Page, format: 'png' | 'svg', theme?: string): Promise<Buffer> {
  await page.getByTestId('export-menu-button').click();
  if (theme) await page.getByTestId('export-theme').selectOption(theme);
  const download = page.waitForEvent('download');
  await page.getByTestId(`export-${format}`).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`-graph\\.${format}$`));
  const bytes = readFileSync(await file.path());
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(`${SHOTS}/graph${theme ? `-${theme}` : ''}.${format}`, bytes);
  return bytes;
}

/** The share payload in a PNG's iTXt chunk "restaking-lab" (read here independently of the app's reader). */
function pngPayload(png: Buffer): string | null {
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt' && data.toString('latin1').startsWith('restaking-lab\0')) {
      return data.subarray('restaking-lab'.length + 5).toString('latin1');
    }
    at += 12 + length;
  }
  return null;
}
const decode = (payload: string) =>
  JSON.parse(gunzipSync(Buffer.from(payload.replace(/^v2\./, ''), 'base64url')).toString('utf8'));

/** Drops a file on the graph as a learner dragging it from their desktop would. */
async function dropFile(page: Page, name: string, type: string, bytes: Buffer) {
  await page.evaluate(
    ({ name, type, data }) => {
      const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, { type });
      const dt = new DataTransfer();
      dt.items.add(file);
      const target = document.querySelector('[data-testid="graph"]')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, type, data: bytes.toString('base64') },
  );
}

test('the graph exported as PNG reopens the same scenario from the import control', async ({ page }) => {
  const errors = watchErrors(page);
  await withWork(page, 2);
  const before = await saved(page);
  const png = await exportGraph(page, 'png');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(400); // IHDR width: the whole network at 2x
  const payload = pngPayload(png);
  expect(payload).toMatch(/^v2\./);
  expect(decode(payload!)).toEqual(before);
  await expect(page.getByTestId('notice')).toContainText('It holds the scenario and its 2 events');

  // More work, then the image brings back the exported scenario (the newer work goes to Recent work).
  await step(page);
  await expect.poll(async () => (await saved(page))?.events?.length).toBe(3);
  await page.getByTestId('import-input').setInputFiles({ name: 'graph.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByTestId('notice')).toContainText('is kept in Recent work');
  await expect.poll(() => saved(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test('the graph exported as SVG (light colours) reopens the same scenario when dropped on the app', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await withWork(page, 1);
  const before = await saved(page);
  await page.screenshot({ path: `${SHOTS}/sandbox-before-svg-export.png` });
  const svg = (await exportGraph(page, 'svg', 'light')).toString('utf8');
  expect(svg).toMatch(/^<\?xml/);
  expect(svg).toContain('<metadata><rl:scenario xmlns:rl="urn:restaking-lab:scenario">v2.');
  expect(svg).not.toContain('foreignObject');
  // every card's name is text in the picture (the start of it where the card cuts it short)
  const names = await page.locator('.svelte-flow__node .name').allTextContents();
  expect(names.length).toBeGreaterThan(5);
  expect(names.filter((n) => !svg.includes(`>${n.slice(0, 12)}`))).toEqual([]);
  const payload = /<rl:scenario[^>]*>([^<]+)</.exec(svg)![1];
  expect(decode(payload)).toEqual(before);

  await step(page);
  await step(page);
  await expect.poll(async () => (await saved(page))?.events?.length).toBe(3);
  await dropFile(page, 'graph.svg', 'image/svg+xml', Buffer.from(svg));
  await expect(page.getByTestId('notice')).toContainText('is kept in Recent work');
  await expect.poll(() => saved(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test('a damaged image, or one without a scenario, is refused with a message and nothing changes', async ({ page }) => {
  await withWork(page, 2);
  const png = await exportGraph(page, 'png');
  await step(page);
  await expect.poll(async () => (await saved(page))?.events?.length).toBe(3);
  const before = await saved(page);

  // One byte of the payload changed: the chunk's CRC no longer matches.
  const damaged = Buffer.from(png);
  const at = damaged.indexOf('restaking-lab\0');
  damaged[at + 30] ^= 0x04;
  await page.getByTestId('import-input').setInputFiles({ name: 'damaged.png', mimeType: 'image/png', buffer: damaged });
  await expect(page.getByTestId('notice')).toContainText(
    'The file “damaged.png” was not loaded: the scenario inside this PNG image is damaged',
  );
  await expect(page.getByTestId('notice')).toContainText('Your current work is unchanged.');
  expect(await saved(page)).toEqual(before);

  // A picture that never held a scenario (the chunk removed), dropped on the app.
  const plain = Buffer.concat([png.subarray(0, at - 8), png.subarray(png.indexOf('IEND') - 4)]);
  await dropFile(page, 'holiday.png', 'image/png', plain);
  await expect(page.getByTestId('notice')).toContainText(
    'The file “holiday.png” was not loaded: this PNG image holds no Restaking Lab scenario',
  );
  expect(await saved(page)).toEqual(before);
  await expect(page.getByTestId('scenario-name')).toHaveText(before.name);
});

test('the export menu: named, keyboard operable, no axe violations', async ({ page }) => {
  await withWork(page, 0);
  const button = page.getByRole('button', { name: 'Export image' });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('group', { name: 'Export image' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('combobox', { name: 'Colours' })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/export-menu.png` });
  const results = await new AxeBuilder({ page }).include('#export-menu').analyze();
  expect(results.violations).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});

test('a lesson printed as a handout: title, summary, every step, the network, answers last; no buttons', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/#/lesson/restaking');
  await expect(page.getByTestId('lesson')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
  const print = page.getByRole('button', { name: 'Print handout' });
  await expect(print).toBeVisible();
  // the picture is made when printing starts (the browser's beforeprint event), from the drawing code loaded after
  // the page is up
  await expect
    .poll(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      return page.getByTestId('handout-graph').count();
    })
    .toBe(1);
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByTestId('handout');
  await expect(handout).toBeVisible();
  await expect(handout.locator('h1')).toHaveText((await page.locator('#lesson-title').textContent()) ?? 'x');
  const steps = await page.locator('.dots li').count();
  await expect(handout.locator('section.step')).toHaveCount(steps);
  // figures filled: no {placeholder} left in the narration
  expect(await handout.innerText()).not.toMatch(/\{[a-z][\w.]*\}/i);
  await expect(handout.getByRole('heading', { name: 'Answers to the predict questions' })).toBeVisible();
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.locator('header:visible, nav:visible, .svelte-flow:visible')).toHaveCount(0);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
  await page.screenshot({ path: `${SHOTS}/handout-print.png`, fullPage: true });
  writeFileSync(`${SHOTS}/handout.pdf`, await page.pdf({ format: 'A4' }));
  expect(errors).toEqual([]);
});

/** A chart of the dashboard saved with its own PNG or SVG button (the first chart: the AVSs' security). */
async function exportChart(page: Page, format: 'png' | 'svg'): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.getByTestId(`chart-export-${format}`).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`-security-of-each-avs\\.${format}$`));
  const bytes = readFileSync(await file.path());
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(`${SHOTS}/chart-security.${format}`, bytes);
  return bytes;
}

test('a dashboard chart exported as PNG and as SVG reopens the same scenario when dropped on the app', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto('/#/sandbox?scenario=three-avs-pooled.json');
  await ready(page);
  await step(page);
  await expect.poll(async () => (await saved(page))?.events?.length ?? 0).toBeGreaterThan(0);
  const before = await saved(page);
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  const bars = page.locator('.dashboard svg text.name');
  await expect(bars.first()).toBeVisible({ timeout: 30_000 });
  const avsNames = await bars.allTextContents();
  expect(avsNames.length).toBe(3);
  await page.screenshot({ path: `${SHOTS}/dashboard-before-chart-export.png` });

  // PNG: a valid image (signature, a chart-sized IHDR) with the scenario in its iTXt chunk.
  const png = await exportChart(page, 'png');
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  expect(png.readUInt32BE(16)).toBeGreaterThan(200);
  expect(png.readUInt32BE(20)).toBeGreaterThan(100);
  expect(png.toString('latin1', png.length - 8, png.length - 4)).toBe('IEND');
  expect(decode(pngPayload(png)!)).toEqual(before);

  // SVG: a document titled with the chart, the AVSs' names as text, the scenario in its metadata.
  const svg = (await exportChart(page, 'svg')).toString('utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
  expect(svg).toContain('<title>Security of each AVS</title>');
  expect(avsNames.filter((n) => !svg.includes(`>${n}<`))).toEqual([]);
  expect(svg).not.toContain('<script');
  const payload = /<rl:scenario xmlns:rl="urn:restaking-lab:scenario">([^<]+)</.exec(svg)?.[1];
  expect(decode(payload!)).toEqual(before);

  // More work, then each picture dropped on the graph brings back the exported scenario.
  for (const [name, type, bytes] of [
    ['security.png', 'image/png', png],
    ['security.svg', 'image/svg+xml', Buffer.from(svg)],
  ] as const) {
    const events = (await saved(page)).events.length;
    await step(page);
    await expect.poll(async () => (await saved(page))?.events?.length).toBe(events + 1);
    await dropFile(page, name, type, bytes);
    await expect(page.getByTestId('notice')).toContainText('is kept in Recent work');
    await expect.poll(() => saved(page)).toEqual(before);
  }
  expect(errors).toEqual([]);
});
