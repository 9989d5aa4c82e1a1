import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold, initWorld } from '../../../src/engine/sim';
import { buildWorldView, type WorldView } from '../../../src/app/worldView';
import type { World } from '../../../src/engine/world';
import { idFindings, numberFindings, type Finding } from './plainWords';

/**
 * Issue 13, item 4: every sentence of every event's trace on every example scenario, and every card at the start
 * and at the end of it, speaks in names (no raw id where a name exists), gives every amount its unit, and follows
 * the one number policy (at most 4 decimals, 4 significant digits below 1, thousands separators).
 */
const DIR = 'public/scenarios/';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'index.json');

function namesOf(view: WorldView): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of view.entities) names.set(e.id.slice(e.kind.length + 1), e.name);
  return names;
}

function unitsOf(world: World): Set<string> {
  const units = new Set(['ETH', 'ATOM']);
  for (const asset of Object.keys(world.ledger.assets)) units.add(asset.split(':')[0]);
  return units;
}

function cardFindings(view: WorldView, units: Set<string>, names: Map<string, string>): string[] {
  const out: string[] = [];
  for (const e of view.entities)
    for (const fact of e.facts) {
      for (const f of numberFindings(fact.value, units, names.values())) out.push(`${e.id} ${fact.label}: ${f.detail}`);
      // an amount on a card names its unit (a count, "3 operator sets", has no raw amount; a share count's label
      // says "shares")
      const unitless = !/[A-Za-z]/.test(fact.value.replace(/[\d.,\s-]/g, ''));
      if (fact.raw !== undefined && unitless && !/Shares$/.test(fact.label))
        out.push(`${e.id} ${fact.label}: "${fact.value}" has no unit`);
      // the exact value, for hover and the inspector, keeps every gwei and still separates thousands
      if (fact.exact && /\d{4}(?![\d]*\.?\d*\s*$)/.test(fact.exact.split('.')[0]) && !fact.exact.includes(','))
        out.push(`${e.id} ${fact.label}: exact "${fact.exact}" without separators`);
    }
  return out;
}

describe('plain words on every example scenario', () => {
  for (const file of files) {
    it(`${file}: sentences and cards use names, units and the number policy`, () => {
      const parsed = parseScenario(JSON.parse(readFileSync(DIR + file, 'utf8')));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const start = initWorld(parsed.value).world;
      const { world, traces } = fold(parsed.value);
      const endView = buildWorldView(world);
      const names = namesOf(endView);
      // a strategy is named by its token ("LST"), never by its id ("lst")
      // (the real network's strategy id "restaked" is also an everyday word of the sentences: not checked)
      for (const [id, st] of Object.entries(world.restaking.strategies))
        if (id !== 'restaked') names.set(id, st.asset.split(':')[0]);
      const units = unitsOf(world);
      const findings: string[] = [];
      let sentences = 0;
      for (const trace of traces)
        for (const step of trace) {
          sentences++;
          const found: Finding[] = [
            ...numberFindings(step.text, units, names.values()),
            ...idFindings(step.text, names),
          ];
          for (const f of found) findings.push(`${f.rule}: ${f.detail} in "${step.text.slice(0, 140)}"`);
        }
      findings.push(...cardFindings(buildWorldView(start), unitsOf(start), names));
      findings.push(...cardFindings(endView, units, names));
      expect(sentences).toBeGreaterThan(0);
      expect([...new Set(findings)]).toEqual([]);
    }, 180_000);
  }
});

describe('the scan itself finds what it should', () => {
  const units = new Set(['ETH', 'stETH']);
  it('flags too many decimals, missing separators and an amount without unit', () => {
    expect(numberFindings('moves from 1.002829 to 0.816664 ETH', units).map((f) => f.rule)).toEqual([
      'decimals',
      'decimals',
    ]);
    expect(numberFindings('21000.0258 ETH', units)).toEqual([{ rule: 'separators', detail: '21000.0258' }]);
    expect(numberFindings('Forced seller sells 450 into pool curve', units)).toEqual([
      { rule: 'unit', detail: '450 into' },
    ]);
  });
  it('lets counts, positions, names holding numbers and small amounts with 4 significant digits pass', () => {
    expect(numberFindings('Time passes: 4725 epochs, from epoch 675 to 5400.', units)).toEqual([]);
    expect(numberFindings('it loses 0.0006324 ETH and 100,136.325 stETH', units)).toEqual([]);
    expect(numberFindings('Restaker 1 starts with 625 ETH.', units, ['Restaker 1'])).toEqual([]);
  });
  it('flags a raw id where its name exists, but not a name that contains the id', () => {
    const names = new Map([
      ['op1', 'Op1'],
      ['oracle', 'Price oracle'],
    ]);
    expect(idFindings('operator op1 on oracle', names).map((f) => f.detail)).toEqual([
      'op1 (name: Op1)',
      'oracle (name: Price oracle)',
    ]);
    expect(idFindings("Op1 is slashed by Price oracle; the market's oracle", names)).toEqual([]);
  });
});
