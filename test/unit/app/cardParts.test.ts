/**
 * The Cosmos and markets cards load with their model (src/app/engineModules.ts registers them from the model's
 * chunk; src/app/cards/parts.ts). A world holding their state with its part not registered must throw, naming the
 * part, rather than be drawn without those cards; a world without that state draws without the part. Each test
 * takes fresh copies of the modules: test/setup/engineModules.ts registers every part for the other tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';
import type { Scenario } from '../../../src/engine/scenario/schema';
import type { World } from '../../../src/engine/world';
import { DEFAULT_SCENARIO } from '../../../src/app/defaultScenario';

function folded(raw: unknown): World {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return fold(parsed.value as Scenario).world;
}
const scenarioFile = (name: string) => JSON.parse(readFileSync(`public/scenarios/${name}`, 'utf8'));

/** worldView, parts and engineModules as a sandbox page first has them: no optional model, no card part. */
async function fresh() {
  vi.resetModules();
  const [worldView, parts, engineModules] = await Promise.all([
    import('../../../src/app/worldView'),
    import('../../../src/app/cards/parts'),
    import('../../../src/app/engineModules'),
  ]);
  return { ...worldView, ...parts, ...engineModules };
}

describe('card parts', () => {
  it('a world holding Cosmos validators throws, naming the cosmos part, when its cards are not registered', async () => {
    const { buildWorldView } = await fresh();
    const world = folded(scenarioFile('cosmos-double-sign.json'));
    expect(world.cosmos.order.length).toBeGreaterThan(0);
    expect(() => buildWorldView(world)).toThrow(/cosmos cards .* are not registered/);
  });

  it('a world holding a pool or a lending market throws, naming the markets part, when its cards are not registered', async () => {
    const { buildWorldView, registerCardParts } = await fresh();
    // the cosmos part registered alone: the markets part is still missing
    const { cosmosCards } = await import('../../../src/app/cards/cosmos');
    registerCardParts({ cosmos: cosmosCards });
    const world = folded(scenarioFile('steth-2022-discount.json'));
    expect(Object.keys(world.markets.pools).length + Object.keys(world.markets.lending).length).toBeGreaterThan(0);
    expect(() => buildWorldView(world)).toThrow(/markets cards .* are not registered/);
  });

  it("the starter network is drawn without either part, the same as with both (it holds neither model's state)", async () => {
    const { buildWorldView } = await fresh();
    const world = folded(DEFAULT_SCENARIO);
    const without = buildWorldView(world);
    expect(without.entities.length).toBeGreaterThan(0);
    const { registerAllCardParts } = await import('../../../src/app/cards/allParts');
    registerAllCardParts();
    expect(buildWorldView(world)).toEqual(without);
  });

  it("loading the Cosmos model registers its cards: the world's validators and holders' delegations are drawn", async () => {
    const { buildWorldView, modulesFor } = await fresh();
    const world = folded(scenarioFile('cosmos-double-sign.json'));
    expect(() => buildWorldView(world)).toThrow(/cosmos/);
    await modulesFor({ cosmos: true });
    const view = buildWorldView(world);
    // one card per validator in the chain's order (cards/cosmos.ts), and a holder card reads its delegation
    expect(view.entities.filter((e) => e.kind === 'cosmosValidator')).toHaveLength(world.cosmos.order.length);
    expect(view.entities.some((e) => e.kind === 'holder' && e.facts.some((f) => f.label === 'fact.delegated'))).toBe(
      true,
    );
  });

  it('loading the markets model registers its cards: the pools and lending markets are drawn', async () => {
    const { buildWorldView, modulesFor } = await fresh();
    const world = folded(scenarioFile('steth-2022-discount.json'));
    await modulesFor({ markets: true });
    const view = buildWorldView(world);
    expect(view.entities.filter((e) => e.kind === 'ammPool')).toHaveLength(Object.keys(world.markets.pools).length);
    expect(view.entities.filter((e) => e.kind === 'lending')).toHaveLength(Object.keys(world.markets.lending).length);
  });
});
