/**
 * The Electra formulas against numbers worked from consensus-specs (Electra slash_validator, process_slashings,
 * get_balance_churn_limit; Altair get_base_reward_per_increment).
 */
import { describe, expect, it } from 'vitest';
import { eth } from '../../../src/engine/ledger/amount';
import { EPOCHS_PER_DAY } from '../../../src/engine/time';
import {
  activationExitChurnLimit,
  balanceChurnLimit,
  computeExitEpochAndUpdateChurn,
  consolidationChurnLimit,
} from '../../../src/engine/staking/ethereum/churn';
import { baseReward, baseRewardPerIncrement, epochDelta } from '../../../src/engine/staking/ethereum/rewards';
import { correlationPenalty, slashingAmounts } from '../../../src/engine/staking/ethereum/slashing';
import {
  epochsUntilEffectiveBalanceMoves,
  updatedEffectiveBalance,
} from '../../../src/engine/staking/ethereum/effectiveBalance';
import { createEthereumState } from '../../../src/engine/staking/ethereum/state';

describe('slash_validator amounts (Electra)', () => {
  // Electra slash_validator, EB 32 ETH: penalty 32/4096 = 0.0078125 ETH, whistleblower total 32/4096 = 0.0078125 ETH
  // (proposer share 1/8 of it = 0.000976562 ETH, whistleblower 0.006835938 ETH)
  it('32 ETH effective balance', () => {
    const a = slashingAmounts(eth(32));
    expect(a.initialPenalty).toBe(eth('0.0078125'));
    expect(a.whistleblowerReward).toBe(eth('0.0078125'));
    // 7812500 * 8 // 64 = 976562 (gwei floor): the whistleblower gets the rounding dust.
    expect(a.proposerReward).toBe(eth('0.000976562'));
    expect(a.whistleblowerReward - a.proposerReward).toBe(eth('0.006835938'));
  });
  // "EB=2048 ETH electra: penalty=0.5 ETH whistleblower total=0.5 ETH (proposer share 0.0625 ETH, whistleblower 0.4375 ETH)"
  it('2048 ETH effective balance', () => {
    const a = slashingAmounts(eth(2048));
    expect(a.initialPenalty).toBe(eth('0.5'));
    expect(a.whistleblowerReward).toBe(eth('0.5'));
    expect(a.proposerReward).toBe(eth('0.0625'));
    expect(a.whistleblowerReward - a.proposerReward).toBe(eth('0.4375'));
  });
});

describe('correlation penalty (Electra process_slashings), total active 34,000,000 ETH', () => {
  const rows: [number, string][] = [
    [1, '0.000090336'],
    [20, '0.00180704'],
    [39, '0.003523744'],
    [75, '0.006776448'],
    [1000, '0.090352928'],
    [10000, '0.903529408'],
    [100000, '9.035294112'],
    [354167, '32'],
  ];
  for (const [n, expected] of rows) {
    it(`${n} x 32-ETH validators slashed -> ${expected} ETH`, () => {
      expect(correlationPenalty(eth(32) * BigInt(n), eth(34_000_000), eth(32))).toBe(eth(expected));
    });
  }
  it('takes the whole effective balance once a third of stake is slashed', () => {
    expect(correlationPenalty(eth(20_000_000), eth(34_000_000), eth(32))).toBe(eth(32));
  });
});

describe('base reward per increment (Altair)', () => {
  // 1e9 * 64 // isqrt(total): 10M -> 640, 34M -> 347, 50M -> 286 gwei; 32-ETH base reward 20480/11104/9152 gwei.
  it.each([
    [10_000_000, 640n, 20_480n],
    [34_000_000, 347n, 11_104n],
    [50_000_000, 286n, 9_152n],
  ])('total %i ETH', (total, perIncrement, perValidator) => {
    const p = baseRewardPerIncrement(eth(total));
    expect(p).toBe(perIncrement);
    expect(baseReward(eth(32), p)).toBe(perValidator);
  });

  it('full participation pays 54/64 of a base reward; a miss costs 40/64', () => {
    const p = {
      baseRewardPerIncrement: 347n,
      participatingIncrements: 34_000_000n,
      activeIncrements: 34_000_000n,
      inLeak: false,
    };
    // 11104*14//64 + 11104*26//64 + 11104*14//64 = 2429 + 4511 + 2429
    expect(epochDelta(eth(32), true, 0, p)).toEqual({ reward: 9369n, penalty: 0n, inactivityPenalty: 0n });
    expect(epochDelta(eth(32), false, 0, p)).toEqual({ reward: 0n, penalty: 6940n, inactivityPenalty: 0n });
    expect(epochDelta(eth(32), true, 0, { ...p, inLeak: true }).reward).toBe(0n);
  });
});

describe('Electra churn', () => {
  // max(128, total // 65536) / min(256, that): 10M -> 152/152 (34,200 ETH/day), 34M -> 518/256 (57,600/day,
  // consolidation 262), 50M -> 762/256 (57,600/day, consolidation 506).
  it.each([
    [10_000_000, 152, 152, 34_200, 0],
    [34_000_000, 518, 256, 57_600, 262],
    [50_000_000, 762, 256, 57_600, 506],
  ])('total %i ETH', (total, balance, actExit, perDay, consolidation) => {
    expect(balanceChurnLimit(eth(total))).toBe(eth(balance));
    expect(activationExitChurnLimit(eth(total))).toBe(eth(actExit));
    expect(activationExitChurnLimit(eth(total)) * BigInt(EPOCHS_PER_DAY)).toBe(eth(perDay));
    expect(consolidationChurnLimit(eth(total))).toBe(eth(consolidation));
  });

  it('the floor is 128 ETH per epoch', () => {
    expect(balanceChurnLimit(eth(1000))).toBe(eth(128));
  });

  it('exiting 100,000 ETH at 256 ETH/epoch needs 391 epochs of churn after the 5-epoch lookahead', () => {
    // Electra compute_exit_epoch_and_update_churn: ceil(100000/256) = 391 epochs, plus MAX_SEED_LOOKAHEAD + 1.
    const s = createEthereumState();
    const exit = computeExitEpochAndUpdateChurn(s, 100, eth(34_000_000), eth(100_000));
    // The first 256 ETH fits in epoch 105, so 390 more epochs: the last of the 391 is epoch 105 + 390.
    expect(exit).toBe(100 + 5 + 390);
    expect(s.exitBalanceToConsume).toBe(eth(256) * 391n - eth(100_000));
  });

  it('exits share an epoch until its churn is used, then spill into the next', () => {
    const s = createEthereumState();
    const total = eth(34_000_000);
    const epochs = Array.from({ length: 9 }, () => computeExitEpochAndUpdateChurn(s, 0, total, eth(32)));
    expect(epochs).toEqual([5, 5, 5, 5, 5, 5, 5, 5, 6]);
  });
});

describe('effective balance hysteresis', () => {
  it('moves down only below EB - 0.25 ETH and up only above EB + 1.25 ETH', () => {
    expect(updatedEffectiveBalance(eth('31.75'), eth(32), false)).toBe(eth(32));
    expect(updatedEffectiveBalance(eth('31.749999999'), eth(32), false)).toBe(eth(31));
    expect(updatedEffectiveBalance(eth('33.25'), eth(32), true)).toBe(eth(32));
    expect(updatedEffectiveBalance(eth('33.250000001'), eth(32), true)).toBe(eth(33));
    // 0x01 credentials cap at 32 ETH, 0x02 at 2048.
    expect(updatedEffectiveBalance(eth(40), eth(31), false)).toBe(eth(32));
    expect(updatedEffectiveBalance(eth(3000), eth(100), true)).toBe(eth(2048));
  });

  it('predicts the epoch at which a constant drift moves it', () => {
    // 31.75 + 0.000000001 ETH, losing 1 gwei per epoch: still 31.75 after 1 epoch (no move), below after 2.
    expect(epochsUntilEffectiveBalanceMoves(eth('31.750000001'), eth(32), false, -1n)).toBe(2);
    expect(epochsUntilEffectiveBalanceMoves(eth(32), eth(32), false, 100n)).toBe(Infinity);
    expect(epochsUntilEffectiveBalanceMoves(eth('33.25'), eth(32), true, 1n)).toBe(1);
    expect(epochsUntilEffectiveBalanceMoves(eth(32), eth(32), false, 0n)).toBe(Infinity);
  });
});
