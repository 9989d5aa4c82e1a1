/**
 * The drop planner on every example scenario (issue 13, item 1): every holder (and every operator with unallocated
 * stake) against every node is either a plan whose events the engine accepts, or a reason from the catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initWorld, step } from '../../../src/engine/sim';
import { parseEvents, parseScenario } from '../../../src/engine/scenario/validate';
import type { World } from '../../../src/engine/world';
import { formatEth } from '../../../src/engine/ledger/amount';
import { buildWorldView } from '../../../src/app/worldView';
import { en as shell } from '../../../src/app/messages/en';
import { sandboxEn } from '../../../src/app/messages/sandbox';
import { dropEn } from '../../../src/app/messages/drop';
import { DEFAULT_SCENARIO } from '../../../src/app/defaultScenario';
import { planDrop, type DropTarget } from '../../../src/app/dropActions';
import { operatorUnallocated } from '../../../src/app/allocationTarget';

/** The app's catalogue keys these views name: the shell's and the sandbox's parts, and the drop's (./drop.ts). */
const en = { ...shell, ...sandboxEn, ...dropEn };
const FILES = readdirSync('public/scenarios').filter((f) => f.endsWith('.json') && f !== 'index.json');

function start(json: unknown): World {
  const parsed = parseScenario({ ...(json as object), events: [] });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return initWorld(parsed.value).world;
}

function apply(world: World, events: unknown[]): World {
  let w = world;
  for (const e of events) {
    const parsed = parseEvents([e]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    w = step(w, parsed.value[0]).world;
  }
  return w;
}

const targetsOf = (world: World): DropTarget[] =>
  buildWorldView(world).entities.map((e) => ({
    nodeId: e.id,
    kind: e.kind,
    ref: e.id.slice(e.id.indexOf(':') + 1),
    name: e.name,
  }));

describe.each(FILES)('drops on %s, at its start', (file) => {
  const world = start(JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')));
  // The real network has hundreds of nodes: a sample of holders (the first three and Dave, the newcomer with
  // stake in his wallet, listed last) keeps the test quick, every target is tried.
  const ids = Object.keys(world.holders);
  const real = file.startsWith('real-network');
  const holders = real ? [...ids.slice(0, 3), ids[ids.length - 1]] : ids;
  const targets = targetsOf(world);
  // Dave's drops are accepted, and each is applied to a copy of the real network: its services and a few operators.
  const newcomerTargets = targets
    .filter((t) => t.kind !== 'operator')
    .concat(targets.filter((t) => t.kind === 'operator').slice(0, 4));
  const targetsFor = (holder: string) => (real && holder === ids[ids.length - 1] ? newcomerTargets : targets);

  it('every holder x every target: a plan the engine accepts (each of its ways), or a catalogued reason', () => {
    let accepted = 0;
    for (const holder of holders)
      for (const t of targetsFor(holder)) {
        if (t.nodeId === `holder:${holder}`) continue;
        const plan = planDrop(world, 'holder', holder, t);
        if (!plan.ok) {
          expect(Object.keys(en)).toContain(plan.reason.key);
          if (plan.offer) expect(Object.keys(en)).toContain(plan.offer.key);
          continue;
        }
        // (a service on the real network is served by hundreds of operators: the first two ways are applied)
        for (const way of real ? plan.choices.slice(0, 2) : plan.choices) {
          for (const s of way.steps) expect(Object.keys(en)).toContain(s.key);
          expect(() => apply(world, way.events(formatEth(plan.suggested)))).not.toThrow();
          accepted++;
        }
      }
    // Every example scenario has stake a learner can drag somewhere, at its start (issue 13, item 1).
    expect(accepted).toBeGreaterThan(0);
  });

  it("every operator's unallocated stake: a plan on each service the engine accepts, or a reason", () => {
    for (const op of Object.keys(world.restaking.operators).slice(0, 12)) {
      if (operatorUnallocated(world, op) === 0n) continue;
      for (const t of targets.filter((x) => x.kind === 'avs')) {
        const plan = planDrop(world, 'operator', op, t);
        if (!plan.ok) {
          expect(Object.keys(en)).toContain(plan.reason.key);
          continue;
        }
        expect(() => apply(world, plan.events(formatEth(plan.suggested)))).not.toThrow();
      }
    }
  });
});

describe('the starter network', () => {
  const world = start(DEFAULT_SCENARIO);
  const atlas: DropTarget = { nodeId: 'operator:atlas', kind: 'operator', ref: 'atlas', name: 'Atlas Ops' };
  const oracle: DropTarget = { nodeId: 'avs:oracle', kind: 'avs', ref: 'oracle', name: 'Price oracle' };

  it("Carol's stake on Atlas Ops: deposit into the stETH strategy, then delegate; Atlas's shares rise by exactly that", () => {
    const plan = planDrop(world, 'holder', 'carol', atlas);
    if (!plan.ok) throw new Error(JSON.stringify(plan.reason));
    const events = plan.events('10');
    expect(events.map((e) => e.type)).toEqual(['RestakeDeposit', 'DelegateTo']);
    const after = apply(world, events);
    expect(after.restaking.stakers.carol.delegatedTo).toBe('atlas');
    expect(after.restaking.operators.atlas.strategies[String(events[0].strategy)].shares).toBe(10_000_000_000n);
  });

  it('a drop on the price oracle offers the operators registered for it, most allocated first', () => {
    const plan = planDrop(world, 'holder', 'carol', oracle);
    if (!plan.ok) throw new Error(JSON.stringify(plan.reason));
    // Orion allocates 30% of its stake to the oracle; Atlas is registered but allocates nothing.
    expect(plan.choices.map((c) => c.via?.id)).toEqual(['orion', 'atlas']);
    expect(plan.choices[0].via?.detail).toEqual({
      key: 'drop.via.allocates',
      params: { operator: 'Orion Nodes', percent: 30, avs: 'Price oracle' },
    });
  });

  it('Alice (delegated to Orion) cannot restake with Lumen: the reason and the step that would make it possible', () => {
    const lumen: DropTarget = { nodeId: 'operator:lumen', kind: 'operator', ref: 'lumen', name: 'Lumen Staking' };
    const plan = planDrop(world, 'holder', 'alice', lumen);
    expect(plan).toEqual({
      ok: false,
      reason: { key: 'drop.refused.delegatedElsewhere', params: { holder: 'Alice', operator: 'Orion Nodes' } },
      offer: { key: 'drop.offer.sameOperator', params: { holder: 'Alice', operator: 'Orion Nodes' } },
    });
  });

  it("plain ETH goes through the pool when no token a strategy takes is held: LidoSubmit, then the pool's shares", () => {
    // Carol without her stETH: only ETH, which the pool turns into stETH for the stETH strategy.
    const json = structuredClone(DEFAULT_SCENARIO) as unknown as {
      liquid: { lido: { holders: { holder: string; eth: string }[] }[] };
    };
    // (the pool's stETH must add up to what it holds: Carol's 64 go to Bob)
    json.liquid.lido[0].holders = json.liquid.lido[0].holders
      .filter((h) => h.holder !== 'carol')
      .map((h) => (h.holder === 'bob' ? { holder: 'bob', eth: '80' } : h));
    const w = start(json);
    const plan = planDrop(w, 'holder', 'carol', atlas);
    if (!plan.ok) throw new Error(JSON.stringify(plan.reason));
    expect(plan.asset).toBe('ETH');
    const events = plan.events('32');
    expect(events.map((e) => e.type)).toEqual(['LidoSubmit', 'RestakeDeposit', 'DelegateTo']);
    const after = apply(w, events);
    expect(after.restaking.stakers.carol.delegatedTo).toBe('atlas');
    // The deposit is exactly the stETH shares the pool minted (at 1:1 here, 32), all delegated to Atlas.
    expect(events[1].amount).toBe('32');
    expect(after.restaking.operators.atlas.strategies.steth.shares).toBe(32_000_000_000n);
  });

  it("an operator's unallocated stake on a service registers it and allocates with the operator's delay", () => {
    const w = apply(
      world,
      planDrop(world, 'holder', 'carol', atlas).ok
        ? (planDrop(world, 'holder', 'carol', atlas) as { events: (a: string) => unknown[] }).events('20')
        : [],
    );
    const da: DropTarget = { nodeId: 'avs:da', kind: 'avs', ref: 'da', name: 'DA layer' };
    const plan = planDrop(w, 'operator', 'atlas', da);
    if (!plan.ok) throw new Error(JSON.stringify(plan.reason));
    expect(plan.available).toBe(20_000_000_000n);
    const events = plan.events('5');
    expect(events.map((e) => e.type)).toEqual(['RegisterForOperatorSet', 'ModifyAllocation']);
    // 5 of 20 shares: a quarter of the magnitude.
    expect(events[1].magnitude).toBe(`${10n ** 18n / 4n}/${10n ** 18n}`);
    const after = apply(w, events);
    const a = Object.values(after.restaking.allocations).find((x) => x.operator === 'atlas' && x.avs === 'da')!;
    expect(a.magnitude + a.pendingDiff).toBe(10n ** 18n / 4n);
  });
});
