/** Delegation, unbonding and redelegation: share math as x/staking rounds it, entries, limits, refusals. */
import { describe, expect, it } from 'vitest';
import { RefusedEvent } from '../../../src/engine/errors';
import { PRECISION } from '../../../src/engine/staking/cosmos/dec';
import { A, apply, atom, start, tokens, workedScenario, worth } from './helpers';

describe('Cosmos delegation and shares', () => {
  it('issues one share per unit at genesis and moves the tokens into the validator pool', () => {
    const { world } = start(workedScenario());
    expect(tokens(world, 'figment')).toBe(A(100_000));
    expect(world.cosmos.delegations.figment.alice).toBe(A(1000) * PRECISION);
    expect(world.cosmos.validators.figment.delegatorShares).toBe(A(100_000) * PRECISION);
    expect(atom(world, 'holder:alice')).toBe(0n);
    expect(atom(world, 'cosmos:validator:figment:bonded')).toBe(A(100_000));
  });

  it('truncates new shares after a slash (SharesFromTokens = S·a/T, QuoInt) and leaves the dust in the validator', () => {
    const { world } = start(workedScenario());
    apply(world, { type: 'CosmosDowntime', validator: 'figment' }); // T = 99,990, S = 100,000
    apply(world, { type: 'CosmosDelegate', holder: 'carol', validator: 'figment', amount: '1' });
    // shares = 100000e27 · 1e9 / 99990e9 (raw Dec, truncated) = 1000100010001000100010001000 (1e-9 share units × 1e18)
    expect(world.cosmos.delegations.figment.carol).toBe((A(100_000) * PRECISION * A(1)) / A(99_990));
    expect(world.cosmos.delegations.figment.carol).toBe(1_000_100_010_001_000_100_010_001_000n);
    expect(tokens(world, 'figment')).toBe(A(99_991));
    // Carol's 1 ATOM is worth 1 ATOM less at most one smallest unit (truncation)
    expect(worth(world, 'figment', 'carol')).toBeLessThanOrEqual(A(1));
    expect(worth(world, 'figment', 'carol')).toBeGreaterThanOrEqual(A(1) - 1n);
  });

  it('pays the last shares out every remaining token ("last delegation share gets any trimmings")', () => {
    const input = workedScenario() as { cosmos: { delegations: unknown[] } };
    input.cosmos.delegations = [];
    const { world } = start(input);
    apply(world, { type: 'CosmosDowntime', validator: 'figment' }); // 10,000 -> 9,999
    apply(world, { type: 'CosmosUndelegate', holder: 'figop', validator: 'figment', amount: '9999' });
    expect(world.cosmos.unbondings[0].initialBalance).toBe(A(9999));
    expect(tokens(world, 'figment')).toBe(0n);
    expect(world.cosmos.validators.figment.delegatorShares).toBe(0n);
    expect(world.cosmos.delegations.figment.figop).toBeUndefined();
  });

  it('refuses delegating more than the holder has, and undelegating more than the delegation is worth', () => {
    const { world } = start(workedScenario());
    expect(() =>
      apply(world, { type: 'CosmosDelegate', holder: 'carol', validator: 'figment', amount: '5001' }),
    ).toThrow('Carol has only 5,000 ATOM and cannot delegate 5,001 ATOM; delegate at most 5,000 ATOM');
    expect(() =>
      apply(world, { type: 'CosmosUndelegate', holder: 'alice', validator: 'figment', amount: '1000.000000001' }),
    ).toThrow("Alice's delegation to Figment is worth only 1,000 ATOM; unbond at most that");
    expect(() =>
      apply(world, { type: 'CosmosUndelegate', holder: 'carol', validator: 'figment', amount: '1' }),
    ).toThrow('Carol has no delegation to Figment');
    expect(() => apply(world, { type: 'CosmosDelegate', holder: 'carol', validator: 'nobody', amount: '1' })).toThrow(
      /there is no Cosmos validator "nobody"/,
    );
    expect(() => apply(world, { type: 'CosmosDelegate', holder: 'zed', validator: 'figment', amount: '1' })).toThrow(
      /there is no holder "zed"/,
    );
  });
});

describe('Cosmos unbonding entries', () => {
  it('hold the tokens for exactly 21 days (4,725 epochs), then pay the holder', () => {
    const { world } = start(workedScenario());
    apply(world, { type: 'CosmosUndelegate', holder: 'alice', validator: 'figment', amount: '1000' });
    const entry = world.cosmos.unbondings[0];
    expect(entry.completionEpoch).toBe(4725); // 1,814,400 s / 384 s
    expect(atom(world, 'cosmos:unbonding')).toBe(A(1000));
    apply(world, { type: 'AdvanceTime', epochs: 4724 });
    expect(world.cosmos.unbondings[0].state).toBe('unbonding');
    expect(atom(world, 'holder:alice')).toBe(0n);
    const trace = apply(world, { type: 'AdvanceTime', epochs: 1 });
    expect(world.cosmos.unbondings[0].state).toBe('completed');
    expect(atom(world, 'holder:alice')).toBe(A(1000));
    expect(atom(world, 'cosmos:unbonding')).toBe(0n);
    expect(trace.find((s) => s.kind === 'cosmos.unbonding.complete')!.text).toBe(
      "Alice's unbonding from Figment completes after 21 days: 1,000 ATOM returns to their wallet.",
    );
  });

  it('allow at most 7 entries per pair and refuse an 8th, saying when the earliest completes', () => {
    const { world } = start(workedScenario());
    for (let i = 0; i < 7; i++)
      apply(world, { type: 'CosmosUndelegate', holder: 'bob', validator: 'figment', amount: '1' });
    expect(() => apply(world, { type: 'CosmosUndelegate', holder: 'bob', validator: 'figment', amount: '1' })).toThrow(
      'Bob already has 7 unbonding entries from Figment, the most the chain allows (MaxEntries 7); wait until the earliest completes at day 21, epoch 4725',
    );
    // another pair is not affected
    apply(world, { type: 'CosmosUndelegate', holder: 'alice', validator: 'figment', amount: '1' });
    apply(world, { type: 'AdvanceTime', days: 21 });
    apply(world, { type: 'CosmosUndelegate', holder: 'bob', validator: 'figment', amount: '1' });
    expect(world.cosmos.unbondings.filter((u) => u.state === 'unbonding')).toHaveLength(1);
  });

  it('honours a scenario MaxEntries', () => {
    const { world } = start(workedScenario({ params: { maxEntries: 2 } }));
    apply(world, { type: 'CosmosUndelegate', holder: 'bob', validator: 'figment', amount: '1' });
    apply(world, { type: 'CosmosUndelegate', holder: 'bob', validator: 'figment', amount: '1' });
    expect(() => apply(world, { type: 'CosmosUndelegate', holder: 'bob', validator: 'figment', amount: '1' })).toThrow(
      /MaxEntries 2/,
    );
  });
});

describe('Cosmos redelegation', () => {
  it('moves stake at once, keeps an entry for 21 days and forbids transitive redelegation meanwhile', () => {
    const { world } = start(workedScenario());
    apply(world, { type: 'CosmosRedelegate', holder: 'bob', from: 'figment', to: 'chorus', amount: '300' });
    expect(tokens(world, 'figment')).toBe(A(99_700));
    expect(tokens(world, 'chorus')).toBe(A(10_300));
    expect(worth(world, 'chorus', 'bob')).toBe(A(300));
    expect(world.cosmos.redelegations[0]).toMatchObject({
      initialBalance: A(300),
      sharesDst: A(300) * PRECISION,
      state: 'redelegating',
      completionEpoch: 4725,
    });
    expect(() =>
      apply(world, { type: 'CosmosRedelegate', holder: 'bob', from: 'chorus', to: 'figment', amount: '1' }),
    ).toThrow(/arrived by a redelegation that is still within its 21-day period \(until day 21, epoch 4725\)/);
    expect(() =>
      apply(world, { type: 'CosmosRedelegate', holder: 'bob', from: 'figment', to: 'figment', amount: '1' }),
    ).toThrow(/to itself/);
    apply(world, { type: 'AdvanceTime', days: 21 });
    expect(world.cosmos.redelegations[0].state).toBe('matured');
    apply(world, { type: 'CosmosRedelegate', holder: 'bob', from: 'chorus', to: 'figment', amount: '1' });
    expect(worth(world, 'chorus', 'bob')).toBe(A(299));
  });

  it('allows at most 7 redelegations per (holder, from, to) in progress', () => {
    const { world } = start(workedScenario());
    for (let i = 0; i < 7; i++)
      apply(world, { type: 'CosmosRedelegate', holder: 'bob', from: 'figment', to: 'chorus', amount: '1' });
    expect(() =>
      apply(world, { type: 'CosmosRedelegate', holder: 'bob', from: 'figment', to: 'chorus', amount: '1' }),
    ).toThrow(RefusedEvent);
  });
});

describe('Cosmos rewards withdrawal', () => {
  it('pays accrued rewards automatically when a delegation changes, and on request', () => {
    const { world } = start(workedScenario());
    apply(world, { type: 'AdvanceTime', days: 1 });
    const accrued = atom(world, 'cosmos:rewards:figment:alice');
    expect(accrued).toBeGreaterThan(0n);
    apply(world, { type: 'Transfer', asset: 'ATOM', from: 'carol', to: 'alice', amount: '1' });
    const trace = apply(world, { type: 'CosmosDelegate', holder: 'alice', validator: 'figment', amount: '1' });
    expect(atom(world, 'cosmos:rewards:figment:alice')).toBe(0n);
    expect(atom(world, 'holder:alice')).toBe(accrued);
    expect(trace.map((s) => s.kind)).toEqual(['cosmos.delegate', 'cosmos.rewards.withdraw']);
    const commission = atom(world, 'cosmos:commission:figment');
    const own = atom(world, 'cosmos:rewards:figment:figop');
    apply(world, { type: 'CosmosWithdrawRewards', holder: 'figop' });
    expect(atom(world, 'holder:figop')).toBe(commission + own);
    expect(atom(world, 'cosmos:commission:figment')).toBe(0n);
  });
});
