// @vitest-environment node
/**
 * Where the learner's work is kept (src/app/autosave.ts, storedJson.ts, recentWork.ts, savedWork.svelte.ts), over a fake storage
 * that can be full: an unreadable save is moved aside and kept byte for byte, never written over; recent works
 * keep at least the last five; a failed save is reported and retried until it succeeds; fuzz mode has its own keys.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  AUTOSAVE_KEY,
  DEFAULT_NAMESPACE,
  FUZZ_NAMESPACE,
  isQuotaError,
  keysFor,
  moveAside,
  writeSaved,
} from '../../src/app/autosave';
import { MAX_RECENT, MIN_RECENT, withWork, withoutWork, writeRecent } from '../../src/app/recentWork';
import { parseRecent, parseSaved, readSaved } from '../../src/app/storedJson';
import { SavedWork } from '../../src/app/savedWork.svelte';
import { withoutLoadParams } from '../../src/app/urlParams';
import { FakeStorage } from '../setup/fakeStorage';

const T0 = new Date('2026-12-06T10:00:00.000Z');
const clock = () => {
  let t = T0.getTime();
  return () => new Date((t += 1000));
};
const work = (name: string, events = 0) => ({
  format: 'restaking-lab/scenario',
  version: 1,
  name,
  holders: [],
  events: Array.from({ length: events }, (_, i) => ({ type: 'AdvanceTime', days: i + 1 })),
});
const GOOD = JSON.stringify({ format: 1, savedAt: T0.toISOString(), scenario: work('Learner work', 3) });

/** Saves this build cannot read, as a browser may hold them (cut off, bit-flipped, written by a newer build...). */
const UNREADABLE_SAVES: [string, string, RegExp][] = [
  ['empty text', '', /not valid JSON/],
  ['cut off', GOOD.slice(0, 40), /not valid JSON/],
  ['a bit flipped ("{" becomes "z")', `z${GOOD.slice(1)}`, /not valid JSON/],
  ['JSON null', 'null', /not a JSON object/],
  ['a list', '[1,2]', /not a JSON object/],
  ['no scenario', JSON.stringify({ savedAt: 'x' }), /no "scenario" object/],
  ['a scenario that is a number', JSON.stringify({ savedAt: 'x', scenario: 5 }), /no "scenario" object/],
  [
    '"version": 2, as a newer build would write it',
    JSON.stringify({ version: 2, savedAt: 'x', scenario: work('Future') }),
    /save format 2, which this version/,
  ],
  ['"format": 2', JSON.stringify({ format: 2, savedAt: 'x', scenario: work('Future') }), /save format 2/],
  ['a number that cannot be read exactly', `{"savedAt":"x","scenario":{"n":9007199254740993}}`, /not valid JSON/],
];

describe('reading a save', () => {
  it.each(UNREADABLE_SAVES)('refuses %s, saying why', (_name, text, why) => {
    expect(() => parseSaved(text)).toThrow(why);
    const store = new FakeStorage();
    store.setItem(AUTOSAVE_KEY, text);
    const read = readSaved(store, AUTOSAVE_KEY);
    expect(read.kind).toBe('unreadable');
  });

  it('reads a save, and one written before the wrapper had a format number', () => {
    expect(parseSaved(GOOD).scenario).toEqual(work('Learner work', 3));
    const legacy = JSON.stringify({ savedAt: 'then', scenario: work('Old') });
    expect(parseSaved(legacy)).toEqual({ format: 1, savedAt: 'then', scenario: work('Old') });
  });

  it('says when there is nothing, and when the storage cannot be used at all', () => {
    expect(readSaved(new FakeStorage(), AUTOSAVE_KEY)).toEqual({ kind: 'none' });
    expect(readSaved(null, AUTOSAVE_KEY).kind).toBe('unavailable');
    const throwing = new FakeStorage();
    throwing.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(readSaved(throwing, AUTOSAVE_KEY)).toEqual({ kind: 'unavailable', problem: 'denied' });
  });
});

describe('writing and moving aside', () => {
  it('a full storage is a reported failure, not an exception', () => {
    const store = new FakeStorage(100);
    const result = writeSaved(store, AUTOSAVE_KEY, work('big', 20), T0);
    expect(result).toEqual({ ok: false, full: true, problem: "the browser's storage for this page is full" });
    expect(store.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
  });

  it('moves a save to its own key, byte for byte, and never over another kept save', () => {
    const store = new FakeStorage();
    const { current, asidePrefix } = keysFor(DEFAULT_NAMESPACE);
    store.setItem(current, 'first');
    const a = moveAside(store, current, asidePrefix, T0);
    store.setItem(current, 'second');
    const b = moveAside(store, current, asidePrefix, T0);
    expect(a).toBe(`${asidePrefix}${T0.toISOString()}`);
    expect(b).toBe(`${asidePrefix}${T0.toISOString()}#2`);
    expect([store.getItem(a), store.getItem(b), store.getItem(current)]).toEqual(['first', 'second', null]);
  });

  it('leaves a save where it is when it cannot be copied', () => {
    const store = new FakeStorage();
    store.setItem(AUTOSAVE_KEY, 'x'.repeat(50));
    store.quota = store.used();
    expect(() => moveAside(store, AUTOSAVE_KEY, 'p:', T0)).toThrow(/full/);
    expect(store.getItem(AUTOSAVE_KEY)).toBe('x'.repeat(50));
  });
});

describe('recent works', () => {
  it('keeps the newest first, one copy of each work, at most MAX_RECENT', () => {
    const now = clock();
    let list = withWork([], work('a'), now());
    list = withWork(list, work('b'), now());
    list = withWork(list, work('a'), now());
    expect(list.map((w) => w.name)).toEqual(['a', 'b']);
    for (let i = 0; i < 20; i++) list = withWork(list, work(`w${i}`, i), now());
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toMatchObject({ name: 'w19', events: 19 });
    expect(withoutWork(list, list[0].id)[0].name).toBe('w18');
  });

  it('property: after any sequence of kept works, the last five different ones are all there, newest first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 60 }), (names) => {
        const now = clock();
        let list = withWork([], work(`w${names[0]}`), now());
        for (const n of names.slice(1)) list = withWork(list, work(`w${n}`), now());
        const distinctNewestFirst = [...new Set([...names].reverse())].map((n) => `w${n}`);
        expect(list.map((w) => w.name).slice(0, MIN_RECENT)).toEqual(distinctNewestFirst.slice(0, MIN_RECENT));
        expect(new Set(list.map((w) => w.id)).size).toBe(list.length);
      }),
    );
  });

  it('when the storage is full, drops the oldest works down to MIN_RECENT and says how many', () => {
    const now = clock();
    let list = withWork([], work('w0', 30), now());
    for (let i = 1; i < MAX_RECENT; i++) list = withWork(list, work(`w${i}`, 30), now());
    const one = JSON.stringify(list[0]).length;
    const store = new FakeStorage(Math.floor(one * 7.5));
    const written = writeRecent(store, 'r', list);
    expect(written.ok).toBe(true);
    expect(written.dropped).toBe(MAX_RECENT - 7);
    expect(parseRecent(store.getItem('r')!).map((w) => w.name)).toEqual(list.slice(0, 7).map((w) => w.name));
    // Not even MIN_RECENT fit: nothing is written, and the caller is told.
    const tiny = new FakeStorage(one * 2);
    tiny.setItem('r', 'old list');
    const failed = writeRecent(tiny, 'r', list);
    expect(failed.ok).toBe(false);
    expect(tiny.getItem('r')).toBe('old list');
  });

  it('refuses a stored list that is not a list of works', () => {
    expect(() => parseRecent('{')).toThrow(/not valid JSON/);
    expect(() => parseRecent('{}')).toThrow(/not a list/);
    expect(() => parseRecent('[{"id":"x"}]')).toThrow(/entry 0/);
  });
});

describe('SavedWork', () => {
  afterEach(() => vi.useRealTimers());

  it.each(UNREADABLE_SAVES)(
    'moves an unreadable save (%s) aside, kept as it was, and saves after it',
    async (_n, text) => {
      const store = new FakeStorage();
      store.setItem(AUTOSAVE_KEY, text);
      const saved = new SavedWork({ store, now: clock() });
      const opened = await saved.open();
      if (opened.kind !== 'unreadable') throw new Error(`expected unreadable, got ${opened.kind}`);
      expect(opened.keptAs).toMatch(/^restaking-lab:unreadable:/);
      expect(saved.asideText(opened.keptAs!)).toBe(text);
      expect(saved.setAsideNow).toEqual([{ key: opened.keptAs, problem: opened.problem }]);
      expect(saved.aside.map((a) => a.key)).toEqual([opened.keptAs]);
      expect(saved.save(work('New', 1))).toBe(true);
      expect(store.getItem(opened.keptAs!)).toBe(text);
      expect(JSON.parse(store.getItem(AUTOSAVE_KEY)!).scenario.name).toBe('New');
    },
  );

  it('never writes over an unreadable save it could not move aside; it moves it once there is room', async () => {
    const store = new FakeStorage();
    store.setItem(AUTOSAVE_KEY, '{"version":2,"savedAt":"x","scenario":{}}');
    store.quota = store.used() + 10;
    const saved = new SavedWork({ store, now: clock() });
    const opened = await saved.open();
    expect(opened).toMatchObject({ kind: 'unreadable', keptAs: null });
    expect(saved.save(work('Mine', 2))).toBe(false);
    expect(saved.problem?.full).toBe(true);
    expect(store.getItem(AUTOSAVE_KEY)).toBe('{"version":2,"savedAt":"x","scenario":{}}');
    store.quota = Infinity;
    expect(saved.retry()).toBe(true);
    expect(saved.problem).toBeNull();
    expect(saved.asideText(saved.aside[0].key)).toBe('{"version":2,"savedAt":"x","scenario":{}}');
    expect(JSON.parse(store.getItem(AUTOSAVE_KEY)!).scenario.name).toBe('Mine');
  });

  it('a failed save is kept as the problem and retried on a timer until it succeeds', () => {
    vi.useFakeTimers();
    const store = new FakeStorage(200);
    const saved = new SavedWork({ store, now: clock(), retryMs: 1000 });
    expect(saved.save(work('Seven steps', 7))).toBe(false);
    expect(saved.problem).toEqual({ problem: "the browser's storage for this page is full", full: true });
    vi.advanceTimersByTime(1000);
    expect(saved.problem).not.toBeNull();
    store.quota = Infinity;
    vi.advanceTimersByTime(1000);
    expect(saved.problem).toBeNull();
    expect(JSON.parse(store.getItem(AUTOSAVE_KEY)!).scenario.events).toHaveLength(7);
    saved.stop();
  });

  it('a storage the browser refuses is a shown problem, and nothing throws', async () => {
    const saved = new SavedWork({ store: null });
    expect(await saved.open()).toEqual({ kind: 'none' });
    expect(saved.problem?.full).toBe(false);
    expect(saved.save(work('x'))).toBe(false);
    expect(saved.keep(work('x')).ok).toBe(false);
    saved.stop();
  });

  it('fuzz mode reads and writes its own keys only', async () => {
    const store = new FakeStorage();
    store.setItem(AUTOSAVE_KEY, GOOD);
    const fuzz = new SavedWork({ store, namespace: FUZZ_NAMESPACE, now: clock() });
    expect(await fuzz.open()).toEqual({ kind: 'none' });
    fuzz.save(work('Empty scenario'));
    fuzz.keep(work('Random'));
    expect(store.getItem(AUTOSAVE_KEY)).toBe(GOOD);
    expect([...store.map.keys()].sort()).toEqual(
      [AUTOSAVE_KEY, keysFor(FUZZ_NAMESPACE).recent, keysFor(FUZZ_NAMESPACE).current].sort(),
    );
  });

  it('an unreadable recent list is moved aside and the list starts empty', async () => {
    const store = new FakeStorage();
    store.setItem(keysFor(DEFAULT_NAMESPACE).recent, '[{"broken":');
    const saved = new SavedWork({ store, now: clock() });
    await saved.ready();
    expect(saved.recent).toEqual([]);
    expect(saved.asideText(saved.aside[0].key)).toBe('[{"broken":');
    expect(saved.keep(work('a')).ok).toBe(true);
    expect(new SavedWork({ store }).recent.map((w) => w.name)).toEqual(['a']);
  });
  it('a recent list the app wrote is read at once; one it did not write as it is, once the exact reader is here', async () => {
    const store = new FakeStorage();
    const list = [withWork([], work('Mine', 2), T0)[0]];
    store.setItem(keysFor(DEFAULT_NAMESPACE).recent, JSON.stringify(list));
    expect(new SavedWork({ store }).recent.map((w) => w.name)).toEqual(['Mine']);
    // the same list indented (as by hand): JSON.stringify does not give it back, so the shortcut leaves it
    const indented = JSON.stringify(list, null, 2);
    store.setItem(keysFor(DEFAULT_NAMESPACE).recent, indented);
    const saved = new SavedWork({ store, now: clock() });
    expect(saved.recent).toEqual([]);
    // not yet read: never written over
    expect(saved.keep(work('Other', 1))).toEqual({ ok: false, problem: 'the list of recent work is still being read' });
    expect(store.getItem(keysFor(DEFAULT_NAMESPACE).recent)).toBe(indented);
    await saved.ready();
    expect(saved.recent.map((w) => w.name)).toEqual(['Mine']);
    expect(saved.keep(work('Other', 1)).ok).toBe(true);
    expect(saved.recent.map((w) => w.name)).toEqual(['Other', 'Mine']);
    expect(saved.aside).toEqual([]);
  });

  it('a recent list that is JSON but not a list is moved aside at once', () => {
    const store = new FakeStorage();
    store.setItem(keysFor(DEFAULT_NAMESPACE).recent, '{}');
    const saved = new SavedWork({ store, now: clock() });
    expect(saved.recent).toEqual([]);
    expect(saved.asideText(saved.aside[0].key)).toBe('{}');
  });
});

describe('the address bar after a load', () => {
  it.each([
    ['#/sandbox?s=v2.abc', '#/sandbox'],
    ['#/sandbox?scenario=three-avs-unique.json', '#/sandbox'],
    ['#/sandbox?scenario=a.json&s=v2.x', '#/sandbox'],
    ['#s=v2.abc', '#/sandbox'],
    ['#/sandbox', '#/sandbox'],
    ['#/sandbox?view=graph&s=v2.x', '#/sandbox?view=graph'],
    ['#/lessons', '#/lessons'],
    ['', ''],
  ])('%s becomes %s', (hash, clean) => {
    expect(withoutLoadParams(hash)).toBe(clean);
  });
});
