import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, mkdirSync } from 'node:fs';
// the engine's English templates, so the engine's worlds read as the app shows them
import '../../src/engine/messages/loadEnglish';
import { parseScenario } from '../../src/engine/scenario/validate';
import { Timeline } from '../../src/engine/timeline';
import { MODULES } from '../../src/engine/registry';
import type { World } from '../../src/engine/world';
import { buildWorldView } from '../../src/app/worldView';
import { registerAllCardParts } from '../../src/app/cards/allParts';
import { beatsOf } from '../../src/app/cascadeBeats';
import { AUTOSAVE_KEY } from '../../src/app/autosave';
import { faultsForNode } from '../../src/app/faultMenu';
import { watchErrors } from './support/pageErrors';
import { placesOffered } from './support/placesOffered';

// these specs fold with all six models (registry.ts) and draw them: every model's cards
registerAllCardParts();

/**
 * Issue 13's "Done when", on EVERY example scenario of the library (public/scenarios/index.json), as a learner
 * would do it at 1280x800, by keyboard wherever the sandbox allows it: the story card shows the title, description
 * and attribution; "Play the story" tells it to the end; some holder's stake (an operator's where the scenario has
 * no holder that can restake) is carried onto a service (onto a pool or validator where the scenario has no
 * service), the picker's choice confirmed and the new edge drawn; a fault is triggered and its cascade stepped to
 * the end, the cards at each step showing the figures of the engine's own world as of that step (the same
 * scenario and events folded here in Node, with all six models); no internal id in the narration; no axe
 * violation at the end.
 */
const SHOTS = process.env.SHOTS_DIR ?? 'screenshots/every-scenario';
mkdirSync(SHOTS, { recursive: true });

interface IndexEntry {
  file: string;
  title: string;
}
const index: IndexEntry[] = JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')).scenarios;
const json = (file: string) => JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8'));

/** Faults that set a cascade going, tried first (going offline or downtime change one thing and let time run). */
const FAULT_ORDER = ['avs-misbehaviour', 'key-compromise', 'double-sign', 'eth-slash', 'market-shock', 'buggy-slasher'];
/** Kinds of node, in the order a learner looks for a fault to trigger. */
const NODE_ORDER = ['operator', 'cosmosValidator', 'validator', 'ammPool', 'avs', 'lstPool', 'holder'];

/** The engine's world after each event of `scenario` (its own `events`), folded with all six models. */
function fold(scenario: unknown): Timeline {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`the saved scenario parses: ${JSON.stringify(parsed)}`);
  const timeline = new Timeline(parsed.value, { modules: MODULES });
  for (const event of parsed.value.events) {
    const out = timeline.append(event, undefined);
    if (!out.ok) throw new Error(`the engine takes ${event.type}`);
  }
  return timeline;
}

/** What the sandbox autosaved: the scenario with the events applied so far (waits for `events` of them). */
async function saved(page: Page, events: number): Promise<{ events: unknown[] }> {
  let scenario: { events: unknown[] } | null = null;
  await expect
    .poll(async () => {
      const text = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
      scenario = text ? JSON.parse(text).scenario : null;
      return scenario?.events.length;
    })
    .toBe(events);
  return scenario!;
}

/** Events applied and in the log, as the toolbar's history counter says ("3/5"). */
async function historyCount(page: Page): Promise<number> {
  const text = (await page.locator('.history .count').innerText()).trim();
  return Number(text.split('/')[0]);
}

/** Every card on the graph: its node id and the figures it shows. */
async function cardsOnPage(page: Page): Promise<Record<string, string[]>> {
  return page
    .locator('.svelte-flow__node[data-id]')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [
          e.getAttribute('data-id')!,
          [...e.querySelectorAll('dd')].map((dd) => (dd.textContent ?? '').replace(/\s+/g, ' ').trim()),
        ]),
      ),
    );
}

/** The figures of `world` a card drawn for it should show but does not (empty when every card agrees). */
function mismatches(world: World, cards: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const entity of buildWorldView(world).entities) {
    const shown = cards[entity.id];
    if (!shown) continue;
    for (const fact of entity.facts.slice(0, 3)) {
      if (fact.parts && fact.parts.length > 1) continue;
      if (!shown.some((text) => text.includes(fact.value))) out.push(`${entity.name}: ${fact.label} ${fact.value}`);
    }
  }
  return out;
}

/** Internal ids a learner must never read: kinds before a colon, operator-set numbers, the scenario's dashed ids. */
function rawIds(scenario: unknown): RegExp {
  const ids = new Set<string>();
  const visit = (v: unknown, key = '') => {
    if (Array.isArray(v)) v.forEach((x) => visit(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
    else if (typeof v === 'string' && key === 'id' && /^[a-z0-9]+(-[a-z0-9]+)+$/.test(v)) ids.add(v);
  };
  visit(scenario);
  const faultKinds = ['key-compromise', 'avs-misbehaviour', 'buggy-slasher', 'correlated-bug', 'market-shock'];
  const words = [...ids, ...faultKinds].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(
    `\\b(holder|operator|avs|validator|cosmosValidator|lstPool|ammPool|vault):[a-z]|\\bset \\d|\\b(${words.join('|')})\\b`,
  );
}

/** Presses Enter on `locator` (focused first), as a keyboard user who has tabbed to it. */
async function press(page: Page, selector: string, key = 'Enter'): Promise<void> {
  await page.locator(selector).first().focus();
  await page.keyboard.press(key);
}

/** A chip to carry, the place it goes and the places offered before it (arrow presses). */
interface Carry {
  chip: string;
  place: string;
  places: string[];
}

for (const { file, title } of index) {
  test(`${title} (${file}): story, play, drag onto a service, a fault, its cascade step by step`, async ({ page }) => {
    // one page walks the whole scenario; the real network and the stETH spiral have long cascades
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    const raw = json(file);
    // a scenario file may leave its (empty) list of events out
    const events: unknown[] = raw.events ?? [];
    const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${file.replace('.json', '')}-${name}.png` });
    // the story's rests between events pass at once (a fake clock, run forward by the test) instead of 1.6 s each
    await page.clock.install();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/?theme=light#/sandbox?scenario=${file}`);
    await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.svelte-flow__node').first()).toBeVisible();

    // 1. The story card: title, description, attribution (opened by keyboard).
    const card = page.getByTestId('story-card');
    await expect(card.getByRole('heading', { level: 2 })).toContainText(raw.name);
    await expect(page.getByTestId('story-description')).toHaveText(raw.description);
    await press(page, '[data-testid="story-card"] button[aria-controls="story-text"]');
    if (raw.attribution) await expect(page.getByTestId('story-attribution')).toHaveText(`Source: ${raw.attribution}`);
    else await expect(page.getByTestId('story-attribution')).toHaveCount(0);
    // Opened at its start.
    await expect(page.locator('.history .count')).toHaveText(`0/${events.length}`);

    // 2. Play the story to its end, each cascade shown to its last step.
    if (events.length > 0) {
      await expect(page.getByTestId('story-progress')).toHaveText(
        events.length === 1 ? '1 event to play' : `${events.length} events to play`,
      );
      await press(page, '[data-testid="story-play"]');
      const restart = page.getByTestId('story-restart');
      const all = page.getByTestId('cascade-all');
      for (let i = 0; i < 200 && !(await restart.isVisible()); i++) {
        if ((await all.isVisible()) && (await all.isEnabled())) await press(page, '[data-testid="cascade-all"]');
        else await page.clock.runFor(500);
      }
      await expect(restart).toBeVisible();
      await expect(page.getByTestId('story-progress')).toHaveText(`Event ${events.length} of ${events.length}`);
    } else {
      await expect(page.getByTestId('story-play')).toHaveCount(0);
    }
    await expect(page.locator('.history .count')).toHaveText(`${events.length}/${events.length}`);
    const storyEnd = fold(await saved(page, events.length));
    await shot('1-story-told');

    // 3. Stake carried onto a service by keyboard: the chips are one shortcut away.
    const services = new Set(
      buildWorldView(storyEnd.world)
        .entities.filter((e) => e.kind === 'avs')
        .map((e) => e.name),
    );
    await page.keyboard.press('Alt+Shift+S');
    await expect(page.locator('[data-chip]').first()).toBeFocused();
    const chips = await page.locator('[data-chip]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chip')!));
    // Holders first, then operators (whose unallocated stake goes to a service's operator set).
    const ordered = [...chips.filter((c) => !c.includes(':')), ...chips.filter((c) => c.includes(':'))];
    let choice: Carry | null = null;
    let fallback: Carry | null = null;
    for (const chip of ordered) {
      await page.locator(`[data-chip="${chip}"]`).focus();
      await page.keyboard.press('Space');
      if (!(await page.getByTestId('drag-keys').isVisible())) continue;
      const places = await placesOffered(page, (p) => services.has(p));
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('drag-keys')).toBeHidden();
      const service = places.find((p) => services.has(p));
      if (service) {
        choice = { chip, place: service, places };
        break;
      }
      fallback ??= { chip, place: places[0], places };
    }
    // Where the scenario has a service, some stake can be carried onto one.
    if (services.size > 0) expect(choice, `a chip that reaches one of ${[...services].join(', ')}`).not.toBeNull();
    choice ??= fallback;
    expect(choice, 'some chip carries stake somewhere').not.toBeNull();
    const { chip, place, places } = choice!;
    await page.locator(`[data-chip="${chip}"]`).focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < places.indexOf(place); i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('drag-keys')).toContainText(` to ${place}`);
    await page.keyboard.press('Enter');
    const picker = page.getByTestId('amount-picker');
    await expect(picker).toBeVisible();
    await shot('2-picker');
    await press(page, '[data-testid="amount-picker"] button[type="submit"]');
    await expect(picker).toBeHidden();
    const afterDrop = await historyCount(page);
    expect(afterDrop).toBeGreaterThan(events.length);
    const dropped = fold(await saved(page, afterDrop));
    // The cards show the world after the drop, and the edge it made (or grew) is drawn. A deposit into a
    // validator waits in the activation queue, so its edge grows only later: there the cards say it.
    await expect.poll(async () => mismatches(dropped.world, await cardsOnPage(page))).toEqual([]);
    const before = new Map(buildWorldView(storyEnd.world).links.map((l) => [l.id, l.amount]));
    const grown = buildWorldView(dropped.world).links.filter((l) => before.get(l.id) !== l.amount);
    if (services.has(place)) expect(grown.length, 'a drop on a service makes or grows an edge').toBeGreaterThan(0);
    if (grown.length > 0) {
      const drawn = await page
        .locator('.svelte-flow__edge[data-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
      expect(
        grown.some((l) => drawn.includes(l.id)),
        `one of ${grown.map((l) => l.id).join(', ')} drawn`,
      ).toBe(true);
    }

    // 4. A fault from the inspector (Enter on a card opens it), its cascade stepped to the end.
    // Which card offers a fault, as the inspector will list it (the app's own fault menu, on the world shown).
    const drawnNodes = new Set(Object.keys(await cardsOnPage(page)));
    const entities = buildWorldView(dropped.world).entities.filter((e) => drawnNodes.has(e.id));
    let faulted = '';
    for (const kind of NODE_ORDER) {
      for (const entity of entities.filter((e) => e.kind === kind)) {
        const offered = faultsForNode(dropped.world, entity).map((f) => f.kind);
        const fault = FAULT_ORDER.find((k) => offered.includes(k));
        if (!fault) continue;
        await press(page, `.svelte-flow__node[data-id="${entity.id}"]`);
        await expect(page.locator('section.inspector')).toContainText(entity.name);
        await press(page, `button[data-fault="${fault}"]`);
        faulted = `${entity.name}: ${fault}`;
        break;
      }
      if (faulted) break;
    }
    expect(faulted, 'some card offers a fault').not.toBe('');
    const progress = page.getByTestId('cascade-progress');
    await expect(progress).toContainText('Step 1 of');
    const pause = page.getByRole('button', { name: 'Pause cascade' });
    // (a short cascade may end between the look and the key press: then there is nothing to pause)
    if (await pause.isVisible()) await pause.press('Enter', { timeout: 5_000 }).catch(() => undefined);
    const n = await historyCount(page);
    expect(n).toBe(afterDrop + 1);
    const faultTimeline = fold(await saved(page, n));
    const worlds = faultTimeline.stepWorlds(n)!;
    const beats = beatsOf(faultTimeline.traceOf(n));
    const back = page.getByRole('button', { name: 'Previous step' });
    while (await back.isEnabled()) await back.press('Enter');
    const forbidden = rawIds(raw);
    for (let beat = 1; beat <= beats.length; beat++) {
      await expect(progress).toHaveText(`Step ${beat} of ${beats.length}`);
      const world = worlds[beats[beat - 1]];
      // every card shows the figures of the world as of the step being told
      await expect.poll(async () => mismatches(world, await cardsOnPage(page)), { timeout: 10_000 }).toEqual([]);
      if (beat < beats.length) await page.getByRole('button', { name: 'Next step' }).press('Enter');
    }
    await shot('3-cascade-end');
    const narration = await page.getByTestId('narration').innerText();
    expect(narration.match(forbidden)?.[0] ?? null, 'an internal id in the narration').toBeNull();

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(' ')}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
