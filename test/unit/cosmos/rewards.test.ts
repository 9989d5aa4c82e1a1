/**
 * One day of rewards worked by hand (rewards.ts; x/mint + x/distribution allocation):
 * supply 365,000 ATOM at 10% a year -> 100 ATOM for the day; community tax 2% -> 98 ATOM to validators.
 * Figment 75,000 of 100,000 bonded -> 73.5 (5% commission 3.675; 69.825 to delegators: operator 10,000/75,000
 * -> 9.31, Alice 1,000 -> 0.931, Bob 64,000 -> 59.584). Chorus 25,000 -> 24.5 (10% = 2.45; operator 8.82,
 * Dave 13.23). Community pool: 2.
 */
import { describe, expect, it } from 'vitest';
import { toJSON } from '../../../src/engine/snapshot';
import { A, apply, atom, start } from './helpers';

function rewardsScenario(extra: Record<string, unknown> = {}): unknown {
  return {
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'cosmos rewards',
    holders: [
      { id: 'figop', balances: { ATOM: '10000' } },
      { id: 'chorusop', balances: { ATOM: '10000' } },
      { id: 'alice', balances: { ATOM: '1000' } },
      { id: 'bob', balances: { ATOM: '64000' } },
      { id: 'dave', balances: { ATOM: '15000' } },
      { id: 'treasury', balances: { ATOM: '265000' } },
    ],
    cosmos: {
      validators: [
        {
          id: 'figment',
          name: 'Figment',
          operator: 'figop',
          selfBond: '10000',
          commission: '0.05',
          maxCommission: '0.2',
        },
        {
          id: 'chorus',
          name: 'Chorus',
          operator: 'chorusop',
          selfBond: '10000',
          commission: '0.10',
          maxCommission: '0.2',
        },
      ],
      delegations: [
        { holder: 'alice', validator: 'figment', amount: '1000' },
        { holder: 'bob', validator: 'figment', amount: '64000' },
        { holder: 'dave', validator: 'chorus', amount: '15000' },
      ],
      ...extra,
    },
  };
}

describe('Cosmos daily rewards', () => {
  it('mint and split one day exactly as worked by hand', () => {
    const { world } = start(rewardsScenario());
    apply(world, { type: 'AdvanceTime', epochs: 224 });
    expect(world.ledger.assets.ATOM.minted).toBe(0n); // nothing before the day boundary
    apply(world, { type: 'AdvanceTime', epochs: 1 });
    expect(world.ledger.assets.ATOM.minted).toBe(A(100));
    expect(atom(world, 'cosmos:commission:figment')).toBe(A('3.675'));
    expect(atom(world, 'cosmos:rewards:figment:figop')).toBe(A('9.31'));
    expect(atom(world, 'cosmos:rewards:figment:alice')).toBe(A('0.931'));
    expect(atom(world, 'cosmos:rewards:figment:bob')).toBe(A('59.584'));
    expect(atom(world, 'cosmos:commission:chorus')).toBe(A('2.45'));
    expect(atom(world, 'cosmos:rewards:chorus:chorusop')).toBe(A('8.82'));
    expect(atom(world, 'cosmos:rewards:chorus:dave')).toBe(A('13.23'));
    expect(atom(world, 'cosmos:community-pool')).toBe(A(2));
  });

  it('sends the truncation dust of the pro-rata split to the community pool', () => {
    // one validator, no commission, three equal delegators: 98 ATOM / 3 leaves 2 units over
    const { world } = start(
      rewardsScenario({
        validators: [{ id: 'figment', operator: 'figop', selfBond: '10000', commission: '0' }],
        delegations: [
          { holder: 'alice', validator: 'figment', amount: '1000' },
          { holder: 'bob', validator: 'figment', amount: '9000' },
          { holder: 'dave', validator: 'figment', amount: '10000' },
        ],
      }),
    );
    apply(world, { type: 'AdvanceTime', days: 1 });
    // bonded 30,000 (figop 10,000, alice+bob... ) — the three holders' shares: 10,000 / 1,000 / 9,000 / 10,000
    expect(atom(world, 'cosmos:rewards:figment:figop')).toBe(32_666_666_666n); // 98e9 × 10,000 / 30,000, truncated
    expect(atom(world, 'cosmos:rewards:figment:dave')).toBe(32_666_666_666n);
    expect(atom(world, 'cosmos:rewards:figment:alice')).toBe(3_266_666_666n);
    expect(atom(world, 'cosmos:rewards:figment:bob')).toBe(29_400_000_000n);
    expect(atom(world, 'cosmos:community-pool')).toBe(A(2) + 2n);
  });

  it('pays nothing to a jailed validator or its delegators', () => {
    const { world } = start(rewardsScenario());
    apply(world, { type: 'CosmosDowntime', validator: 'chorus' });
    apply(world, { type: 'AdvanceTime', days: 1 });
    expect(atom(world, 'cosmos:commission:chorus')).toBe(0n);
    expect(atom(world, 'cosmos:rewards:chorus:dave')).toBe(0n);
    // Figment takes all of the distributable 98%: supply 364,997.5 -> 99.999315068 minted, 97.999328766 to Figment
    expect(world.ledger.assets.ATOM.minted).toBe(99_999_315_068n);
    const figment =
      atom(world, 'cosmos:commission:figment') +
      ['figop', 'alice', 'bob'].reduce((a, h) => a + atom(world, `cosmos:rewards:figment:${h}`), 0n);
    expect(figment).toBeLessThanOrEqual(97_999_328_766n);
    expect(figment).toBeGreaterThan(97_999_328_766n - 3n);
  });

  it('a day stepped at once equals 225 single epochs, with entries and a slash in flight', () => {
    const events = [
      { type: 'CosmosUndelegate', holder: 'bob', validator: 'figment', amount: '123.456789' },
      { type: 'CosmosRedelegate', holder: 'dave', from: 'chorus', to: 'figment', amount: '77' },
      { type: 'CosmosDowntime', validator: 'chorus' },
    ];
    const a = start(rewardsScenario()).world;
    const b = start(rewardsScenario()).world;
    apply(a, ...events);
    apply(b, ...events);
    apply(a, { type: 'AdvanceTime', days: 22 });
    for (let i = 0; i < 22 * 225; i++) apply(b, { type: 'AdvanceTime', epochs: 1 });
    expect(toJSON(a.ledger)).toBe(toJSON(b.ledger));
    expect(toJSON(a.cosmos)).toBe(toJSON(b.cosmos));
    expect(a.cosmos.unbondings[0].state).toBe('completed');
  });
});

describe('Cosmos commission changes', () => {
  it('allow one change per 24 hours, within MaxRate and MaxChangeRate, and apply from the next day', () => {
    const { world } = start(rewardsScenario());
    expect(() => apply(world, { type: 'CosmosSetCommission', validator: 'figment', rate: '0.06' })).toThrow(
      'Figment last changed its commission at epoch 0; a validator may change it only once per 24 hours, so try again from epoch 225',
    );
    apply(world, { type: 'AdvanceTime', epochs: 225 });
    expect(() => apply(world, { type: 'CosmosSetCommission', validator: 'figment', rate: '0.07' })).toThrow(
      'Figment may move its commission by at most 1 percentage points a day: from 5% choose between 4% and 6%',
    );
    apply(world, { type: 'CosmosSetCommission', validator: 'figment', rate: '0.06' });
    apply(world, { type: 'AdvanceTime', epochs: 100 });
    expect(() => apply(world, { type: 'CosmosSetCommission', validator: 'figment', rate: '0.07' })).toThrow(
      /from epoch 450/,
    );
    apply(world, { type: 'AdvanceTime', epochs: 125 });
    // 1/100 exactly at the limit is allowed (|new - old| > MaxChangeRate is the refusal)
    apply(world, { type: 'CosmosSetCommission', validator: 'figment', rate: '7/100' });
    expect(world.cosmos.validators.figment.commission.rate).toBe(70_000_000_000_000_000n);
  });

  it('never exceed MaxRate', () => {
    const { world } = start(
      rewardsScenario({
        validators: [
          {
            id: 'figment',
            name: 'Figment',
            operator: 'figop',
            selfBond: '10000',
            commission: '0.195',
            maxCommission: '0.2',
            maxChangeRate: '0.05',
          },
        ],
        delegations: [],
      }),
    );
    apply(world, { type: 'AdvanceTime', days: 1 });
    expect(() => apply(world, { type: 'CosmosSetCommission', validator: 'figment', rate: '0.21' })).toThrow(
      /21% is above Figment's maximum commission of 20%/,
    );
  });

  it('the new rate takes the commission of the next daily distribution', () => {
    const { world } = start(rewardsScenario());
    apply(world, { type: 'AdvanceTime', epochs: 225 });
    apply(world, { type: 'CosmosWithdrawRewards', holder: 'figop' });
    apply(world, { type: 'CosmosSetCommission', validator: 'figment', rate: '0.04' });
    apply(world, { type: 'AdvanceTime', epochs: 225 });
    // Day 2: supply 365,100 -> 100.027397260 minted; 98% = 98.026849314; Figment's share 3/4 by tokens
    const commission = atom(world, 'cosmos:commission:figment');
    const reward = (98_026_849_314n * 750_000_000_000_000_000n) / 10n ** 18n;
    expect(commission).toBe((reward * 4n) / 100n);
  });
});
