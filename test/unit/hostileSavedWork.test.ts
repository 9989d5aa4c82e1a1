// @vitest-environment node
/**
 * Hostile text in the browser's storage (issue 12, items 1, 2 and 5). The autosave and the Recent work list are
 * read by readStoredJson (src/app/storedJson.ts, with autosave.ts's readFastJson): JSON.parse, kept only when JSON.stringify gives the stored text
 * back byte for byte, else the one exact JSON reader (readJsonOrThrow). These tests check that the shortcut never
 * reads a value the exact reader would not (property tests over random JSON and random damage to it), that it is
 * taken for text the app wrote itself, and that the autosave read in the load worker (foldSource with a 'saved'
 * source) refuses every unreadable save with the sentence the loader moves it aside with.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';

const exactCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/engine/scenario/readJson', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/scenario/readJson')>();
  return {
    ...real,
    readJsonOrThrow: (text: string) => {
      exactCalls.count++;
      return real.readJsonOrThrow(text);
    },
  };
});

const { readStoredJson, parseSaved, parseRecent } = await import('../../src/app/storedJson');
const { readJsonOrThrow } = await import('../../src/engine/scenario/readJson');
const { foldSource } = await import('../../src/app/loadFold');

type Outcome = { value: unknown } | { error: string };
const outcome = (read: (t: string) => unknown, text: string): Outcome => {
  try {
    return { value: read(text) };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

/** Exact reader calls made while `f` runs. */
function exactCallsIn(f: () => void): number {
  const before = exactCalls.count;
  f();
  return exactCalls.count - before;
}

const REAL = JSON.parse(readFileSync('public/scenarios/real-network-2024-10.json', 'utf8'));

describe('readStoredJson reads exactly what the exact reader reads', () => {
  it('for any JSON value as JSON.stringify writes it (the app writes its saves so)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        expect(outcome(readStoredJson, text)).toEqual(outcome(readJsonOrThrow, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('for the same text damaged: a character changed, inserted or removed, or the text indented', () => {
    const damaged = fc
      .tuple(
        fc.jsonValue({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom(...'{}[]",:0123456789-+.eE \\tnulfase_a'),
        fc.constantFrom('change', 'insert', 'remove', 'indent'),
      )
      .map(([v, at, c, how]) => {
        const text = JSON.stringify(v);
        const i = text.length ? at % text.length : 0;
        if (how === 'indent') return JSON.stringify(v, null, 1);
        if (how === 'remove') return text.slice(0, i) + text.slice(i + 1);
        return text.slice(0, i) + c + text.slice(how === 'change' ? i + 1 : i);
      });
    fc.assert(
      fc.property(damaged, (text) => {
        expect(outcome(readStoredJson, text)).toEqual(outcome(readJsonOrThrow, text));
      }),
      { numRuns: 5000 },
    );
  });

  // Texts JSON.parse reads differently from the exact reader, or reads where it refuses.
  const HOSTILE: [string, string][] = [
    ['a number past 2^53', '{"n":9007199254740993}'],
    ['a number past a double', '{"n":1e400}'],
    ['an amount as a tiny exponent number', '{"amount":1e-10}'],
    ['19 significant digits', '[1.000000000000000001]'],
    ['minus zero', '[-0]'],
    ['a repeated key', '{"a":1,"a":2}'],
    ['an escaped character', '{"name":"\\u0041lice"}'],
    ['an own "__proto__" key', '{"__proto__":{"polluted":true},"constructor":{"prototype":1}}'],
    ['101 nested lists', `${'['.repeat(101)}${']'.repeat(101)}`],
    ['10,000 nested lists', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['markup in a name', '{"name":"<img src=x onerror=alert(1)>"}'],
    ['a lone surrogate', '{"name":"\\ud800"}'],
    ['trailing text', '{"a":1} x'],
    ['a byte-order mark', '\ufeff{"a":1}'],
  ];
  it.each(HOSTILE)('%s: the same value or the same located refusal', (_name, text) => {
    expect(outcome(readStoredJson, text)).toEqual(outcome(readJsonOrThrow, text));
  });

  it('keeps "__proto__" an own key and sets no prototype', () => {
    const v = readStoredJson('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.hasOwn(v, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a save holding 9007199254740993 at its path, with the hint to write a string', () => {
    expect(() => parseSaved('{"savedAt":"x","scenario":{"n":9007199254740993}}')).toThrow(
      /^it is not valid JSON \(\$\.scenario\.n: the number 9007199254740993 cannot be read exactly .*write it as a string/,
    );
  });
});

describe('what the app wrote is read without the exact reader', () => {
  const save = JSON.stringify({ format: 1, savedAt: 'x', scenario: REAL });
  it('the real network as autosaved, and a Recent work list of five, take the shortcut', () => {
    expect(exactCallsIn(() => expect(parseSaved(save).scenario).toEqual(REAL))).toBe(0);
    const list = JSON.stringify(
      Array.from({ length: 5 }, (_, i) => ({ id: `${i}`, name: `w${i}`, events: 0, keptAt: 'x', scenario: REAL })),
    );
    expect(exactCallsIn(() => expect(parseRecent(list)).toHaveLength(5))).toBe(0);
  });
  it('the same save indented (edited by hand) goes to the exact reader and reads the same', () => {
    const indented = JSON.stringify(JSON.parse(save), null, 2);
    expect(exactCallsIn(() => expect(parseSaved(indented).scenario).toEqual(REAL))).toBe(1);
  });
});

describe('the autosave read in the load worker (foldSource, source "saved")', () => {
  const GOOD = JSON.stringify({
    format: 1,
    savedAt: 'x',
    scenario: { ...REAL, events: [{ type: 'AdvanceTime', days: 1 }] },
  });

  it('folds a good save: its scenario and its events', async () => {
    const folded = await foldSource({ kind: 'saved', text: GOOD });
    if (!folded.ok) throw new Error(folded.message);
    expect(folded.folded.scenario.name).toBe(REAL.name);
    expect(folded.folded.events).toHaveLength(1);
    expect(folded.folded.frames.at(-1)!.position).toBe(1);
  });

  // Each is refused at the 'read' stage with parseSaved's sentence: the loader moves the save aside with it.
  const UNREADABLE: [string, string, RegExp][] = [
    ['empty', '', /^it is not valid JSON \(\$: not valid JSON at line 1, column 1/],
    ['cut off', GOOD.slice(0, -2), /^it is not valid JSON \(\$: not valid JSON at line 1/],
    ['a bit flipped', `z${GOOD.slice(1)}`, /^it is not valid JSON \(\$: not valid JSON at line 1, column 1/],
    ['null', 'null', /^it is not a JSON object$/],
    ['a list', '[]', /^it is not a JSON object$/],
    ['no scenario', '{"savedAt":"x"}', /^it has no "scenario" object$/],
    ['a newer build\'s "version": 2', JSON.stringify({ version: 2, scenario: {} }), /save format 2, which this/],
    ['an inexact number', '{"scenario":{"n":9007199254740993}}', /\$\.scenario\.n: the number 9007199254740993/],
    ['10,000 nested lists', `{"scenario":${'['.repeat(10_000)}`, /nested deeper than 100 levels/],
  ];
  it.each(UNREADABLE)('refuses a save that is %s, saying why, before anything is folded', async (_n, text, why) => {
    const progress = vi.fn();
    const folded = await foldSource({ kind: 'saved', text }, progress);
    expect(folded).toMatchObject({ ok: false, stage: 'read' });
    expect((folded as { message: string }).message).toMatch(why);
    expect(progress).not.toHaveBeenCalled();
  });

  it('a readable save whose scenario the schema refuses is refused at the scenario stage, located', async () => {
    const text = JSON.stringify({
      format: 1,
      scenario: { ...REAL, holders: [{ id: 'x', balances: { toString: '5' } }] },
    });
    const folded = await foldSource({ kind: 'saved', text });
    expect(folded).toMatchObject({ ok: false, stage: 'scenario' });
    expect((folded as { message: string }).message).toMatch(/^\$\.holders\[0\]\.balances/);
  });
});
