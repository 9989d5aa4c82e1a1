/**
 * Pooled vs unique security on the same network, veto windows, allocation delays, redistribution and an LRT.
 */
import { EIGEN_BURN_ADDRESS } from '../../../src/engine/restaking/state';
import { describe, expect, it } from 'vitest';
import { run, apply, G } from './helpers';
import { stakeSeenBy, allocatedStake } from '../../../src/engine/restaking/views';
import { lrtEthPerToken } from '../../../src/engine/restaking/lrtRate';
import { balanceOf } from '../../../src/engine/ledger/ledger';
import { WITHDRAWAL_DELAY_EPOCHS, DEALLOCATION_EFFECT_EPOCHS } from '../../../src/engine/restaking/constants';

const net = (model: 'unique' | 'pooled') => ({
  securityModel: model,
  holders: [{ id: 'h', balances: { EIGEN: '100' } }],
  restaking: {
    strategies: [{ id: 'EIGEN' }],
    operators: [{ id: 'op' }],
    avss: [{ id: 'A' }, { id: 'B' }],
    deposits: [{ holder: 'h', strategy: 'EIGEN', amount: '100' }],
    delegations: [{ staker: 'h', operator: 'op' }],
    allocations: [
      { operator: 'op', avs: 'A', strategy: 'EIGEN', magnitude: '0.4' },
      { operator: 'op', avs: 'B', strategy: 'EIGEN', magnitude: '0.4' },
    ],
  },
});

describe('unique vs pooled', () => {
  it('unique: A slashing 50% burns 20 and B still sees 40', () => {
    const { world } = run(net('unique'), [{ type: 'SlashOperator', avs: 'A', operator: 'op', wad: '0.5' }]);
    expect(world.ledger.assets.EIGEN.balances.get(EIGEN_BURN_ADDRESS) ?? 0n).toBe(20n * G);
    expect(stakeSeenBy(world, 'B')).toBe(40n * G);
    expect(stakeSeenBy(world, 'A')).toBe(20n * G);
  });
  it('pooled: each AVS sees all 100; A slashing 50% burns 50 and B now sees 50', () => {
    const { world, traces } = run(net('pooled'), [{ type: 'SlashOperator', avs: 'A', operator: 'op', wad: '0.5' }]);
    expect(world.ledger.assets.EIGEN.balances.get(EIGEN_BURN_ADDRESS) ?? 0n).toBe(50n * G);
    expect(stakeSeenBy(world, 'B')).toBe(50n * G);
    expect(traces[1].at(-1)!.text).toMatch(/AVS B now sees 50 ETH instead of 100 ETH \(pooled security/);
  });
});

describe('veto window', () => {
  const vetoNet = {
    ...net('unique'),
    restaking: { ...net('unique').restaking, avss: [{ id: 'A', vetoWindowDays: 2 }, { id: 'B' }] },
  };
  it('a request executes when the window ends unless vetoed', () => {
    const { world } = run(vetoNet, [{ type: 'SlashOperator', avs: 'A', operator: 'op', wad: '0.5' }]);
    expect(world.restaking.slashRequests.slash0.status).toBe('requested');
    expect(world.ledger.assets.EIGEN.balances.get(EIGEN_BURN_ADDRESS) ?? 0n).toBe(0n);
    apply(world, { type: 'AdvanceTime', days: 2 });
    expect(world.restaking.slashRequests.slash0.status).toBe('executed');
    expect(world.ledger.assets.EIGEN.balances.get(EIGEN_BURN_ADDRESS) ?? 0n).toBe(20n * G);
  });
  it('a vetoed request never executes', () => {
    const { world } = run(vetoNet, [
      { type: 'SlashOperator', avs: 'A', operator: 'op', wad: '0.5' },
      { type: 'VetoSlash', request: 'slash0' },
      { type: 'AdvanceTime', days: 3 },
    ]);
    expect(world.restaking.slashRequests.slash0.status).toBe('vetoed');
    expect(world.ledger.assets.EIGEN.balances.get(EIGEN_BURN_ADDRESS) ?? 0n).toBe(0n);
    expect(() => apply(world, { type: 'VetoSlash', request: 'slash0' })).toThrow(/already vetoed/);
  });
});

describe('allocation delays', () => {
  it('a deallocation stays slashable for DEALLOCATION_DELAY + 1 block, then frees the magnitude', () => {
    const { world } = run(net('unique'), [
      { type: 'ModifyAllocation', operator: 'op', avs: 'A', strategy: 'EIGEN', magnitude: '0.1' },
    ]);
    expect(DEALLOCATION_EFFECT_EPOCHS).toBe(3151);
    const a = world.restaking.allocations['op|A/0|EIGEN'];
    expect(a.change).toBe('pending');
    expect(stakeSeenBy(world, 'A')).toBe(40n * G);
    // a slash during the delay also slashes the pending deallocation pro rata
    apply(world, { type: 'SlashOperator', avs: 'A', operator: 'op', wad: '0.5' });
    expect(a.magnitude).toBe(200_000_000_000_000_000n);
    expect(a.pendingDiff).toBe(-150_000_000_000_000_000n);
    apply(world, { type: 'AdvanceTime', epochs: 3151 });
    expect(a.change).toBe('effective');
    expect(a.magnitude).toBe(50_000_000_000_000_000n);
    expect(world.restaking.operators.op.strategies.EIGEN.encumbered).toBe(450_000_000_000_000_000n);
  });
  it('an increase waits for the operator allocation delay', () => {
    const s = net('unique');
    const { world } = run(
      { ...s, restaking: { ...s.restaking, operators: [{ id: 'op', allocationDelayBlocks: 3200 }] } },
      [{ type: 'ModifyAllocation', operator: 'op', avs: 'A', strategy: 'EIGEN', magnitude: '0.5' }],
    );
    expect(stakeSeenBy(world, 'A')).toBe(40n * G);
    apply(world, { type: 'AdvanceTime', epochs: 100 });
    expect(stakeSeenBy(world, 'A')).toBe(50n * G);
  });
});

describe('redistribution and withdrawals', () => {
  it('ELIP-006: a redistributing set sends the slashed tokens to its recipient', () => {
    const s = net('unique');
    const { world, traces } = run(
      {
        ...s,
        holders: [...s.holders, { id: 'insurer' }],
        restaking: {
          ...s.restaking,
          avss: [{ id: 'A', sets: [{ id: 0, redistributionRecipient: 'insurer' }] }, { id: 'B' }],
        },
      },
      [{ type: 'SlashOperator', avs: 'A', operator: 'op', wad: '0.5' }],
    );
    expect(balanceOf(world.ledger, 'EIGEN', 'holder:insurer')).toBe(20n * G);
    expect(traces[1].at(-1)!.movements[0].reason).toBe('redistribution');
  });
  it('undelegation queues everything for 3150 epochs and stays slashable', () => {
    const { world } = run(net('unique'), [
      { type: 'Undelegate', staker: 'h' },
      { type: 'SlashOperator', avs: 'A', operator: 'op', wad: '0.5' },
      { type: 'AdvanceTime', epochs: WITHDRAWAL_DELAY_EPOCHS },
      { type: 'CompleteWithdrawal', staker: 'h' },
    ]);
    expect(WITHDRAWAL_DELAY_EPOCHS).toBe(3150);
    expect(world.ledger.assets.EIGEN.balances.get(EIGEN_BURN_ADDRESS) ?? 0n).toBe(20n * G);
    expect(balanceOf(world.ledger, 'EIGEN', 'holder:h')).toBe(80n * G);
  });
});

describe('liquid restaking token', () => {
  it('mints 1:1, spreads over operators, and its rate falls when one operator is slashed', () => {
    const { world, traces } = run(
      {
        holders: [
          { id: 'a', balances: { EIGEN: '60' } },
          { id: 'b', balances: { EIGEN: '40' } },
        ],
        restaking: {
          strategies: [{ id: 'EIGEN' }],
          operators: [{ id: 'o1' }, { id: 'o2' }],
          avss: [{ id: 'A' }],
          lrts: [
            {
              id: 'x',
              name: 'xETH',
              strategy: 'EIGEN',
              operators: ['o1', 'o2'],
              deposits: [
                { holder: 'a', amount: '50' },
                { holder: 'b', amount: '40' },
              ],
            },
          ],
          allocations: [{ operator: 'o1', avs: 'A', strategy: 'EIGEN', magnitude: '1' }],
        },
      },
      [{ type: 'SlashOperator', avs: 'A', operator: 'o1', wad: '0.5' }],
    );
    expect(balanceOf(world.ledger, 'LRT:x', 'holder:a')).toBe(50n * G);
    expect(allocatedStake(world, 'o1', 'A')).toBe(25n * G);
    const r = lrtEthPerToken(world, 'LRT:x');
    expect(r.num * 90n).toBe(65n * r.den); // 65 ETH left for 90 LRT
    expect(
      traces[1].some((s) => s.kind === 'restaking.lrt.rate' && /xETH's rate falls from 1 to 0.7222/.test(s.text)),
    ).toBe(true);
  });
});
