/**
 * allocatedStakeByAvs (one pass over an operator's registrations) equals allocatedStake per AVS, and
 * stakeSeenBy / stakeSeenByAll (one pass over allocations, registrations or vault shares, with per-strategy
 * pricers) must equal the straightforward definition: Σ over every operator of allocatedStake(operator, avs),
 * in every security model, on random worlds with several strategies at different prices, several operator sets,
 * pending allocations, deregistrations (still slashable for a while), slashes and time.
 * Also: ethPricer(world, asset)(x) === ethValue(world, asset, x) for every asset of the example scenarios.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { run } from '../unit/restaking/helpers';
import { allocatedStake, allocatedStakeByAvs, stakeSeenBy, stakeSeenByAll } from '../../src/engine/restaking/views';
import { ethPricer, ethValue } from '../../src/engine/restaking/prices';
import { applyEvent, initWorld } from '../../src/engine/sim';
import { EventListSchema, type SimEventInput } from '../../src/engine/events';
import { RefusedEvent } from '../../src/engine/errors';
import { parseScenario } from '../../src/engine/scenario/validate';
import type { World } from '../../src/engine/world';

const OPS = ['o1', 'o2', 'o3', 'o4'];
const AVSS = ['A', 'B', 'C'];
const STRATS = ['EIGEN', 'TOK'];

/** The definition, operator by operator (the code the optimised pass replaced). */
function reference(world: World, avs: string): bigint {
  let total = 0n;
  for (const op of Object.keys(world.restaking.operators)) total += allocatedStake(world, op, avs);
  return total;
}

function expectSame(world: World): void {
  const all = stakeSeenByAll(world);
  for (const avs of AVSS) {
    const ref = reference(world, avs);
    expect(stakeSeenBy(world, avs)).toBe(ref);
    expect(all.get(avs)).toBe(ref);
  }
  for (const op of OPS) {
    const byAvs = allocatedStakeByAvs(world, op);
    for (const avs of AVSS) expect(byAvs.get(avs) ?? 0n).toBe(allocatedStake(world, op, avs));
  }
}

const worldArb = fc.record({
  model: fc.constantFrom('unique' as const, 'pooled' as const, 'sharedVault' as const),
  prices: fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 })),
  delays: fc.array(fc.constantFrom(0, 0, 75), { minLength: 4, maxLength: 4 }),
  // Per AVS: does it have a second set, and which strategies does each set take (bit mask 1..3).
  sets: fc.array(
    fc.record({ two: fc.boolean(), s0: fc.integer({ min: 1, max: 3 }), s1: fc.integer({ min: 1, max: 3 }) }),
    { minLength: 3, maxLength: 3 },
  ),
  deposits: fc.array(
    fc.record({
      op: fc.integer({ min: 0, max: 3 }),
      strat: fc.integer({ min: 0, max: 1 }),
      amount: fc.integer({ min: 1, max: 10_000 }),
      frac: fc.integer({ min: 0, max: 999_999_999 }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  allocs: fc.array(
    fc.record({
      op: fc.integer({ min: 0, max: 3 }),
      avs: fc.integer({ min: 0, max: 2 }),
      set: fc.integer({ min: 0, max: 1 }),
      strat: fc.integer({ min: 0, max: 1 }),
      pct: fc.integer({ min: 1, max: 60 }),
      effective: fc.boolean(),
    }),
    { maxLength: 12 },
  ),
  registrations: fc.array(
    fc.record({
      op: fc.integer({ min: 0, max: 3 }),
      avs: fc.integer({ min: 0, max: 2 }),
      set: fc.integer({ min: 0, max: 1 }),
    }),
    { maxLength: 8 },
  ),
  vaults: fc.array(
    fc.record({
      limits: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 3, maxLength: 3 }),
      shares: fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }), {
        minLength: 3,
        maxLength: 3,
      }),
      deposit: fc.integer({ min: 1, max: 30_000 }),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  events: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('slash' as const),
        op: fc.integer({ min: 0, max: 3 }),
        avs: fc.integer({ min: 0, max: 2 }),
        set: fc.integer({ min: 0, max: 1 }),
        pct: fc.integer({ min: 1, max: 100 }),
      }),
      fc.record({
        kind: fc.constant('dereg' as const),
        op: fc.integer({ min: 0, max: 3 }),
        avs: fc.integer({ min: 0, max: 2 }),
        set: fc.integer({ min: 0, max: 1 }),
      }),
      fc.record({ kind: fc.constant('time' as const), epochs: fc.integer({ min: 1, max: 6000 }) }),
    ),
    { maxLength: 8 },
  ),
});
type Rand = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

const strategiesOf = (mask: number): string[] => STRATS.filter((_, i) => mask & (1 << i));

function build(r: Rand) {
  const setIds = (a: number): number[] => (r.sets[a].two ? [0, 1] : [0]);
  const accepts = (a: number, set: number): string[] => strategiesOf(set === 0 ? r.sets[a].s0 : r.sets[a].s1);
  // Keep each (operator, strategy)'s allocations within 100% (the scenario refuses more), first come first kept.
  const used = new Map<string, number>();
  const seen = new Set<string>();
  const allocations = r.allocs
    .filter((x) => {
      const set = x.set % setIds(x.avs).length;
      const strat = STRATS[x.strat];
      const key = `${x.op}|${x.avs}/${set}|${strat}`;
      const k = `${x.op}|${strat}`;
      if (seen.has(key) || !accepts(x.avs, set).includes(strat) || (used.get(k) ?? 0) + x.pct > 100) return false;
      seen.add(key);
      used.set(k, (used.get(k) ?? 0) + x.pct);
      return true;
    })
    .map((x) => ({
      operator: OPS[x.op],
      avs: AVSS[x.avs],
      set: x.set % setIds(x.avs).length,
      strategy: STRATS[x.strat],
      magnitude: `${x.pct}/100`,
      effective: x.effective,
    }));
  const holders = r.deposits.map((d, i) => ({
    id: `h${i}`,
    balances: { [STRATS[d.strat]]: `${d.amount}.${String(d.frac).padStart(9, '0')}` },
  }));
  const vaultHolders = r.vaults.map((vt, i) => ({ id: `vh${i}`, balances: { VT: String(vt.deposit) } }));
  const scenario = {
    securityModel: r.model,
    holders: [...holders, ...vaultHolders],
    restaking: {
      strategies: [
        { id: 'EIGEN', ethPerToken: `0.${String(r.prices[0]).padStart(4, '0')}` },
        { id: 'TOK', ethPerToken: String(r.prices[1] / 1000) },
      ],
      operators: OPS.map((id, i) => ({ id, allocationDelayBlocks: r.delays[i] })),
      avss: AVSS.map((id, a) => ({ id, sets: setIds(a).map((s) => ({ id: s, strategies: accepts(a, s) })) })),
      deposits: r.deposits.map((d, i) => ({
        holder: `h${i}`,
        strategy: STRATS[d.strat],
        amount: holders[i].balances[STRATS[d.strat]],
      })),
      delegations: r.deposits.map((d, i) => ({ staker: `h${i}`, operator: OPS[d.op] })),
      registrations: r.registrations.map((x) => ({
        operator: OPS[x.op],
        avs: AVSS[x.avs],
        set: x.set % setIds(x.avs).length,
      })),
      allocations: r.model === 'sharedVault' ? [] : allocations,
      vaults:
        r.model === 'sharedVault'
          ? r.vaults.map((vt, i) => ({
              id: `v${i}`,
              asset: 'VT',
              networkLimits: Object.fromEntries(AVSS.map((a, k) => [a, String(vt.limits[k])])),
              operatorShares: Object.fromEntries(
                AVSS.map((a, k) => [a, Object.fromEntries(OPS.map((o, j) => [o, String(vt.shares[k][j])]))]),
              ),
              deposits: [{ holder: `vh${i}`, amount: String(vt.deposit) }],
            }))
          : [],
    },
  };
  const events: SimEventInput[] = r.events.map((e) =>
    e.kind === 'slash'
      ? {
          type: 'SlashOperator',
          avs: AVSS[e.avs],
          set: e.set % setIds(e.avs).length,
          operator: OPS[e.op],
          wad: `${e.pct}/100`,
        }
      : e.kind === 'dereg'
        ? {
            type: 'DeregisterFromOperatorSet',
            avs: AVSS[e.avs],
            set: e.set % setIds(e.avs).length,
            operator: OPS[e.op],
          }
        : { type: 'AdvanceTime', epochs: e.epochs },
  );
  return { scenario, events };
}

describe('stakeSeenBy (one pass) equals Σ allocatedStake over operators', () => {
  it('on random worlds in all three security models, after every event', () => {
    fc.assert(
      fc.property(worldArb, (r) => {
        const { scenario, events } = build(r);
        const { world } = run(scenario as Parameters<typeof run>[0]);
        expectSame(world);
        for (const e of events) {
          try {
            applyEvent(world, v.parse(EventListSchema, [e])[0]);
          } catch (err) {
            if (!(err instanceof RefusedEvent)) throw err;
          }
          expectSame(world);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('can fail: a world whose AVS sees stake gives a non-zero reference equal to the pass', () => {
    const { world } = run({
      restaking: {
        strategies: [{ id: 'EIGEN', ethPerToken: '0.5' }],
        operators: [{ id: 'o1' }, { id: 'o2' }],
        avss: [{ id: 'A' }],
        deposits: [
          { holder: 'a', strategy: 'EIGEN', amount: '10' },
          { holder: 'b', strategy: 'EIGEN', amount: '7' },
        ],
        delegations: [
          { staker: 'a', operator: 'o1' },
          { staker: 'b', operator: 'o2' },
        ],
        allocations: [
          { operator: 'o1', avs: 'A', strategy: 'EIGEN', magnitude: '1/2' },
          { operator: 'o2', avs: 'A', strategy: 'EIGEN', magnitude: '1/4' },
        ],
      },
      holders: [
        { id: 'a', balances: { EIGEN: '10' } },
        { id: 'b', balances: { EIGEN: '7' } },
      ],
    });
    // 10 × 1/2 × 0.5 ETH + 7 × 1/4 × 0.5 ETH = 2.5 + 0.875 = 3.375 ETH.
    expect(stakeSeenBy(world, 'A')).toBe(3_375_000_000n);
    expect(reference(world, 'A')).toBe(3_375_000_000n);
  });
});

describe('ethPricer', () => {
  it('prices every amount exactly as ethValue, for every asset of every example scenario', () => {
    const dir = 'public/scenarios';
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && x !== 'index.json')) {
      const parsed = parseScenario(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
      if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.issues[0])}`);
      const { world } = initWorld(parsed.value);
      for (const asset of Object.keys(world.ledger.assets)) {
        const price = ethPricer(world, asset);
        fc.assert(
          fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (x) => price(x) === ethValue(world, asset, x)),
          { numRuns: 30 },
        );
      }
    }
  });
});
