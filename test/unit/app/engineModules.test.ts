/**
 * The page's engine models (src/app/engineModules.ts, src/engine/moduleSet.ts): a scenario loads the models of its
 * sections and its events (faults: a Fault in its log) and no others, and a fold missing a model its scenario
 * needs is refused, naming the model, rather than run without it (which would be another world).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { type ModelImporters } from '../../../src/app/engineModules';
import { cosmosModule } from '../../../src/engine/staking/cosmos/module';
import { marketsModule } from '../../../src/engine/markets/module';
import { faultsModule } from '../../../src/engine/faults/module';
import { CORE_MODULES } from '../../../src/engine/coreModules';
import { MODULES } from '../../../src/engine/registry';
import { foldWith, initWorldWith, applyEventWith, type Modules } from '../../../src/engine/run';
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
    faults: async () => (fetched.push('faults'), faultsModule),
  };
  return { fetched, importers };
}
const names = (ms: readonly { name: string }[]) => ms.map((m) => m.name);
/**
 * engineModules as a page first has it: only the core three loaded (test/setup/engineModules.ts makes all six
 * known to every other test, so this takes a fresh copy of the module).
 */
async function fresh() {
  vi.resetModules();
  return import('../../../src/app/engineModules');
}

describe('modulesFor', () => {
  it('a Cosmos scenario resolves the Cosmos model, in the fold order, and not markets', async () => {
    const { fetched, importers } = counting();
    const { modulesFor } = await fresh();
    const modules = await modulesFor(read('cosmos-double-sign.json'), importers);
    // its log is the chain's own gestures (CosmosDoubleSign is Cosmos's event, not a Fault): no faults model
    expect(names(modules)).toEqual(['ethereum', 'cosmos', 'liquid', 'restaking']);
    expect(fetched).toEqual(['cosmos']);
  });

  it('a restaking-only scenario with no fault loads none of Cosmos, markets and faults', async () => {
    const { fetched, importers } = counting();
    const { modulesFor } = await fresh();
    const scenario = read('lesson-cascade-pooled.json');
    expect(scenario.cosmos).toBeUndefined();
    expect(scenario.markets).toBeUndefined();
    const modules = await modulesFor(scenario, importers);
    expect(names(modules)).toEqual(['ethereum', 'liquid', 'restaking']);
    expect(fetched).toEqual([]);
  });

  it('a scenario with a markets section and a Fault resolves markets and faults; its world is the six models’', async () => {
    const { fetched, importers } = counting();
    const { modulesFor } = await fresh();
    const scenario = read('lrt-slashed-operator.json');
    // public/scenarios/lrt-slashed-operator.json: a `markets` section and one event, a Fault
    expect(scenario.events.map((e) => e.type)).toEqual(['Fault']);
    const modules = await modulesFor(scenario, importers);
    expect(names(modules)).toEqual(['ethereum', 'liquid', 'restaking', 'markets', 'faults']);
    expect(fetched.sort()).toEqual(['faults', 'markets']);
    expect(foldWith(modules, scenario).world).toEqual(fold(scenario).world);
  });

  it('a fault about to be appended (its event alone) asks for the faults model only', async () => {
    const { fetched, importers } = counting();
    const { modulesFor, loadedModules } = await fresh();
    expect(names(loadedModules())).toEqual(['ethereum', 'liquid', 'restaking']);
    const modules = await modulesFor({ events: [{ type: 'Fault' }] }, importers);
    expect(names(modules)).toEqual(['ethereum', 'liquid', 'restaking', 'faults']);
    expect(fetched).toEqual(['faults']);
    // loaded once: what a synchronous load (session.load) folds with from now on, and not fetched again
    expect(names(loadedModules())).toEqual(['ethereum', 'liquid', 'restaking', 'faults']);
    await modulesFor({ events: [{ type: 'Fault' }] }, importers);
    expect(fetched).toEqual(['faults']);
  });

  it('prefetching on idle loads Cosmos, markets and faults', async () => {
    const { fetched, importers } = counting();
    const { prefetchModules } = await fresh();
    expect(names(await prefetchModules(importers))).toEqual(names(MODULES));
    expect(fetched.sort()).toEqual(['cosmos', 'faults', 'markets']);
  });

  it('a scenario whose events are another model’s needs that model too', async () => {
    const { importers } = counting();
    const { modulesFor } = await fresh();
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

  it('a log holding a Fault, without the faults model: at genesis, in a fold, in a restored timeline', () => {
    const withFault = read('lrt-slashed-operator.json');
    const noFaults: Modules = [...CORE_MODULES, marketsModule];
    expect(() => initWorldWith(noFaults, withFault)).toThrow(/faults \(slashing cascades\) model \("faults"\)/);
    expect(() => foldWith(noFaults, withFault)).toThrow(/"faults"/);
    const genesis = initWorldWith(MODULES, { ...withFault, events: [] });
    const frames = [
      { position: 0, ...genesis },
      { position: 1, ...foldWith(MODULES, withFault), trace: [] },
    ];
    const entries = withFault.events.map((event) => ({ event, payload: undefined }));
    expect(() => Timeline.restore({ ...withFault, events: [] }, entries, frames, { modules: noFaults })).toThrow(
      /"faults"/,
    );
    expect(() => Timeline.restore({ ...withFault, events: [] }, entries, frames, { modules: MODULES })).not.toThrow();
  });

  it('a Fault appended to a timeline without the faults model is refused; once added, the same fault applies', () => {
    const scenario = { ...read('lrt-slashed-operator.json'), events: [] };
    const [fault] = read('lrt-slashed-operator.json').events;
    const timeline = new Timeline(scenario, { modules: [...CORE_MODULES, marketsModule] });
    const refused = timeline.append(fault, undefined);
    expect(refused).toMatchObject({ ok: false, refused: false, message: expect.stringMatching(/"faults"/) });
    expect(timeline.length).toBe(0);
    timeline.addModules([faultsModule]);
    expect(names(timeline.modules)).toEqual(['ethereum', 'liquid', 'restaking', 'markets', 'faults']);
    expect(timeline.append(fault, undefined).ok).toBe(true);
    // the world is the one all six models fold from the start
    expect(timeline.world).toEqual(fold(read('lrt-slashed-operator.json')).world);
  });

  it('for a world holding downtime state (validators offline until a later epoch) without the faults model', () => {
    // public/scenarios/lesson-solo-staking.json: one validator, v1, and no events
    const { world } = initWorldWith(MODULES, read('lesson-solo-staking.json'));
    const downtime = { type: 'Fault', fault: 'downtime', validators: ['v1'], epochs: 225, settle: false } as never;
    applyEventWith(MODULES, world, downtime);
    expect(Object.keys(world.faults.offlineUntil)).toEqual(['v1']);
    expect(() => applyEventWith(CORE_MODULES, world, { type: 'AdvanceTime', days: 1 })).toThrow(/"faults"/);
  });

  it('for a world holding Cosmos state, or an event of a model not given', () => {
    const { world } = initWorldWith(MODULES, cosmos);
    expect(() => applyEventWith(CORE_MODULES, world, { type: 'AdvanceTime', days: 1 })).toThrow(/"cosmos"/);
    const core = initWorldWith(CORE_MODULES, read('lesson-cascade-pooled.json')).world;
    const swap = { type: 'Swap', holder: 'x', pool: 'p', assetIn: 'ETH', amountIn: 1n } as never;
    expect(() => applyEventWith(CORE_MODULES, core, swap)).toThrow(/"markets"/);
  });
});

describe("a Cosmos holder's value comes with the Cosmos model (engine/views/holder/cosmosSlot.ts)", () => {
  // public/scenarios/cosmos-double-sign.json: holders delegate ATOM to Cosmos validators at genesis
  const cosmos = read('cosmos-double-sign.json');

  it('is refused, naming the model, for a world holding Cosmos state before the model has loaded', async () => {
    await fresh();
    const { holderPositions } = await import('../../../src/engine/views/holderValue');
    const { clearCosmosHolderPart } = await import('../../../src/engine/views/holder/cosmosSlot');
    clearCosmosHolderPart();
    const { world } = initWorldWith(MODULES, cosmos);
    expect(world.cosmos.order.length).toBeGreaterThan(0);
    expect(() => holderPositions(world)).toThrow(/Cosmos model \("cosmos"\) was not loaded/);
    // a world with no Cosmos validator is valued without it
    const core = initWorldWith(CORE_MODULES, read('lesson-cascade-pooled.json')).world;
    expect(holderPositions(core).size).toBe(Object.keys(core.holders).length);
  });

  it("loading the model (the page's own importer) registers it: the same values as with every model", async () => {
    const { modulesFor } = await fresh();
    const { holderPositions } = await import('../../../src/engine/views/holderValue');
    const { clearCosmosHolderPart } = await import('../../../src/engine/views/holder/cosmosSlot');
    const { cosmosPart } = await import('../../../src/engine/views/holder/cosmos');
    clearCosmosHolderPart();
    const modules = await modulesFor(cosmos);
    expect(names(modules)).toContain('cosmos');
    const { world } = initWorldWith(modules, cosmos);
    const positions = holderPositions(world);
    // what the Cosmos part alone reports for each holder, in ATOM (unpriced, never summed as ETH)
    for (const [holder, value] of positions) {
      const unpriced: Record<string, bigint> = {};
      cosmosPart(
        world,
        holder,
        '',
        { add: () => {}, unpriced: (a, n) => void (unpriced[a] = (unpriced[a] ?? 0n) + n) },
        null as never,
      );
      for (const [asset, amount] of Object.entries(unpriced))
        if (amount !== 0n) expect(value.unpriced[asset]).toBe(amount);
    }
    expect([...positions.values()].some((p) => Object.values(p.unpriced).some((n) => n > 0n))).toBe(true);
  });
});

describe("a Cosmos section is read with the Cosmos model's schema (engine/scenario/cosmosSection.ts)", () => {
  const raw: unknown = JSON.parse(readFileSync('public/scenarios/cosmos-double-sign.json', 'utf8'));

  it('is refused, naming the model, before the model has loaded; a scenario without one is read as before', async () => {
    await fresh();
    const { parseScenario: parse } = await import('../../../src/engine/scenario/validate');
    const { clearCosmosSection } = await import('../../../src/engine/scenario/cosmosSection');
    clearCosmosSection();
    const refused = parse(raw);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.issues[0].path).toBe('$.cosmos');
      expect(refused.issues[0].message).toMatch(/Cosmos staking model \("cosmos"\) was not loaded/);
    }
    const plain: unknown = JSON.parse(readFileSync('public/scenarios/lesson-cascade-pooled.json', 'utf8'));
    expect(parse(plain).ok).toBe(true);
  });

  it("loading the model (the page's own importer) registers it: the section reads as with every model", async () => {
    const { modulesFor } = await fresh();
    const { parseScenario: parse } = await import('../../../src/engine/scenario/validate');
    const { clearCosmosSection } = await import('../../../src/engine/scenario/cosmosSection');
    clearCosmosSection();
    await modulesFor({ cosmos: (raw as { cosmos: unknown }).cosmos });
    const parsed = parse(raw);
    expect(parsed.ok && parsed.value).toEqual(read('cosmos-double-sign.json'));
    // and its issues are named as before: a validator with no id
    const bad = structuredClone(raw) as { cosmos: { validators: Record<string, unknown>[] } };
    delete bad.cosmos.validators[0].id;
    const issues = parse(bad);
    expect(!issues.ok && issues.issues[0].path).toBe('$.cosmos.validators[0].id');
  });
});

describe('modulesForFile (an embed, before its synchronous load)', () => {
  it("reads the raw file: the LRT scenario's markets section loads markets, and nothing else", async () => {
    const { importers } = counting();
    const { modulesForFile } = await fresh();
    const raw: unknown = JSON.parse(readFileSync('public/scenarios/lrt-slashed-operator.json', 'utf8'));
    const modules = await modulesForFile(raw, importers);
    expect(names(modules)).toEqual(['ethereum', 'liquid', 'restaking', 'markets', 'faults']);
  });
  it('asks for no optional model when the content is not a scenario, and does not throw on odd events', async () => {
    const { fetched, importers } = counting();
    const { modulesForFile } = await fresh();
    expect(names(await modulesForFile('not a scenario', importers))).toEqual(names(CORE_MODULES));
    expect(names(await modulesForFile({ events: 'x' }, importers))).toEqual(names(CORE_MODULES));
    expect(names(await modulesForFile({ events: [null, 3, { type: 7 }] }, importers))).toEqual(names(CORE_MODULES));
    expect(fetched).toEqual([]);
    // and a Cosmos event in an otherwise restaking-only file asks for Cosmos
    const withCosmos = await modulesForFile({ events: [{ type: 'CosmosDoubleSign' }] }, importers);
    expect(names(withCosmos)).toContain('cosmos');
  });
});
