/**
 * ELIP-002's own table (ELIP-002, Slashing via Unique Stake & Operator Sets): 200 EIGEN delegated, magnitudes in
 * units of 1e14: AVS_1 2000, AVS_2 2500, EigenDA 2000, 3500 unallocated. AVS_1 slashes 50%.
 */
import { EIGEN_BURN_ADDRESS } from '../../../src/engine/restaking/state';
import { describe, expect, it } from 'vitest';
import { run, G } from './helpers';
import { setStake, allocatedStake, stakeSeenBy } from '../../../src/engine/restaking/views';
import { WAD } from '../../../src/engine/restaking/wad';
import { unallocatedStake } from '../../../src/engine/restaking/magnitude';

const base = {
  holders: [
    { id: 'alice', balances: { EIGEN: '120' } },
    { id: 'bob', balances: { EIGEN: '80' } },
  ],
  restaking: {
    strategies: [{ id: 'EIGEN' }],
    operators: [{ id: 'op', name: 'Operator' }],
    avss: [{ id: 'AVS_1' }, { id: 'AVS_2' }, { id: 'EigenDA', kind: 'data-availability' as const }],
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

describe('ELIP-002 unique stake table', () => {
  it('before: 40 / 50 / 40 slashable, 70 non-slashable', () => {
    const { world } = run(base);
    expect(setStake(world, 'op', 'AVS_1', 0)).toBe(40n * G);
    expect(setStake(world, 'op', 'AVS_2', 0)).toBe(50n * G);
    expect(setStake(world, 'op', 'EigenDA', 0)).toBe(40n * G);
    const os = world.restaking.operators.op.strategies.EIGEN;
    expect(unallocatedStake(os.shares, os.encumbered, os.maxMagnitude)).toBe(70n * G);
  });

  it('AVS_1 slashes 50%: 200 -> 180, AVS_1 40 -> 20, AVS_2 50 and EigenDA 40 unchanged, wadSlashed 0.1', () => {
    const { world, traces } = run(base, [{ type: 'SlashOperator', avs: 'AVS_1', operator: 'op', wad: '0.5' }]);
    const os = world.restaking.operators.op.strategies.EIGEN;
    expect(os.maxMagnitude).toBe((WAD * 9n) / 10n); // 10,000 -> 9,000
    expect(world.restaking.allocations['op|AVS_1/0|EIGEN'].magnitude).toBe(WAD / 10n); // 2,000 -> 1,000
    expect(os.shares).toBe(180n * G);
    expect(setStake(world, 'op', 'AVS_1', 0)).toBe(20n * G);
    expect(setStake(world, 'op', 'AVS_2', 0)).toBe(50n * G);
    expect(setStake(world, 'op', 'EigenDA', 0)).toBe(40n * G);
    expect(unallocatedStake(os.shares, os.encumbered, os.maxMagnitude)).toBe(70n * G);
    expect(allocatedStake(world, 'op', 'AVS_2')).toBe(stakeSeenBy(world, 'AVS_2'));
    const step = traces[1].find((s) => s.kind === 'restaking.slash')!;
    expect(step.amounts.wadSlashed).toBe(WAD / 10n);
    expect(step.amounts.slashed).toBe(20n * G);
    // Slashed tokens go to EigenLayer's burn address (a transfer: the token's supply does not change).
    expect(step.movements).toEqual([
      { asset: 'EIGEN', from: 'eigen:strategy:EIGEN', to: EIGEN_BURN_ADDRESS, amount: 20n * G, reason: 'slash' },
    ]);
    expect(step.text).toMatch(
      /AVS AVS_1 slashes operator Operator 50% of its stake allocated to AVS_1: 20 ETH of stake burned; Operator's stakers alice and bob each lose 10% of their restaked EIGEN/,
    );
    expect(step.text).toMatch(/unchanged \(unique stake\)/);
    expect(world.ledger.assets.EIGEN.balances.get(EIGEN_BURN_ADDRESS)).toBe(20n * G);
    expect(world.ledger.assets.EIGEN.burned).toBe(0n);
  });

  it('refuses an allocation above the max magnitude, with a sentence', () => {
    expect(() =>
      run(base, [{ type: 'ModifyAllocation', operator: 'op', avs: 'AVS_1', strategy: 'EIGEN', magnitude: '0.6' }]),
    ).toThrow(/can never exceed 100%/);
  });
});
