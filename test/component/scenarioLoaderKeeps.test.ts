// @vitest-environment jsdom
/**
 * The loader never replaces work that is not kept: each way in (a file, a link's JSON, a recent work, a new empty
 * scenario) keeps the current work in Recent work first and says so with a way back; when it cannot be kept
 * (storage full), nothing is replaced and the learner is offered a download. Over a fake storage.
 */
import { describe, expect, it } from 'vitest';
import { Sandbox } from '../../src/app/sandbox.svelte';
import { DEFAULT_SCENARIO } from '../../src/app/defaultScenario';
import { AUTOSAVE_KEY } from '../../src/app/autosave';
import { tm } from '../../src/ui/messages';
import { FakeStorage } from '../setup/fakeStorage';

const file = (name: string) => ({ ...DEFAULT_SCENARIO, name, events: [] });

async function started(store: FakeStorage): Promise<Sandbox> {
  const s = new Sandbox({ store });
  await s.start({ share: null, scenario: null });
  return s;
}

describe('the loader keeps the work it replaces', () => {
  it('an import keeps the work; "Bring it back" swaps them; the starter alone is not kept', async () => {
    const store = new FakeStorage();
    const s = await started(store);
    expect(await s.loader.openJson(file('First'), 'first.json')).toBe(true);
    expect(s.work.recent).toEqual([]);
    s.time.step();
    expect(await s.loader.openJson(file('Second'), 'second.json')).toBe(true);
    expect(s.work.recent.map((w) => [w.name, w.events])).toEqual([['First', 1]]);
    expect(tm(s.notices.notice!.text)).toBe(
      'Loaded “Second”. Your previous work “First” (1 events) is kept in Recent work.',
    );
    await s.notices.notice!.action!.run();
    expect(s.scenario.scenario?.name).toBe('First');
    expect(s.scenario.position).toBe(1);
    expect(s.work.recent.map((w) => w.name)).toEqual(['Second']);
    // a scenario just opened is autosaved in a task of its own (SavedWork.saveSoon), so the open stays short
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(JSON.parse(store.getItem(AUTOSAVE_KEY)!).scenario.name).toBe('First');
    s.stop();
  });

  it('when the work cannot be kept, nothing replaces it and a download is offered', async () => {
    const store = new FakeStorage();
    const s = await started(store);
    await s.loader.openJson(file('Mine'), 'mine.json');
    s.time.step();
    store.quota = store.used() + 50;
    expect(await s.loader.openJson(file('Theirs'), 'theirs.json')).toBe(false);
    expect(s.scenario.scenario?.name).toBe('Mine');
    expect(s.notices.notice?.kind).toBe('error');
    expect(tm(s.notices.notice!.text)).toMatch(/^“Theirs” was not opened: your current work “Mine” could not be kept/);
    expect(tm(s.notices.notice!.action!.label)).toBe('Download my work');
    expect(await s.loader.newEmpty()).toBe(false);
    expect(s.scenario.scenario?.name).toBe('Mine');
    s.stop();
  });

  it('a refused file keeps the current work as it was', async () => {
    const s = await started(new FakeStorage());
    s.time.step();
    expect(await s.loader.openJson({ version: 3 }, 'bad.json')).toBe(false);
    expect(s.scenario.scenario?.name).toBe(DEFAULT_SCENARIO.name);
    expect(s.scenario.position).toBe(1);
    s.stop();
  });
});
