/**
 * The inactivity leak (consensus-specs, Altair process_inactivity_updates, Bellatrix get_inactivity_penalty_deltas): an
 * offline 32-ETH validator, leak active every epoch, inactivity penalty only: first effective-balance drop at leak
 * epoch 512, effective balance <= 16 ETH after 4685 epochs with balance 16.749669693 ETH.
 */
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/engine/registry', async () => ({
  MODULES: [(await import('../../../src/engine/staking/ethereum/module')).ethereumModule],
}));
import { eth } from '../../../src/engine/ledger/amount';
import { fold } from '../../../src/engine/sim';
import { EJECTION_BALANCE } from '../../../src/engine/staking/ethereum/constants';
import { updatedEffectiveBalance } from '../../../src/engine/staking/ethereum/effectiveBalance';
import {
  inactivityPenaltyOf,
  nextInactivityScore,
  baseRewardPerIncrement,
  baseReward,
} from '../../../src/engine/staking/ethereum/rewards';
import { bal, events, scenario } from './helpers';

describe("inactivity leak, inactivity penalty only (the engine's own score, penalty and hysteresis functions)", () => {
  it('first drop at leak epoch 512; EB <= 16 ETH after 4685 epochs with 16.749669693 ETH', () => {
    let balance = eth(32);
    let eb = eth(32);
    let score = 0;
    let firstDrop = 0;
    let t = 0;
    while (eb > EJECTION_BALANCE) {
      t += 1;
      score = nextInactivityScore(score, false, true);
      balance -= inactivityPenaltyOf(eb, score);
      const next = updatedEffectiveBalance(balance, eb, false);
      if (next < eb && firstDrop === 0) firstDrop = t;
      eb = next;
    }
    expect(firstDrop).toBe(512);
    expect(t).toBe(4685);
    expect(balance).toBe(eth('16.749669693'));
  });

  it('closed form with constant EB: leak epoch t costs eb*t/2^24', () => {
    expect(inactivityPenaltyOf(eth(32), 4 * 100)).toBe((eth(32) * 100n) / 2n ** 24n);
  });

  it('scores: +4 per missed epoch in a leak, -1 per hit, -16 per leak-free epoch', () => {
    expect(nextInactivityScore(0, false, true)).toBe(4);
    expect(nextInactivityScore(8, true, true)).toBe(7);
    expect(nextInactivityScore(40, false, false)).toBe(28);
    expect(nextInactivityScore(10, true, false)).toBe(0);
  });
});

describe('inactivity leak through fold (flag penalties included)', () => {
  const sc = scenario({
    backgroundStake: '34000000',
    finality: 'stalled',
    validators: [
      { id: 'off', owner: 'alice', balance: '32', online: false },
      { id: 'on', owner: 'bob', balance: '32' },
    ],
  });

  it('starts 4 epochs after finality stops and grows quadratically', () => {
    const w0 = fold(sc, events([{ type: 'AdvanceTime', epochs: 4 }])).world;
    expect(w0.ethereum.validators.off.inactivityScore).toBe(0);
    const t = 300;
    const r = fold(sc, events([{ type: 'AdvanceTime', epochs: 4 + t }]));
    const w = r.world;
    expect(w.ethereum.validators.off.inactivityScore).toBe(4 * t);
    expect(w.ethereum.validators.on.inactivityScore).toBe(0);
    // Expected by hand: total active = 34,000,064 ETH -> base reward per increment, flag penalty 14/64 + 26/64
    // of the base reward in every epoch (leak or not), inactivity eb*4k/2^26 in leak epoch k.
    const br = baseReward(eth(32), baseRewardPerIncrement(eth(34_000_064)));
    const flag = (br * 14n) / 64n + (br * 26n) / 64n;
    let inactivity = 0n;
    for (let k = 1; k <= t; k++) inactivity += (eth(32) * BigInt(4 * k)) / 2n ** 26n;
    expect(bal(w, 'off')).toBe(eth(32) - flag * BigInt(4 + t) - inactivity);
    const burned = r.traces[1].flatMap((s) => s.movements).filter((m) => m.reason === 'penalty:inactivity');
    expect(burned.reduce((a, m) => a + m.amount, 0n)).toBe(inactivity);
    // The online validator earns nothing during the leak (only in the 4 epochs before it).
    const flagReward = [14n, 26n, 14n].reduce((a, wt) => a + (br * wt * 34_000_032n) / (34_000_064n * 64n), 0n);
    expect(bal(w, 'on')).toBe(eth(32) + flagReward * 4n);
  });

  it('ejects the offline validator once its effective balance reaches 16 ETH', () => {
    const r = fold(sc, events([{ type: 'AdvanceTime', days: 22 }]));
    const v = r.world.ethereum.validators.off;
    const ejected = r.traces[1].find((s) => s.kind === 'eth.validator.ejected' && s.entities.includes('off'));
    expect(ejected?.amounts.effectiveBalance).toBe(EJECTION_BALANCE);
    // Flag penalties come on top of the leak, so it happens before leak epoch 4685 (+4 epochs of warning).
    expect(v.exitEpoch!).toBeLessThan(4 + 4685 + 5);
    expect(v.exitEpoch!).toBeGreaterThan(4000);
    // Exit + 256 epochs later the remaining balance is paid out to Alice.
    expect(v.status).toBe('withdrawn');
    expect(bal(r.world, 'off')).toBe(0n);
    expect(r.world.ethereum.validators.on.status).toBe('active');
  });

  it('after finality returns, scores drain by 16 per epoch (less 4 while still offline)', () => {
    const r = fold(
      sc,
      events([
        { type: 'AdvanceTime', epochs: 104 },
        { type: 'EthFinality', stalled: false },
        { type: 'AdvanceTime', epochs: 10 },
      ]),
    );
    // 100 leak epochs -> score 400; each leak-free epoch: +4 - 16.
    expect(r.world.ethereum.validators.off.inactivityScore).toBe(400 - 12 * 10);
  });
});
