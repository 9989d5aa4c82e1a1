/**
 * One home for every number shown (issue 11): on every example scenario, after every one of its events, and on
 * random worlds (random runs from arbitraries.ts, and the example scenarios driven further by random drops and
 * faults taken from the menus the sandbox offers), each figure on a card equals the inspector's, the dashboard's and
 * the CLI report's, because all of them ask the engine's read-models (engine/views/holderValue.ts,
 * engine/views/costOfCorruption.ts). The holder value's parts sum to its total; the cost of corruption is the
 * security analysis's own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEvent, cloneWorld, initWorld } from '../../src/engine/sim';
import { parseEvents, parseScenario } from '../../src/engine/scenario/validate';
import type { Scenario } from '../../src/engine/scenario/schema';
import type { SimEvent } from '../../src/engine/events';
import type { World } from '../../src/engine/world';
import { RefusedEvent } from '../../src/engine/errors';
import { formatEth } from '../../src/engine/ledger/amount';
import { exactNumber } from '../../src/app/format/amount';
import { buildReport } from '../../src/engine/report';
import { HOLDER_PARTS, holderPosition } from '../../src/engine/views/holderValue';
import { servicesSecurity } from '../../src/engine/views/costOfCorruption';
import { analyze } from '../../src/engine/security/analyze';
import { worldGraph } from '../../src/engine/security/fromWorld';
import { buildWorldView, type Entity } from '../../src/app/worldView';
import { inspectorSections, keyValue, type Section } from '../../src/app/inspector';
import { avsRows } from '../../src/app/dashboardData';
import { dropPlan, DROPPABLE } from '../../src/app/dropActions';
import { faultsForNode } from '../../src/app/faultMenu';
import { arbitraryRun } from './arbitraries';

const DIR = 'public/scenarios';
/** Every example scenario but the 445-holder real network (checked at its end state only, below). */
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'index.json');
const SMALL = FILES.filter((f) => f !== 'real-network-2024-10.json');

function load(file: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

// The inspector shows the exact value, every gwei, with thousands separators (issue 13 item 4's number policy).
const eth = (x: bigint): string => `${exactNumber(x)} ETH`;
const raw = (e: Entity, label: string): bigint | undefined => e.facts.find((f) => f.label === label)?.raw;
const rowsOf = (sections: Section[], title: string) => sections.find((s) => s.title === title)?.rows ?? [];
/** A figure's text (figures are strings; a row whose value is words is not a figure). */
const rowValue = (sections: Section[], title: string, key: string): string | undefined => {
  const v = rowsOf(sections, title).find((r) => 'key' in r.label && r.label.key === key)?.values[0];
  return typeof v === 'string' ? v : undefined;
};

/** Card, inspector, dashboard and CLI report agree on every AVS's figures and on `maxHolders` holders' in `world`. */
function expectNumbersAgree(world: World, maxHolders = Infinity): void {
  const view = buildWorldView(world);
  const report = buildReport(world, [], { includeTrace: false }) as {
    holders?: { id: string; value: string; parts: Record<string, string> }[];
    restaking?: { avss: { id: string; stakeSeen: string; stakeNeeded: string; costOfCorruption: string }[] };
  };
  for (const id of Object.keys(world.holders).slice(0, maxHolders)) {
    const p = holderPosition(world, id);
    // The parts sum to the total.
    expect(HOLDER_PARTS.reduce((s, part) => s + p.parts[part], 0n)).toBe(p.total);
    const card = view.entities.find((e) => e.id === `holder:${id}`)!;
    const worth = raw(card, 'fact.worth');
    if (worth !== undefined) expect(worth).toBe(p.total);
    else expect(Object.keys(p.unpriced).length > 0 && p.total === 0n).toBe(true);
    for (const [part, label] of [
      ['staked', 'fact.staked'],
      ['withdrawing', 'fact.withdrawing'],
      ['markets', 'fact.markets'],
    ] as const) {
      expect(raw(card, label) ?? 0n).toBe(p.parts[part]);
    }
    // Restaked stake is shown in the asset restaked (issue 13: one name per asset); in ETH it is the ETH part.
    const restaked = card.facts.find((f) => f.label === 'fact.restaked');
    expect(restaked !== undefined).toBe(p.parts.restaked > 0n);
    if (restaked?.unit === 'ETH') expect(restaked.raw).toBe(p.parts.restaked);
    // The inspector: the history chart's number, the total and each part of its Total section.
    expect(keyValue(world, card)?.value).toBe(p.total);
    const sections = inspectorSections(world, card);
    expect(rowValue(sections, 'inspector.section.total', 'inspector.value.holder')).toBe(eth(p.total));
    for (const part of HOLDER_PARTS)
      expect(rowValue(sections, 'inspector.section.total', `holder.part.${part}`)).toBe(
        p.parts[part] === 0n ? undefined : eth(p.parts[part]),
      );
    // The CLI report.
    const r = report.holders!.find((h) => h.id === id)!;
    expect(r.value).toBe(p.total.toString());
    for (const part of HOLDER_PARTS) expect(r.parts[part]).toBe(p.parts[part].toString());
  }

  // Every operator drawn one by one: the card's stake figure is the inspector's and the history chart's. Under shared
  // vaults that figure is what the vaults back the operator with, never a "Delegated 0" row beside it (issue 13).
  const inspectorRow = { 'fact.delegated': 'inspector.row.delegated', 'fact.vaultBacked': 'inspector.row.vaultBacked' };
  for (const card of view.entities.filter((e) => e.kind === 'operator' && e.id.startsWith('operator:'))) {
    const fact = card.facts[0];
    expect(Object.keys(inspectorRow)).toContain(fact.label);
    const sections = inspectorSections(world, card);
    const label = fact.label as keyof typeof inspectorRow;
    expect(rowValue(sections, 'inspector.section.stake', inspectorRow[label])).toBe(eth(fact.raw!));
    const other = label === 'fact.delegated' ? 'inspector.row.vaultBacked' : 'inspector.row.delegated';
    expect(rowValue(sections, 'inspector.section.stake', other)).toBeUndefined();
    expect(keyValue(world, card)?.value).toBe(fact.raw);
  }

  const security = servicesSecurity(world);
  if (!security.length) return;
  const dashboard = avsRows(world);
  const analysis = analyze(worldGraph(world).graph);
  for (const s of security) {
    const card = view.entities.find((e) => e.id === `avs:${s.avs}`)!;
    expect(raw(card, 'fact.securedBy')).toBe(s.stakeSeen);
    expect(raw(card, 'fact.profitFromCorruption')).toBe(s.profit);
    const sections = inspectorSections(world, card);
    expect(rowValue(sections, 'inspector.section.security', 'inspector.row.stakeSeen')).toBe(eth(s.stakeSeen));
    expect(rowValue(sections, 'inspector.section.security', 'inspector.row.stakeNeeded')).toBe(eth(s.stakeNeeded));
    expect(rowValue(sections, 'inspector.section.security', 'inspector.row.cost')).toBe(eth(s.cost));
    const row = dashboard.find((r) => r.id === s.avs)!;
    expect([row.stakeSeen, row.stakeNeeded, row.cost, row.safeAlone]).toEqual([
      s.stakeSeen,
      s.stakeNeeded,
      s.cost,
      s.safeAlone,
    ]);
    const r = report.restaking!.avss.find((a) => a.id === s.avs)!;
    expect([r.stakeSeen, r.stakeNeeded, r.costOfCorruption]).toEqual([
      s.stakeSeen.toString(),
      s.stakeNeeded.toString(),
      s.cost.toString(),
    ]);
    // The security analysis (`npm run analyze`) gives the same cost, in ETH as a float.
    expect(s.exact).toBe(true);
    expect(analysis.costOfCorruption[s.avs]).toBeCloseTo(Number(s.cost) / 1e9, 6);
    // Never below the stake needed to attack: the cost is a set of whole stake units reaching the threshold.
    expect(s.cost >= s.stakeNeeded).toBe(true);
  }
}

/**
 * Applies `e` to a copy; a refused event leaves the world as it was (as the sandbox's log does). The narration's
 * figures are checked too: a cascade's security step reports the cost of corruption the read-model gives.
 */
function tryApply(world: World, e: SimEvent): World {
  const copy = cloneWorld(world);
  try {
    const trace = applyEvent(copy, e);
    const security = trace.filter((s) => s.layer === 'security');
    if (security.length) {
      const costs = new Map(servicesSecurity(copy).map((x) => [x.avs, x.cost]));
      for (const s of security) expect(s.amounts.costAfter, s.text).toBe(costs.get(s.entities[0]));
    }
    return copy;
  } catch (err) {
    if (err instanceof RefusedEvent) return world;
    throw err;
  }
}

function parseOne(json: unknown): SimEvent[] {
  const parsed = parseEvents([json]);
  return parsed.ok ? parsed.value : [];
}

/** What the sandbox lets a learner do next in `world`: a drop of some stake, or a fault from a node's menu. */
function menuEvents(world: World, pick: number, fraction: number): SimEvent[] {
  const view = buildWorldView(world);
  const holders = view.entities.filter((e) => e.kind === 'holder');
  const targets = view.entities.filter((e) => DROPPABLE.has(e.kind));
  const choice = pick % 3;
  if (choice === 0 && holders.length && targets.length) {
    const holder = holders[pick % holders.length];
    const t = targets[Math.floor(pick / 3) % targets.length];
    const plan = dropPlan(world, holder.id.slice('holder:'.length), {
      nodeId: t.id,
      kind: t.kind,
      ref: t.id.slice(t.id.indexOf(':') + 1),
      name: t.name,
    });
    if (!plan.ok) return [];
    const amount = (plan.available * BigInt(Math.round(fraction * 1000))) / 1000n;
    if (amount <= 0n) return [];
    return plan.events(formatEth(amount)).flatMap(parseOne);
  }
  if (choice === 1) {
    const all = view.entities.flatMap((e) => faultsForNode(world, e));
    if (!all.length) return [];
    return parseOne(all[pick % all.length].event);
  }
  return parseOne({ type: 'AdvanceTime', days: 1 + (pick % 20) });
}

describe('every figure shown agrees with the read-models (card, inspector, dashboard, CLI report)', () => {
  it.each(SMALL)('%s, after each of its events', (file) => {
    const scenario = load(file);
    let world = initWorld({ ...scenario, events: [] }).world;
    expectNumbersAgree(world);
    for (const e of scenario.events) {
      world = tryApply(world, e);
      expectNumbersAgree(world);
    }
  });

  // The model switch re-runs the same events under another model: the shared-vault scenario under EigenLayer's models,
  // the others under shared vaults (where an operator's card reads "backed by", not "delegated").
  it.each(SMALL.filter((f) => load(f).restaking))('%s at its end under every security model', (file) => {
    const scenario = load(file);
    for (const securityModel of ['unique', 'pooled', 'sharedVault'] as const) {
      let world = initWorld({ ...scenario, securityModel, events: [] }).world;
      for (const e of scenario.events) world = tryApply(world, e);
      expectNumbersAgree(world);
    }
  });

  it('the real network (445 operators), at its end (every AVS, 25 of its holders)', () => {
    const scenario = load('real-network-2024-10.json');
    let world = initWorld({ ...scenario, events: [] }).world;
    for (const e of scenario.events) world = tryApply(world, e);
    expectNumbersAgree(world, 25);
  });

  it('random runs (holders, validators, Lido, a Cosmos chain)', () => {
    fc.assert(
      fc.property(arbitraryRun(), ({ scenario, events }) => {
        const sc = parseScenario(scenario);
        if (!sc.ok) throw new Error(JSON.stringify(sc.issues));
        let world = initWorld(sc.value).world;
        for (const e of events.flatMap(parseOne)) world = tryApply(world, e);
        expectNumbersAgree(world);
      }),
      { numRuns: 40 },
    );
  });

  it('example scenarios driven further by random drops and faults from the sandbox menus', () => {
    const worlds = new Map(
      SMALL.map((f) => {
        const scenario = load(f);
        let world = initWorld({ ...scenario, events: [] }).world;
        for (const e of scenario.events) world = tryApply(world, e);
        return [f, world] as const;
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...SMALL),
        fc.array(fc.tuple(fc.nat(10_000), fc.double({ min: 0.01, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 4,
        }),
        (file, moves) => {
          let world = worlds.get(file)!;
          for (const [pick, fraction] of moves)
            for (const e of menuEvents(world, pick, fraction)) world = tryApply(world, e);
          expectNumbersAgree(world);
        },
      ),
      { numRuns: 40 },
    );
  });
});
