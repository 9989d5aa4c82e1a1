/**
 * The page's engine models (src/app/engineModules.ts, src/engine/moduleSet.ts): a scenario loads the models of its
 * sections and no others, and a fold missing a model its scenario needs is refused, naming the model, rather than
 * run without it (which would be another world).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modulesFor, modulesForFile, type ModelImporters } from '../../../src/app/engineModules';
import { cosmosModule } from '../../../src/engine/staking/cosmos/module';
import { marketsModule } from '../../../src/engine/markets/module';
import { CORE_MODULES } from '../../../src/engine/coreModules';
import { MODULES } from '../../../src/engine/registry';
import { foldWith, initWorldWith, applyEventWith } from '../../../src/engine/run';
import { fold } from '../../../src/engine/sim';
import { Timeline } from '../../../src/engine/timeline';
import { parseScenario } from '../../../src/engine/scenario/validate';
import type { Scenario } from '../../../src/engine/scenario/schema';

const read = (file: string): Scenario => {
  const parsed = parseScenario(JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.value;
};
/** Importers that count what is fetched (the real ones fetch a chunk each in the browser). */
function counting() {
  const fetched: string[] = [];
  const importers: ModelImporters = {
    cosmos: async () => (fetched.push('cosmos'), cosmosModule),
    markets: async () => (fetched.push('markets'), marketsModule),
  };
  return { fetched, importers };
}
const names = (ms: readonly { name: string }[]) => ms.map((m) => m.name);

describe('modulesFor', () => {
  it('a Cosmos scenario resolves the Cosmos model, in the fold order, and not markets', async () => {
    const { fetched, importers } = counting();
    const modules = await modulesFor(read('cosmos-double-sign.json'), importers);
    expect(names(modules)).toEqual(['ethereum', 'cosmos', 'liquid', 'restaking', 'faults']);
    expect(fetched).not.toContain('markets');
  });

  it('a restaking-only scenario loads neither Cosmos nor markets', async () => {
    const { fetched, importers } = counting();
    const scenario = read('lesson-cascade-pooled.json');
    expect(scenario.cosmos).toBeUndefined();
    expect(scenario.markets).toBeUndefined();
    const modules = await modulesFor(scenario, importers);
    expect(names(modules)).toEqual(['ethereum', 'liquid', 'restaking', 'faults']);
    expect(fetched).toEqual([]);
  });

  it('a scenario with a markets section resolves markets; its world is the one the six models fold', async () => {
    const { importers } = counting();
    const scenario = read('lrt-slashed-operator.json');
    const modules = await modulesFor(scenario, importers);
    expect(names(modules)).toContain('markets');
    expect(foldWith(modules, scenario).world).toEqual(fold(scenario).world);
  });

  it('a scenario whose events are another model’s needs that model too', async () => {
    const { importers } = counting();
    const scenario = {
      ...read('lesson-cascade-pooled.json'),
      events: [{ type: 'Swap', holder: 'x', pool: 'p', assetIn: 'ETH', amountIn: 1n }],
    } as unknown as Scenario;
    expect(names(await modulesFor(scenario, importers))).toContain('markets');
  });
});

describe('a fold missing a model its scenario needs is refused, naming the model', () => {
  const cosmos = read('cosmos-double-sign.json');

  it('at genesis (initWorld, fold) and in a timeline', () => {
    expect(() => initWorldWith(CORE_MODULES, cosmos)).toThrow(/Cosmos staking model \("cosmos"\)/);
    expect(() => foldWith(CORE_MODULES, cosmos)).toThrow(/"cosmos"/);
    expect(() => new Timeline(cosmos)).toThrow(/"cosmos"/);
    expect(() => new Timeline(read('lrt-slashed-operator.json'))).toThrow(/markets \(pools and lending\) model/);
  });

  it('for a world holding Cosmos state, or an event of a model not given', () => {
    const { world } = initWorldWith(MODULES, cosmos);
    expect(() => applyEventWith(CORE_MODULES, world, { type: 'AdvanceTime', days: 1 })).toThrow(/"cosmos"/);
    const core = initWorldWith(CORE_MODULES, read('lesson-cascade-pooled.json')).world;
    const swap = { type: 'Swap', holder: 'x', pool: 'p', assetIn: 'ETH', amountIn: 1n } as never;
    expect(() => applyEventWith(CORE_MODULES, core, swap)).toThrow(/"markets"/);
  });
});

describe('modulesForFile (an embed, before its synchronous load)', () => {
  it("reads the raw file: the LRT scenario's markets section loads markets, and nothing else", async () => {
    const { importers } = counting();
    const raw: unknown = JSON.parse(readFileSync('public/scenarios/lrt-slashed-operator.json', 'utf8'));
    const modules = await modulesForFile(raw, importers);
    expect(names(modules)).toEqual(['ethereum', 'liquid', 'restaking', 'markets', 'faults']);
  });
  it('asks for no optional model when the content is not a scenario, and does not throw on odd events', async () => {
    const { fetched, importers } = counting();
    expect(names(await modulesForFile('not a scenario', importers))).toEqual(names(CORE_MODULES));
    expect(names(await modulesForFile({ events: 'x' }, importers))).toEqual(names(CORE_MODULES));
    expect(names(await modulesForFile({ events: [null, 3, { type: 7 }] }, importers))).toEqual(names(CORE_MODULES));
    expect(fetched).toEqual([]);
    // and a Cosmos event in an otherwise restaking-only file asks for Cosmos
    const withCosmos = await modulesForFile({ events: [{ type: 'CosmosDoubleSign' }] }, importers);
    expect(names(withCosmos)).toContain('cosmos');
  });
});
