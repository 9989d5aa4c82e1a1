/** AVS rewards: weekly, on the stake it secures, operator split 10% by default (RewardsCoordinator.md). */
import { describe, expect, it } from 'vitest';
import { run, G } from './helpers';
import { balanceOf } from '../../../src/engine/ledger/ledger';

describe('AVS rewards', () => {
  it('a week at 36.5%/year on 100 ETH-worth of stake pays 0.7 ETH: 0.07 to the operator, 0.63 to its staker', () => {
    const { world } = run(
      {
        holders: [{ id: 'h', balances: { EIGEN: '100' } }],
        restaking: {
          strategies: [{ id: 'EIGEN' }],
          operators: [{ id: 'op' }],
          avss: [{ id: 'A', rewards: { annualRate: '0.365', budget: '10' } }],
          deposits: [{ holder: 'h', strategy: 'EIGEN', amount: '100' }],
          delegations: [{ staker: 'h', operator: 'op' }],
          allocations: [{ operator: 'op', avs: 'A', strategy: 'EIGEN', magnitude: '1' }],
        },
      },
      [{ type: 'AdvanceTime', days: 7 }],
    );
    // 100 × 0.365 × 1575 / 82125 = 0.7 exactly
    expect(balanceOf(world.ledger, 'ETH', 'eigen:operator:op')).toBe(70_000_000n);
    expect(balanceOf(world.ledger, 'ETH', 'holder:h')).toBe(630_000_000n);
    expect(balanceOf(world.ledger, 'ETH', 'avs:A')).toBe(10n * G - 700_000_000n);
  });
});
