/**
 * Properties of the Cosmos model over random event sequences: conservation to the smallest unit, shares never
 * negative, a validator's delegations never worth more than its tokens, unbonding entries within their initial
 * balance, determinism, and time-step invariance (a day at once == 225 single epochs).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RefusedEvent } from '../../src/engine/errors';
import { totals } from '../../src/engine/ledger/ledger';
import { parseScenario } from '../../src/engine/scenario/validate';
import { applyEvent, initWorld } from '../../src/engine/sim';
import { toJSON } from '../../src/engine/snapshot';
import type { SimEvent } from '../../src/engine/events';
import type { World } from '../../src/engine/world';
import { poolOf } from '../../src/engine/staking/cosmos/chain';
import { tokenValue } from '../../src/engine/staking/cosmos/shares';

const HOLDERS = ['figop', 'chorusop', 'alice', 'bob', 'carol'] as const;
const VALIDATORS = ['figment', 'chorus', 'p2p'] as const;

function baseWorld(): World {
  const parsed = parseScenario({
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'cosmos property',
    holders: [
      { id: 'figop', balances: { ATOM: '20000' } },
      { id: 'chorusop', balances: { ATOM: '20000' } },
      { id: 'alice', balances: { ATOM: '3000' } },
      { id: 'bob', balances: { ATOM: '90000' } },
      { id: 'carol', balances: { ATOM: '5000.000000007' } },
    ],
    cosmos: {
      params: { slashFractionDowntime: '0.01' },
      validators: [
        {
          id: 'figment',
          operator: 'figop',
          selfBond: '10000',
          commission: '0.05',
          maxCommission: '0.2',
          maxChangeRate: '0.03',
        },
        { id: 'chorus', operator: 'chorusop', selfBond: '10000', commission: '0.10', maxCommission: '0.3' },
        { id: 'p2p', operator: 'carol', selfBond: '1000.000000003', commission: '1/3' },
      ],
      delegations: [
        { holder: 'alice', validator: 'figment', amount: '1000' },
        { holder: 'bob', validator: 'figment', amount: '60000' },
        { holder: 'bob', validator: 'chorus', amount: '9999.999999999' },
        { holder: 'alice', validator: 'p2p', amount: '7' },
      ],
    },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return initWorld(parsed.value).world;
}

/** An event recipe; infractions are relative to the clock when applied. */
type Recipe =
  SimEvent | { type: 'DoubleSignAgo'; validator: string; ago: number } | { type: 'ServeAndUnjail'; validator: string };

const holder = fc.constantFrom(...HOLDERS);
const validator = fc.constantFrom(...VALIDATORS);
// amounts from one smallest unit (rounding paths) to thousands of ATOM
const amount = fc.oneof(fc.bigInt(1n, 10_000n), fc.bigInt(1n, 5_000_000_000_000n));
const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('CosmosDelegate' as const), holder, validator, amount }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('CosmosUndelegate' as const), holder, validator, amount }) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('CosmosRedelegate' as const),
      holder,
      from: validator,
      to: validator,
      amount,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('DoubleSignAgo' as const),
      validator,
      ago: fc.integer({ min: 0, max: 3000 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('CosmosDowntime' as const), validator }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('CosmosUnjail' as const), validator }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('ServeAndUnjail' as const), validator }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('CosmosSetCommission' as const),
      validator,
      rate: fc.constantFrom<[bigint, bigint]>([0n, 1n], [1n, 20n], [7n, 100n], [1n, 3n], [3n, 10n]),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('CosmosWithdrawRewards' as const), holder }) },
  {
    weight: 3,
    arbitrary: fc.record({ type: fc.constant('AdvanceTime' as const), epochs: fc.integer({ min: 1, max: 400 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('AdvanceTime' as const), days: fc.integer({ min: 1, max: 25 }) }),
  },
);

function toEvent(world: World, r: Exclude<Recipe, { type: 'ServeAndUnjail' }>): SimEvent {
  if (r.type === 'DoubleSignAgo')
    return { type: 'CosmosDoubleSign', validator: r.validator, infractionEpoch: Math.max(0, world.epoch - r.ago) };
  return r;
}

/** Applies a recipe; refused events leave the world as it was (the engine refuses before changing anything). */
function play(world: World, r: Recipe): boolean {
  if (r.type === 'ServeAndUnjail') {
    // wait out a downtime jail (2 epochs), then unjail: exercises the way back into the active set
    play(world, { type: 'AdvanceTime', epochs: 2 });
    return play(world, { type: 'CosmosUnjail', validator: r.validator });
  }
  const before = toJSON(world);
  try {
    applyEvent(world, toEvent(world, r));
    return true;
  } catch (e) {
    if (!(e instanceof RefusedEvent)) throw e;
    expect(toJSON(world)).toBe(before);
    return false;
  }
}

function assertInvariants(world: World): void {
  const t = totals(world.ledger, 'ATOM');
  expect(t.total).toBe(t.initial + t.minted - t.burned);
  for (const [account, b] of [...world.ledger.assets.ATOM.balances]) expect(b, account).toBeGreaterThanOrEqual(0n);
  for (const id of VALIDATORS) {
    const pool = poolOf(world, id);
    expect(pool.shares).toBeGreaterThanOrEqual(0n);
    let value = 0n;
    for (const shares of Object.values(world.cosmos.delegations[id] ?? {})) {
      expect(shares).toBeGreaterThan(0n);
      value += tokenValue(pool, shares);
    }
    expect(value).toBeLessThanOrEqual(pool.tokens);
  }
  for (const u of world.cosmos.unbondings) {
    expect(u.balance).toBeGreaterThanOrEqual(0n);
    expect(u.balance).toBeLessThanOrEqual(u.initialBalance);
  }
}

describe('Cosmos model properties', () => {
  it('conserves value, keeps shares non-negative and delegations backed, over 1,000 random sequences', () => {
    fc.assert(
      fc.property(fc.array(recipe, { minLength: 1, maxLength: 25 }), (recipes) => {
        const world = baseWorld();
        for (const r of recipes) {
          play(world, r);
          assertInvariants(world);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic: the same events give byte-identical worlds', () => {
    fc.assert(
      fc.property(fc.array(recipe, { minLength: 1, maxLength: 15 }), (recipes) => {
        const a = baseWorld();
        const b = baseWorld();
        for (const r of recipes) {
          play(a, r);
          play(b, r);
        }
        expect(toJSON(a)).toBe(toJSON(b));
      }),
      { numRuns: 200 },
    );
  });

  it('a day stepped at once equals its 225 epochs stepped one by one', () => {
    fc.assert(
      fc.property(
        fc.array(recipe, { minLength: 0, maxLength: 12 }),
        fc.integer({ min: 0, max: 224 }),
        (recipes, offset) => {
          const a = baseWorld();
          for (const r of recipes) play(a, r);
          // start anywhere within a day so the step crosses a day boundary mid-way
          if (offset > 0) play(a, { type: 'AdvanceTime', epochs: offset });
          const b = structuredClone(a);
          play(a, { type: 'AdvanceTime', days: 1 });
          for (let i = 0; i < 225; i++) play(b, { type: 'AdvanceTime', epochs: 1 });
          expect(a.epoch).toBe(b.epoch);
          expect(toJSON(a.ledger)).toBe(toJSON(b.ledger));
          expect(toJSON(a.cosmos)).toBe(toJSON(b.cosmos));
        },
      ),
      { numRuns: 60 },
    );
  });
});
