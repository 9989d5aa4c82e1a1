import { test, expect, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { watchErrors } from './support/pageErrors';

/**
 * The embeddable widgets (embed.html, docs/embedding.md): the sample host page sizes its iframes from the
 * widgets' messages; a hostile host cannot make a widget do more than its parameters allow; loadOnClick loads
 * nothing heavy before the click; the app's storage is never touched; axe finds nothing on any widget type.
 */
const SHOTS = process.env.E2E_SHOTS ?? 'test-results/embed';

interface HostMessage {
  widget: string;
  type: string;
  height?: number;
  problems?: string[];
}
const messages = (page: Page) =>
  page.evaluate(() => (window as unknown as { embedMessages: HostMessage[] }).embedMessages.slice());

async function frameOf(page: Page, name: string): Promise<Frame> {
  const handle = await page.locator(`iframe[data-widget=${name}]`).elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

const share = (data: unknown) => `v2.${gzipSync(Buffer.from(JSON.stringify(data))).toString('base64url')}`;

test('the sample host page: each widget says ready and its height, and the iframe takes that height', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/embed-demo.html');
  await expect
    .poll(async () => (await messages(page)).filter((m) => m.type === 'ready').length, { timeout: 40_000 })
    .toBe(2);
  const first = page.locator('iframe[data-widget=first]');
  const ready = (await messages(page)).find((m) => m.widget === 'first' && m.type === 'ready')!;
  expect(ready.height).toBeGreaterThan(300);
  // the host set the height it was told (the demo's script), not its 200 px placeholder
  const frameHeight = () => first.evaluate((el) => (el as HTMLIFrameElement).clientHeight);
  await expect.poll(frameHeight).not.toBe(200);
  const frame = await frameOf(page, 'first');
  await expect(frame.getByTestId('embed-widget')).toHaveAttribute('data-ready', 'true');
  const told = async () => (await messages(page)).filter((m) => m.widget === 'first').at(-1)!.height!;
  const contentHeight = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await expect.poll(async () => await frameHeight()).toBe(await contentHeight());

  // Narrower, the graph is shorter and the text wraps: the content's height changes, the widget says so, and the
  // host's iframe follows.
  const before = await frameHeight();
  await page.locator('#first').evaluate((el) => ((el as HTMLElement).style.width = '360px'));
  await expect.poll(async () => await frameHeight()).not.toBe(before);
  await expect.poll(async () => await frameHeight()).toBe(await contentHeight());
  expect((await messages(page)).some((m) => m.widget === 'first' && m.type === 'resize')).toBe(true);
  expect(await told()).toBe(await contentHeight());

  await page.locator('#first').evaluate((el) => ((el as HTMLElement).style.width = ''));
  await page.screenshot({ path: `${SHOTS}/host-page.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('a hostile host: junk, prototype keys, huge payloads, navigate and script strings do nothing', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/embed-demo.html');
  await expect
    .poll(async () => (await messages(page)).filter((m) => m.type === 'ready').length, { timeout: 40_000 })
    .toBe(2);
  const frame = await frameOf(page, 'first');
  const url = frame.url();
  const state = () =>
    frame.evaluate(() => ({
      step: document.querySelector('[aria-live]')?.textContent ?? '',
      html: document.querySelector('[data-testid=embed-widget]')?.outerHTML.length ?? 0,
      storage: localStorage.length,
      session: sessionStorage.length,
      polluted: ({} as Record<string, unknown>).polluted ?? null,
    }));
  const before = await state();

  const junk = await page.evaluate(() => {
    const target = document.querySelector<HTMLIFrameElement>('iframe[data-widget=first]')!.contentWindow!;
    const big = 'x'.repeat(5_000_000);
    const sent: unknown[] = [
      'play',
      '{"type":"play"}',
      '<script>parent.hacked=1</script>',
      'javascript:alert(1)',
      42,
      null,
      [{ type: 'play' }],
      { type: 'navigate', url: 'https://example.org' },
      { type: 'load', url: 'https://example.org/evil.js' },
      { type: 'eval', code: 'document.body.innerHTML=""' },
      { type: 'play', url: 'https://example.org' },
      { type: 'play', source: 'someone-else' },
      { type: 'PLAY' },
      { type: big },
      { type: 'pause', payload: big },
      JSON.parse('{"__proto__": {"polluted": true}, "type": "play"}'),
      JSON.parse('{"constructor": {"prototype": {"polluted": true}}, "type": "play"}'),
      { type: 'setItem', key: 'restaking-lab:sandbox:v1', value: 'x' },
      new Date(),
    ];
    for (const m of sent) target.postMessage(m, '*');
    return sent.length;
  });
  expect(junk).toBeGreaterThan(10);
  await page.waitForTimeout(500);
  expect(frame.url()).toBe(url);
  expect(page.url()).toMatch(/embed-demo\.html$/);
  const after = await state();
  expect(after).toEqual(before);
  expect(after.polluted).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked ?? null)).toBeNull();

  // What the protocol allows: play and pause, which do what the reader's own buttons do.
  const counter = frame.getByText(/^Step \d+ of \d+$/);
  await expect(counter).toHaveText(/^Step (\d+) of \1$/); // shown whole: the cascade is at its end
  await page.getByRole('button', { name: 'Play the first widget' }).click();
  await expect(counter).not.toHaveText(/^Step (\d+) of \1$/); // replayed from its start
  await page.getByRole('button', { name: 'Pause it' }).click();
  await expect(frame.getByRole('button', { name: 'Play cascade' })).toBeVisible();
  const paused = await counter.textContent();
  await page.waitForTimeout(1500);
  await expect(counter).toHaveText(paused!);
  expect(await frame.evaluate(() => localStorage.length)).toBe(0);
  expect(errors).toEqual([]);
});

test('a bad parameter: the widget says which and what is allowed, and posts an error', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/embed.html?widget=graph&scenario=solo-staker-slashed&theme=neon');
  const problem = page.getByTestId('embed-problem');
  await expect(problem).toContainText('Parameter "widget" ("graph"): must be one of: sandbox, lesson, cascade, chart');
  await expect(problem).toContainText('Parameter "theme" ("neon"): must be one of: light, dark, projector, auto');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  // A damaged share payload in the hash: refused by its checksum, said in the frame.
  const good = share({ ...JSON.parse(readFileSync('public/scenarios/three-avs-unique.json', 'utf8')), events: [] });
  await page.goto(`/embed.html?widget=cascade#s=${good.slice(0, good.length - 12)}`);
  await expect(page.getByTestId('embed-problem')).toContainText(/share payload .* cannot be opened/);
  expect(errors).toEqual([]);
});

test('loadOnClick: a poster, and nothing heavy is fetched before Play', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/embed.html?widget=cascade&scenario=solo-staker-slashed&loadOnClick');
  await expect(page.getByTestId('embed-poster')).toContainText('A solo staker is slashed');
  await page.waitForLoadState('networkidle');
  const heavy = (list: string[]) =>
    list.filter((p) => /Graph|NetworkWidget|CascadeWidget|scenarios\/|lessonRunner|\.json$/.test(p));
  expect(heavy(requests)).toEqual([]);
  const scripts = requests.filter((p) => p.endsWith('.js'));
  await page.getByRole('button', { name: 'Load and play the simulator' }).click();
  await expect(page.getByTestId('embed-widget')).toHaveAttribute('data-ready', 'true');
  expect(heavy(requests).length).toBeGreaterThan(0);
  expect(requests.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(scripts.length);
});

test("the embed never touches the app's storage: its saved work and theme stay as they were", async ({ page }) => {
  await page.goto('/#/sandbox');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible();
  await page.getByRole('button', { name: /^Advance one / }).click();
  await page.evaluate(() => localStorage.setItem('restaking-lab:theme:v1', 'dark'));
  const snapshot = () =>
    page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  await expect.poll(async () => Object.keys(await snapshot()).length).toBeGreaterThan(1);
  const before = await snapshot();
  for (const query of [
    'widget=sandbox&scenario=three-avs-pooled&controls=full&theme=light&autoplay',
    'widget=lesson&lesson=stake-at-risk',
    'widget=chart&chart=balances&scenario=solo-staker-slashed',
  ]) {
    await page.goto(`/embed.html?${query}`);
    await expect(page.getByTestId('embed-widget')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    const next = page.getByRole('button', { name: 'Next lesson step' });
    if (await next.count()) await next.first().click();
    await page.waitForTimeout(300);
    expect(await snapshot()).toEqual(before);
  }
});

// One test per widget and theme: axe takes 10-20 s a page on this loaded machine.
const WIDGETS = [
  ['sandbox', 'widget=sandbox&scenario=three-avs-pooled&controls=full'],
  ['cascade', 'widget=cascade&scenario=solo-staker-slashed'],
  ['chart-cost-profit', 'widget=chart&scenario=three-avs-pooled'],
  ['chart-balances', 'widget=chart&chart=balances&scenario=lido-slashed-operator'],
  ['lesson', 'widget=lesson&lesson=restaking'],
  ['poster', 'widget=cascade&scenario=solo-staker-slashed&loadOnClick'],
] as const;
for (const theme of ['light', 'dark'] as const) {
  for (const [name, query] of WIDGETS) {
    test(`axe: the ${name} widget in the ${theme} theme, with zero violations`, async ({ page }) => {
      test.setTimeout(120_000);
      const errors = watchErrors(page);
      await page.goto(`/embed.html?${query}&theme=${theme}`);
      if (name === 'poster') await expect(page.getByTestId('embed-poster')).toBeVisible();
      else await expect(page.getByTestId('embed-widget')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${SHOTS}/${name}-${theme}.png`, fullPage: true });
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

test('"Embed this" in the sandbox writes a snippet whose widget opens the same network', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/#/sandbox?scenario=three-avs-pooled.json');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('embed-open').click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('embed-widget-kind').selectOption('cascade');
  const snippet = dialog.getByTestId('embed-snippet');
  await expect(snippet).toHaveValue(/embed\.html\?widget=cascade#s=v2\./);
  await page.screenshot({ path: `${SHOTS}/dialog-sandbox.png` });
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations).toEqual([]);
  const src = (await snippet.inputValue()).match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
  const widget = await context.newPage();
  await widget.goto(src);
  await expect(widget.getByTestId('embed-widget')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(widget.getByRole('heading', { level: 1 })).toHaveText(/Three AVSs/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
