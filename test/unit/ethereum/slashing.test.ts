/**
 * The slashing timeline (consensus-specs, Electra, slash_validator and process_slashings) through fold: initial penalty
 * at t0, correlation penalty at t0 + 4096, withdrawable at max(exit + 256, t0 + 8192), balance paid to the holder.
 */
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/engine/registry', async () => ({
  MODULES: [(await import('../../../src/engine/staking/ethereum/module')).ethereumModule],
}));
import { eth } from '../../../src/engine/ledger/amount';
import { fold } from '../../../src/engine/sim';
import { RefusedEvent } from '../../../src/engine/errors';
import { baseReward, baseRewardPerIncrement } from '../../../src/engine/staking/ethereum/rewards';
import { acct, bal, events, scenario } from './helpers';

// Background 34,000,000 ETH; 19 background validators (608 ETH) slashed at epoch 0. v1 is slashed at t0 = 10 and
// has exited by t0 + 4096, so the total active balance there is exactly 34,000,000 ETH and the window holds
// 20 x 32 ETH: Electra process_slashings gives 0.00180704 ETH.
const sc = scenario({
  backgroundStake: '34000000',
  backgroundSlashed: '608',
  validators: [{ id: 'v1', owner: 'alice', balance: '32' }],
});
const t0 = 10;

describe('slashing timeline', () => {
  const r = fold(
    sc,
    events([
      { type: 'AdvanceTime', epochs: t0 },
      { type: 'EthSlash', validators: ['v1'], whistleblower: 'bob' },
      // The processing of epoch t0 + 4096 charges it, so it shows from epoch t0 + 4097.
      { type: 'AdvanceTime', epochs: 4097 },
      { type: 'AdvanceTime', epochs: 8192 - 4097 },
    ]),
  );
  const [, , slashTrace, toCorrelation, toWithdrawable] = r.traces;
  // Before t0: 10 epochs of full-participation rewards at total 34,000,032 ETH.
  const br0 = baseReward(eth(32), baseRewardPerIncrement(eth(34_000_032)));
  const reward0 = [14n, 26n, 14n].reduce((a, w) => a + (br0 * w * 34_000_032n) / (34_000_032n * 64n), 0n);
  const atT0 = eth(32) + reward0 * 10n;

  it('t0: initial penalty eb/4096, whistleblower and proposer rewards, forced exit through the churn', () => {
    const slash = slashTrace.find((s) => s.kind === 'eth.slash')!;
    expect(slash.movements).toEqual([
      { asset: 'ETH', from: 'eth:validator:v1', to: null, amount: eth('0.0078125'), reason: 'slash:initial' },
    ]);
    expect(acct(r.world, 'holder:bob')).toBe(eth('0.006835938'));
    expect(acct(r.world, 'eth:proposer')).toBe(eth('0.000976562'));
    const v = r.world.ethereum.validators.v1;
    expect(v.slashed).toBe(true);
    expect(v.slashedEpoch).toBe(t0);
    expect(v.exitEpoch).toBe(t0 + 5);
    // max(exit + 256, t0 + 8192)
    expect(v.withdrawableEpoch).toBe(t0 + 8192);
  });

  it('t0 + 4096: the Electra correlation penalty for 20 x 32 ETH slashed of 34,000,000 ETH', () => {
    const corr = toCorrelation.find((s) => s.kind === 'eth.slash.correlation')!;
    expect(corr.amounts.penalty).toBe(eth('0.00180704'));
    expect(corr.amounts.totalActive).toBe(eth(34_000_000));
    expect(r.world.ethereum.validators.v1.withdrawableEpoch! - 4096).toBe(t0 + 4096);
  });

  it('t0 + 8192: withdrawable, the whole remaining balance goes to the owner', () => {
    const w = toWithdrawable.find((s) => s.kind === 'eth.validator.withdrawn')!;
    expect(r.world.ethereum.validators.v1.status).toBe('withdrawn');
    expect(bal(r.world, 'v1')).toBe(0n);
    // Until then it paid the source+target penalty every epoch it was eligible: epochs t0 .. t0+8190
    // (ALT: eligible while epoch + 1 < withdrawable_epoch), at 34,000,032 ETH total for its 5 active epochs,
    // then 34,000,000 ETH.
    const brActive = br0;
    const brAfter = baseReward(eth(32), baseRewardPerIncrement(eth(34_000_000)));
    const pen = (br: bigint) => (br * 14n) / 64n + (br * 26n) / 64n;
    const penalties = pen(brActive) * 5n + pen(brAfter) * BigInt(8191 - 5);
    const expected = atT0 - eth('0.0078125') - eth('0.00180704') - penalties;
    expect(w.amounts.amount).toBe(expected);
    expect(acct(r.world, 'holder:alice')).toBe(eth(1000) + expected);
    expect(w.text).toContain('goes to Alice');
  });

  it('no correlation penalty before the processing of epoch t0 + 4096', () => {
    const early = fold(
      sc,
      events([
        { type: 'AdvanceTime', epochs: t0 },
        { type: 'EthSlash', validators: ['v1'] },
        { type: 'AdvanceTime', epochs: 4096 },
      ]),
    );
    expect(early.traces[3].some((s) => s.kind === 'eth.slash.correlation')).toBe(false);
  });

  it('refuses to slash an already-slashed validator', () => {
    expect(() =>
      fold(
        sc,
        events([
          { type: 'EthSlash', validators: ['v1'] },
          { type: 'AdvanceTime', epochs: 3 },
          { type: 'EthSlash', validators: ['v1'] },
        ]),
      ),
    ).toThrow(/v1 is already slashed \(at epoch 0\)/);
  });

  it('the refusal is a RefusedEvent and a refused list changes nothing', () => {
    const base = fold(sc, events([{ type: 'EthSlash', validators: ['v1'] }])).world;
    const err = (() => {
      try {
        fold(
          sc,
          events([
            { type: 'EthSlash', validators: ['v1'] },
            { type: 'EthSlash', validators: ['v1', 'nope'] },
          ]),
        );
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(RefusedEvent);
    expect(base.ethereum.validators.v1.slashedEpoch).toBe(0);
  });

  it('without a whistleblower the proposer takes the whole reward', () => {
    const w = fold(sc, events([{ type: 'EthSlash', validators: ['v1'] }])).world;
    expect(acct(w, 'eth:proposer')).toBe(eth('0.0078125'));
  });

  it('a long exit queue pushes withdrawability (and the correlation penalty) later', () => {
    // 300 validators of 2048 ETH exiting at once at 34M: far more than 256 ETH/epoch of churn.
    const big = scenario({
      backgroundStake: '34000000',
      validators: Array.from({ length: 10 }, (_, i) => ({
        id: `c${i}`,
        owner: 'alice',
        balance: '2048',
        compounding: true,
      })),
    });
    const w = fold(
      big,
      events([{ type: 'EthSlash', validators: Array.from({ length: 10 }, (_, i) => `c${i}`) }]),
    ).world;
    const last = w.ethereum.validators.c9;
    // 10 x 2048 = 20480 ETH at 256 ETH/epoch (total 34,020,480 ETH -> churn still capped at 256): 80 epochs.
    expect(last.exitEpoch).toBe(5 + 79);
    expect(last.withdrawableEpoch).toBe(8192);
  });
});
