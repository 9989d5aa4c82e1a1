/**
 * The two parsers the app shell and the home page load without valibot (so valibot stays in the sandbox's chunks):
 * the scenario index and the URL parameters. Same rules and the same messages as the schemas they replaced.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioIndex } from '../../../src/app/scenarioIndex';
import { parseUrlParams } from '../../../src/app/urlParams';

const entry = { file: 'a.json', title: 'A', summary: '' };

describe('scenario index', () => {
  it('reads the shipped public/scenarios/index.json, every entry naming a file beside it', () => {
    const entries = readScenarioIndex(JSON.parse(readFileSync('public/scenarios/index.json', 'utf8')));
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(() => readFileSync(`public/scenarios/${e.file}`)).not.toThrow();
  });

  it('keeps optional fields and refuses a bad entry at its JSON path', () => {
    expect(readScenarioIndex({ version: 1, scenarios: [{ ...entry, tags: ['x'], attribution: 'y' }] })).toEqual([
      { ...entry, tags: ['x'], attribution: 'y' },
    ]);
    const bad = (x: unknown) => () => readScenarioIndex(x);
    expect(bad({ version: 2, scenarios: [] })).toThrow('$.version: must be 1');
    expect(bad({ version: 1, scenarios: [{ ...entry, file: '../x.json' }] })).toThrow(
      '$.scenarios[0].file: must be a file name like "solo-slashing.json"',
    );
    expect(bad({ version: 1, scenarios: [entry, { ...entry, title: '' }] })).toThrow('$.scenarios[1].title');
    expect(bad({ version: 1, scenarios: [{ ...entry, title: 'x'.repeat(121) }] })).toThrow('at most 120');
    expect(bad({ version: 1, scenarios: [{ ...entry, tags: ['t'.repeat(41)] }] })).toThrow('$.scenarios[0].tags[0]');
    expect(bad({ version: 1, scenarios: [{ ...entry, extra: 1 }] })).toThrow('$.scenarios[0].extra');
    expect(bad({ version: 1, scenarios: [], more: 1 })).toThrow('$.more');
  });
});

describe('URL parameters', () => {
  it('reads each type and reports each refusal with the fallback used instead', () => {
    expect(parseUrlParams('?present=0&reducedMotion=true&seed=a.b_c-1&fuzz=3600').params).toEqual({
      theme: undefined,
      present: false,
      reducedMotion: true,
      seed: 'a.b_c-1',
      fuzz: 3600,
    });
    expect(parseUrlParams('').params).toEqual({
      theme: undefined,
      present: false,
      reducedMotion: false,
      seed: 'fuzz',
      fuzz: undefined,
    });
    const { problems } = parseUrlParams('?present=maybe&seed=a%20b&fuzz=0&theme=dark');
    expect(problems).toEqual([
      { name: 'present', value: 'maybe', problem: 'must be empty, true or false', fallback: 'false' },
      { name: 'seed', value: 'a b', problem: 'must be 1-64 letters, digits, ".", "_" or "-"', fallback: 'fuzz' },
      { name: 'fuzz', value: '0', problem: 'must be at least 1 second', fallback: 'default' },
    ]);
    expect(parseUrlParams('?fuzz=3601').problems[0].problem).toBe('must be at most 3600 seconds');
    expect(parseUrlParams('?fuzz=1.5').problems[0].problem).toBe('must be a whole number of seconds');
  });
});
