/**
 * Every model under fresh random events: each example scenario (core, Ethereum, Cosmos, Lido and Rocket Pool,
 * EigenLayer-like restaking with LRTs and vaults, the stETH/ETH pool and lending market) is folded, then driven by
 * random events over its own ids (test/property/arbitraries.ts: arbitraryEventFor). Every accepted event is
 * followed by the engine's own checks (applyEvent: the ledger balances to the gwei for every asset, no balance is
 * negative, every model's invariants hold); a refused event must leave the world as it was. The test prints how
 * many events it applied, per model, and fails below EVENTS_PER_RUN.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEvent, cloneWorld, fold } from '../../src/engine/sim';
import { parseEvents, parseScenario } from '../../src/engine/scenario/validate';
import { RefusedEvent } from '../../src/engine/errors';
import { totals } from '../../src/engine/ledger/ledger';
import type { World } from '../../src/engine/world';
import { arbitraryEventFor, modelOf, type WorldIds } from './arbitraries';

/** Fresh random events per run (the issue's floor: 100,000 per CI run). */
const EVENTS_PER_RUN = Number(process.env.EVENTS_PER_RUN ?? 100_000);
const EVENTS_PER_SEQUENCE = 100;

const FILES = [
  'solo-staker-slashed',
  'cosmos-double-sign',
  'lido-slashed-operator',
  'rocket-minipool-shortfall',
  'steth-2022-discount',
  'lrt-slashed-operator',
  'three-avs-unique',
  'three-avs-pooled',
  'whitepaper-counterexample',
];

function idsOf(w: World): WorldIds {
  const keys = (r: object) => Object.keys(r);
  const rocket = Object.values(w.liquid.rocket);
  return {
    holders: keys(w.holders),
    ethValidators: w.ethereum.order.slice(0, 12),
    lido: keys(w.liquid.lido),
    rocket: keys(w.liquid.rocket),
    rocketNodes: rocket.flatMap((p) => keys(p.nodes)),
    minipools: rocket.flatMap((p) => keys(p.minipools)),
    cosmos: w.cosmos.order.slice(0, 8),
    strategies: keys(w.restaking.strategies),
    operators: keys(w.restaking.operators).slice(0, 12),
    avss: Object.values(w.restaking.avss)
      .slice(0, 12)
      .map((a) => ({ id: a.id, sets: Object.values(a.sets).map((s) => s.id) })),
    lrts: keys(w.restaking.lrts),
    vaults: keys(w.restaking.vaults),
    pools: Object.values(w.markets.pools).map((p) => ({ id: p.id, asset: p.asset })),
    lending: Object.values(w.markets.lending).map((m) => ({ id: m.id, assets: keys(m.collateral) })),
  };
}

const applied = { total: 0, accepted: 0, refused: 0 };
const byModel = new Map<string, { accepted: number; refused: number }>();
const count = (type: string, ok: boolean) => {
  const m = modelOf(type);
  const c = byModel.get(m) ?? { accepted: 0, refused: 0 };
  if (ok) c.accepted++;
  else c.refused++;
  byModel.set(m, c);
  applied.total++;
  if (ok) applied.accepted++;
  else applied.refused++;
};

describe('every model under fresh random events', () => {
  const runsPerFile = Math.ceil(EVENTS_PER_RUN / EVENTS_PER_SEQUENCE / FILES.length);

  it.each(FILES)('%s: every event keeps the ledger exact and the models consistent', (name) => {
    const parsed = parseScenario(JSON.parse(readFileSync(`public/scenarios/${name}.json`, 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const base = fold(parsed.value).world;
    const ids = idsOf(base);
    fc.assert(
      fc.property(
        fc.array(arbitraryEventFor(ids), { minLength: EVENTS_PER_SEQUENCE, maxLength: EVENTS_PER_SEQUENCE }),
        (json) => {
          const events = parseEvents(json);
          if (!events.ok) throw new Error(JSON.stringify(events.issues[0]));
          let world = cloneWorld(base);
          for (const event of events.value) {
            const next = cloneWorld(world);
            try {
              applyEvent(next, event); // throws unless every asset balances to the gwei afterwards
            } catch (e) {
              if (!(e instanceof RefusedEvent)) throw e;
              count(event.type, false);
              continue;
            }
            world = next;
            count(event.type, true);
          }
          // 0 gwei lost, re-checked independently of applyEvent at the end of the sequence.
          for (const asset of Object.keys(world.ledger.assets)) {
            const t = totals(world.ledger, asset);
            expect(t.total).toBe(t.initial + t.minted - t.burned);
          }
        },
      ),
      { numRuns: runsPerFile },
    );
  });

  afterAll(() => {
    const models = Object.fromEntries([...byModel].sort());
    console.log(
      `fresh random events applied: ${applied.total} (${applied.accepted} accepted, each followed by the conservation check; ${applied.refused} refused), 0 gwei lost; by model: ${JSON.stringify(models)}`,
    );
  });

  it('regression found by this test: a 100% slash leaves max magnitude 0, and a new allocation is refused, not a division by zero', () => {
    const parsed = parseScenario(JSON.parse(readFileSync('public/scenarios/three-avs-pooled.json', 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { world } = fold(parsed.value);
    const events = parseEvents([
      { type: 'SlashOperator', operator: 'op1', wad: '100/100', avs: 'bridge', set: 0 },
      { type: 'ModifyAllocation', operator: 'op1', strategy: 'lst', magnitude: '2/100', avs: 'bridge', set: 0 },
    ]);
    if (!events.ok) throw new Error(JSON.stringify(events.issues));
    applyEvent(world, events.value[0]);
    expect(() => applyEvent(world, events.value[1])).toThrow(RefusedEvent);
    expect(() => applyEvent(world, events.value[1])).toThrow(/nothing left to allocate/);
  });

  it('regression found by this test: a fully slashed operator takes no new delegation (FullySlashed), not a division by zero', () => {
    const parsed = parseScenario(JSON.parse(readFileSync('public/scenarios/three-avs-pooled.json', 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { world } = fold(parsed.value);
    const events = parseEvents([
      { type: 'SlashOperator', operator: 'op1', wad: '100/100', avs: 'da', set: 0 },
      { type: 'Undelegate', staker: 'alice' },
      { type: 'RestakeDeposit', holder: 'dave', strategy: 'lst', amount: '1' },
      { type: 'DelegateTo', staker: 'dave', operator: 'op1' },
    ]);
    if (!events.ok) throw new Error(JSON.stringify(events.issues));
    for (const e of events.value.slice(0, 3)) applyEvent(world, e);
    expect(() => applyEvent(world, events.value[3])).toThrow(RefusedEvent);
    expect(() => applyEvent(world, events.value[3])).toThrow(/FullySlashed/);
  });

  // Regression found by this test: two withdrawals queued with the same operator, then a 100% slash. The queued
  // term was taken once over their summed scaled shares (floor of a sum), which burned 1 gwei more than the two
  // payouts (sum of floors) lost, leaving the lst custody 1 gwei short. It is now summed per withdrawal.
  it('regression: a slash burns from queued withdrawals exactly what their payouts lose (pooled, two withdrawals)', () => {
    const parsed = parseScenario(JSON.parse(readFileSync('public/scenarios/three-avs-pooled.json', 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { world } = fold(parsed.value);
    const events = parseEvents([
      { type: 'QueueWithdrawal', staker: 'carol', strategy: 'lst', shares: '0.999999998' },
      { type: 'SlashOperator', operator: 'op3', wad: '94/100', avs: 'bridge', set: 0 },
      { type: 'Undelegate', staker: 'carol' },
      { type: 'SlashOperator', operator: 'op3', wad: '100/100', avs: 'oracle', set: 0 },
    ]);
    if (!events.ok) throw new Error(JSON.stringify(events.issues));
    for (const e of events.value) applyEvent(world, e); // each runs the custody check; none may throw
    const t = totals(world.ledger, 'LST');
    expect(t.total).toBe(t.initial + t.minted - t.burned);
    expect(Object.values(world.restaking.withdrawals).filter((w) => w.staker === 'carol')).toHaveLength(2);
  });

  it('applied at least EVENTS_PER_RUN fresh random events, and accepted many in every model', () => {
    // (runs after the per-scenario tests above: tests in a file run in order)
    expect(applied.total).toBeGreaterThanOrEqual(EVENTS_PER_RUN);
    for (const model of ['core', 'ethereum', 'cosmos', 'liquid', 'restaking', 'markets']) {
      expect(byModel.get(model)?.accepted ?? 0, model).toBeGreaterThan(EVENTS_PER_RUN / 200);
    }
  });
});
