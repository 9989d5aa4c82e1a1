/**
 * The deposit scaling factor example (eigenlayer-contracts SharesAccounting.md, SlashingLib):
 * Alice 120 and Bob 80 deposit shares; AVS_1 slashes 50% of a 20% allocation (M 10,000 -> 9,000): 108 and 72.
 * Bob deposits 50: DSF = 1.042735, withdrawable 122. Alice queues 120, AVS_2 slashes 100% (M 9,000 -> 6,500):
 * she receives 78.
 */
import { describe, expect, it } from 'vitest';
import { run, apply, G } from './helpers';
import { withdrawableShares } from '../../../src/engine/restaking/stakers';
import { WAD } from '../../../src/engine/restaking/wad';
import { balanceOf } from '../../../src/engine/ledger/ledger';
import { updateDsf, withdrawable } from '../../../src/engine/restaking/depositScalingFactor';

const base = {
  holders: [
    { id: 'alice', balances: { EIGEN: '120' } },
    { id: 'bob', balances: { EIGEN: '130' } },
  ],
  restaking: {
    strategies: [{ id: 'EIGEN' }],
    operators: [{ id: 'op' }],
    avss: [{ id: 'AVS_1' }, { id: 'AVS_2' }, { id: 'EigenDA' }],
    deposits: [
      { holder: 'alice', strategy: 'EIGEN', amount: '120' },
      { holder: 'bob', strategy: 'EIGEN', amount: '80' },
    ],
    delegations: [
      { staker: 'alice', operator: 'op' },
      { staker: 'bob', operator: 'op' },
    ],
    allocations: [
      { operator: 'op', avs: 'AVS_1', strategy: 'EIGEN', magnitude: '0.2' },
      { operator: 'op', avs: 'AVS_2', strategy: 'EIGEN', magnitude: '0.25' },
      { operator: 'op', avs: 'EigenDA', strategy: 'EIGEN', magnitude: '0.2' },
    ],
  },
};

describe('deposit scaling factor: Alice and Bob', () => {
  it('pure math: k = 122/130/0.9 and 122 withdrawable (rounded down)', () => {
    const m = (WAD * 9n) / 10n;
    expect(withdrawable(120n * G, WAD, m)).toBe(108n * G);
    const k = updateDsf(80n * G, WAD, m, 50n * G);
    expect(k).toBe(1_042_735_042_735_042_734n); // 1.042735...: divWad(divWad(122, 130), 0.9), each rounded down as SlashingLib does
    const a = withdrawable(130n * G, k, m);
    // 122 minus at most one unit: each mulWad rounds down (SlashingLib rounds down in wei)
    expect(122n * G - a <= 1n).toBe(true);
  });

  it('through events: 108 / 72, Bob +50 -> 122, Alice queues 120, AVS_2 slashes 100%, she receives 78', () => {
    const { world } = run(base, [{ type: 'SlashOperator', avs: 'AVS_1', operator: 'op', wad: '0.5' }]);
    const alice = world.restaking.stakers.alice;
    const bob = world.restaking.stakers.bob;
    expect(withdrawableShares(world, alice, 'EIGEN')).toBe(108n * G);
    expect(withdrawableShares(world, bob, 'EIGEN')).toBe(72n * G);
    apply(world, { type: 'RestakeDeposit', holder: 'bob', strategy: 'EIGEN', amount: '50' });
    expect(bob.dsf.EIGEN).toBe(1_042_735_042_735_042_734n);
    expect(122n * G - withdrawableShares(world, bob, 'EIGEN') <= 1n).toBe(true);

    apply(world, { type: 'QueueWithdrawal', staker: 'alice', strategy: 'EIGEN' });
    const w = Object.values(world.restaking.withdrawals)[0];
    expect(w.shares[0].scaledShares).toBe(120n * G); // q = x·k = 120·1
    expect(w.status).toBe('queued');
    apply(world, { type: 'SlashOperator', avs: 'AVS_2', operator: 'op', wad: '1' });
    expect(world.restaking.operators.op.strategies.EIGEN.maxMagnitude).toBe((WAD * 65n) / 100n); // 9,000 -> 6,500
    expect(() => apply(world, { type: 'CompleteWithdrawal', staker: 'alice' })).toThrow(/no withdrawal ready/);
    apply(world, { type: 'AdvanceTime', days: 14 });
    expect(w.status).toBe('completable');
    apply(world, { type: 'CompleteWithdrawal', staker: 'alice' });
    expect(w.status).toBe('completed');
    expect(balanceOf(world.ledger, 'EIGEN', 'holder:alice')).toBe(78n * G);
  });

  it('a slash after the delay ended no longer reaches the withdrawal (m frozen at startBlock + delay)', () => {
    const { world } = run(base, [
      { type: 'QueueWithdrawal', staker: 'alice', strategy: 'EIGEN' },
      { type: 'AdvanceTime', days: 14 },
      { type: 'SlashOperator', avs: 'AVS_2', operator: 'op', wad: '1' },
      { type: 'CompleteWithdrawal', staker: 'alice' },
    ]);
    expect(balanceOf(world.ledger, 'EIGEN', 'holder:alice')).toBe(120n * G);
  });
});
