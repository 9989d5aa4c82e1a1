import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine/scenario/validate';
import { fold } from '../../src/engine/sim';
import type { Scenario } from '../../src/engine/scenario/schema';
import type { World } from '../../src/engine/world';
import { buildWorldView, type Entity, type WorldView } from '../../src/app/worldView';
import { en as shell } from '../../src/app/messages/en';
import { sandboxEn } from '../../src/app/messages/sandbox';
import { dropEn } from '../../src/app/messages/drop';
import { DEFAULT_SCENARIO } from '../../src/app/defaultScenario';
import { faultsForNode } from '../../src/app/faultMenu';
import { dropPlan } from '../../src/app/dropActions';
import { allocationTarget } from '../../src/app/allocationTarget';

/** The app's catalogue keys these views name: the shell's and the sandbox's parts, and the drop's (./drop.ts). */
const en = { ...shell, ...sandboxEn, ...dropEn };

const ATOM = 1_000_000_000n;

/** The Cosmos double-sign scenario folded over its first `events` events (all when undefined). */
function cosmosWorld(events?: number): World {
  const raw = JSON.parse(readFileSync('public/scenarios/cosmos-double-sign.json', 'utf8'));
  if (events !== undefined) raw.events = raw.events.slice(0, events);
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return fold(parsed.value as Scenario).world;
}

const entity = (view: WorldView, id: string): Entity => {
  const e = view.entities.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id}`);
  return e;
};
const fact = (e: Entity, label: string) => e.facts.find((f) => f.label === label);
const link = (view: WorldView, source: string, target: string, variant?: string) =>
  view.links.find((l) => l.source === source && l.target === target && l.variant === variant);

describe('world view', () => {
  it("never counts a Cosmos token as ETH in a holder's worth (the scenario after its events)", () => {
    const holders = buildWorldView(cosmosWorld()).entities.filter((e) => e.kind === 'holder');
    const holdingAtom = holders.filter((h) =>
      h.facts.some((f) => (f.label === 'fact.holds' || f.label === 'fact.delegated') && /ATOM/.test(f.value)),
    );
    expect(holdingAtom.length).toBeGreaterThan(0);
    // Before: "holds 1,000 ATOM / worth 1,000 ETH" (the engine prices an unknown asset 1:1).
    for (const h of holdingAtom) expect(fact(h, 'fact.worth')).toBeUndefined();
  });

  it('every card label, status and edge note is a key of the message catalogue', () => {
    const views = [
      buildWorldView(cosmosWorld(4)),
      buildWorldView(cosmosWorld()),
      buildWorldView(fold(parse(DEFAULT_SCENARIO)).world),
    ];
    for (const view of views) {
      for (const e of view.entities) {
        for (const f of e.facts) {
          expect(Object.keys(en)).toContain(f.label);
          if (f.short) expect(Object.keys(en)).toContain(f.short);
        }
        if (e.statusLabel) expect(Object.keys(en)).toContain(e.statusLabel);
      }
      for (const l of view.links) if (l.note) expect(Object.keys(en)).toContain(l.note.key);
    }
  });
});

function parse(raw: unknown): Scenario {
  const parsed = parseScenario(JSON.parse(JSON.stringify(raw)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value as Scenario;
}

describe('world view: the Cosmos chain', () => {
  // The scenario's genesis: Nova has 5,000 self-bond + 50,000 + 20,000 + 20,000 + 5,000 delegated = 100,000 ATOM,
  // Lyra 5,000. Then (first 4 events, now day 2 = epoch 450): Dan unbonds 1,000 at epoch 0, Bob 200 and Carol
  // redelegates 300 to Lyra at epoch 450. No slash yet, so shares are still one per unit and values are exact.
  const view = buildWorldView(cosmosWorld(4));

  it('draws each validator with its tokens, commission, status and unbonding total', () => {
    const nova = entity(view, 'cosmosValidator:nova');
    expect(nova.kind).toBe('cosmosValidator');
    expect(nova.name).toBe('Nova');
    expect(fact(nova, 'fact.tokens')!.raw).toBe(98_500n * ATOM); // 100,000 - 1,000 - 200 - 300
    expect(fact(nova, 'fact.tokens')!.value).toBe('98,500 ATOM');
    expect(fact(nova, 'fact.commission')!.value).toBe('10%');
    expect(fact(nova, 'fact.unbonding')!.raw).toBe(1_200n * ATOM); // Dan's 1,000 + Bob's 200
    expect(nova.statusLabel).toBe('status.bonded');
    expect(nova.slashed).toBe(false);
    const lyra = entity(view, 'cosmosValidator:lyra');
    expect(fact(lyra, 'fact.tokens')!.raw).toBe(5_300n * ATOM);
    expect(fact(lyra, 'fact.commission')!.value).toBe('5%');
  });

  it('draws delegations as edges in ATOM, worth what their shares pay out', () => {
    const amount = (h: string, v: string) => link(view, `holder:${h}`, `cosmosValidator:${v}`)?.amount;
    expect(amount('alice', 'nova')).toBe(50_000n * ATOM);
    expect(amount('bob', 'nova')).toBe(19_800n * ATOM);
    expect(amount('carol', 'nova')).toBe(19_700n * ATOM);
    expect(amount('dan', 'nova')).toBe(4_000n * ATOM);
    expect(amount('nova-op', 'nova')).toBe(5_000n * ATOM); // the self-bond
    expect(amount('carol', 'lyra')).toBe(300n * ATOM);
    for (const l of view.links.filter((x) => x.target.startsWith('cosmosValidator:'))) expect(l.asset).toBe('ATOM');
  });

  it('shows unbonding and redelegation entries as dashed edges with the time left', () => {
    // Dan's entry: created at epoch 0, completes at 4,725 (21 days); now epoch 450, so 4,275 epochs = 19 days.
    const dan = link(view, 'holder:dan', 'cosmosValidator:nova', 'unbonding')!;
    expect(dan.amount).toBe(1_000n * ATOM);
    expect(dan.note).toEqual({ key: 'edge.unbonding', params: { days: 19 } });
    const bob = link(view, 'holder:bob', 'cosmosValidator:nova', 'unbonding')!;
    expect(bob.amount).toBe(200n * ATOM);
    expect(bob.note?.params?.days).toBe(21);
    expect(dan.badge).toEqual({ key: 'edge.unbonding.short', params: { days: 19 } });
    // Carol's redelegation is the stake of her delegation to Lyra: marked on that edge, not drawn twice.
    expect(link(view, 'holder:carol', 'cosmosValidator:lyra', 'redelegation')).toBeUndefined();
    const carol = link(view, 'holder:carol', 'cosmosValidator:lyra')!;
    expect(carol.amount).toBe(300n * ATOM);
    expect(carol.note).toEqual({ key: 'edge.redelegation', params: { days: 21, from: 'Nova', amount: '300 ATOM' } });
    expect(carol.badge).toEqual({ key: 'edge.redelegation.short', params: { days: 21 } });
    // Holders' cards: what is delegated and what is unbonding, in ATOM.
    expect(fact(entity(view, 'holder:dan'), 'fact.delegated')!.raw).toBe(4_000n * ATOM);
    expect(fact(entity(view, 'holder:dan'), 'fact.unbondingLeft')).toMatchObject({
      raw: 1_000n * ATOM,
      labelParams: { days: 19 },
    });
  });

  it('after the double sign: tombstoned, 5% burned, later entries slashed, earlier ones untouched', () => {
    // Evidence at day 3 for epoch 400: Nova had 99,000 ATOM then, so 4,950 is slashed: Bob's entry (epoch 450)
    // pays 5% of 200 = 10, Carol's redelegation 5% of 300 = 15 (at Lyra), the rest 4,925 from Nova's tokens:
    // 98,500 - 4,925 = 93,575, i.e. exactly 95% of every delegation (cosmos-sdk x/staking Keeper.Slash).
    const after = buildWorldView(cosmosWorld(6));
    const nova = entity(after, 'cosmosValidator:nova');
    expect(nova.statusLabel).toBe('status.tombstoned');
    expect(nova.slashed).toBe(true);
    expect(fact(nova, 'fact.tokens')!.raw).toBe(93_575n * ATOM);
    expect(fact(entity(after, 'cosmosValidator:lyra'), 'fact.tokens')!.raw).toBe(5_285n * ATOM);
    expect(link(after, 'holder:alice', 'cosmosValidator:nova')!.amount).toBe(47_500n * ATOM);
    expect(link(after, 'holder:bob', 'cosmosValidator:nova', 'unbonding')!.amount).toBe(190n * ATOM);
    expect(link(after, 'holder:dan', 'cosmosValidator:nova', 'unbonding')!.amount).toBe(1_000n * ATOM);
  });

  it("offers the chain's faults on its validators, not where the chain would ignore them", () => {
    const before = cosmosWorld(4);
    const nova = entity(buildWorldView(before), 'cosmosValidator:nova');
    expect(faultsForNode(before, nova).map((f) => f.event)).toEqual([
      { type: 'CosmosDoubleSign', validator: 'nova' },
      { type: 'CosmosDowntime', validator: 'nova' },
    ]);
    expect(faultsForNode(before, nova)[0].description).toContain('5%');
    const after = cosmosWorld(6);
    expect(faultsForNode(after, entity(buildWorldView(after), 'cosmosValidator:nova'))).toEqual([]);
  });

  it('a drop on a Cosmos validator is a delegation in ATOM (refused, as a message key, with no ATOM to spend)', () => {
    const world = cosmosWorld(4);
    const lyra = { nodeId: 'cosmosValidator:lyra', kind: 'cosmosValidator', ref: 'lyra', name: 'Lyra' } as const;
    const plan = dropPlan(world, 'bob', lyra);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.asset).toBe('ATOM');
    expect(plan.events('10')).toEqual([{ type: 'CosmosDelegate', holder: 'bob', validator: 'lyra', amount: '10' }]);
    // Dan has delegated all his ATOM: nothing to put in.
    expect(dropPlan(world, 'dan', lyra)).toEqual({
      ok: false,
      reason: { key: 'drop.refused.nothingToPut', params: { holder: 'Dan', asset: 'ATOM', target: 'Lyra' } },
    });
  });
});

describe('world view: a registration without allocation', () => {
  const world = fold(parse(DEFAULT_SCENARIO)).world;
  const view = buildWorldView(world);

  it('is a 0 ETH dashed registration edge that edits a 0% allocation', () => {
    // Atlas Ops is registered for the price oracle's operator set but allocates nothing and has no delegators.
    const l = link(view, 'operator:atlas', 'avs:oracle', 'registration')!;
    expect(l.amount).toBe(0n);
    expect(l.note).toEqual({ key: 'edge.registered' });
    expect(allocationTarget(world, 'atlas', 'oracle')).toEqual({
      operator: 'atlas',
      avs: 'oracle',
      set: 0,
      strategy: 'lst',
      magnitude: 0n,
      pendingDiff: 0n,
      effectEpoch: null,
    });
    // An operator with stake allocated keeps its plain edge.
    expect(link(view, 'operator:orion', 'avs:da')!.amount).toBe(24n * ATOM); // 50% of Alice's 48 LST
    expect(allocationTarget(world, 'orion', 'bridge')).toBeNull(); // not registered there
  });
});

describe('drops and faults carry message keys, not English (the UI renders them)', () => {
  const world = fold(parse(DEFAULT_SCENARIO)).world;
  const holder = Object.keys(world.holders)[0];

  it('a drop on an AVS goes through an operator serving it; a node that takes no deposits refuses with a catalogue key', () => {
    const avs = Object.values(world.restaking.avss)[0];
    const onAvs = dropPlan(world, holder, { nodeId: `avs:${avs.id}`, kind: 'avs', ref: avs.id, name: avs.name });
    // Alice is delegated to Orion Nodes, which serves the DA layer: her stake goes there, one way.
    expect(onAvs.ok && onAvs.choices.map((c) => c.via?.id)).toEqual(['orion']);
    const onPool = dropPlan(world, holder, { nodeId: 'ammPool:x', kind: 'ammPool', ref: 'x', name: 'X/ETH' });
    expect(onPool).toEqual({ ok: false, reason: { key: 'drop.refused.noDeposits', params: { target: 'X/ETH' } } });
    if (!onPool.ok) expect(Object.keys(en)).toContain(onPool.reason.key);
  });

  it("a drop reads amounts with the engine's parser and offers its default", () => {
    const view = buildWorldView(world);
    const plans = view.entities
      .filter((e) => e.kind !== 'holder')
      .flatMap((t) =>
        Object.keys(world.holders).map((h) =>
          dropPlan(world, h, { nodeId: t.id, kind: t.kind, ref: t.id.slice(t.id.indexOf(':') + 1), name: t.name }),
        ),
      );
    const plan = plans.find((p) => p.ok);
    if (!plan?.ok) throw new Error('no drop is possible in the default scenario');
    expect(plan.read('abc')).toEqual({ ok: false, problem: 'notANumber' });
    expect(plan.read('0.000000001')).toEqual({ ok: true, amount: 1n });
    expect(plan.read('0')).toEqual({ ok: false, problem: 'notPositive' });
    expect(plan.suggested > 0n && plan.suggested <= plan.available).toBe(true);
  });

  it("a Cosmos validator's faults come from the engine catalogue, with their messages", () => {
    const cosmos = cosmosWorld(4);
    const faults = faultsForNode(cosmos, entity(buildWorldView(cosmos), 'cosmosValidator:nova'));
    expect(faults.map((f) => f.messages?.description.key)).toEqual([
      'faults.cosmosDoubleSign.description',
      'faults.cosmosDowntime.description',
    ]);
  });
});
