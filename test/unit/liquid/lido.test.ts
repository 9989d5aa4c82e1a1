/**
 * The Lido-like pool end to end, with the chain's balance changes stood in by test doubles (helpers.ts) so that
 * every number is worked by hand from lidofinance/docs (lido.md, withdrawal-queue-erc721.md, the integration guide).
 */
import { describe, expect, it } from 'vitest';
import { balanceOf } from '../../../src/engine/ledger/ledger';
import { RefusedEvent } from '../../../src/engine/errors';
import { liquidModule } from '../../../src/engine/liquid/module';
import { oracleReport } from '../../../src/engine/liquid/lido/oracleReport';
import { shareRate, totalPooledEther, transientBalance } from '../../../src/engine/liquid/lido/shareRate';
import { submit, transferStEth, unwrap, wrap } from '../../../src/engine/liquid/lido/token';
import { claimWithdrawal, requestWithdrawal } from '../../../src/engine/liquid/lido/withdrawalQueue';
import {
  ethPerToken,
  lidoAccount,
  stEthAsset,
  stEthBalance,
  tokenEthValue,
  wstEthAsset,
  liquidTokens,
} from '../../../src/engine/liquid/api';
import { addToValidator, ctxOf, E, withdrawValidator, world } from './helpers';
import type { World } from '../../../src/engine/world';

const H = (id: string, eth = '0') => ({ id, balances: { ETH: eth } });

/** A pool scaled like the reference's hypothetical: 9,000,000 ETH pooled behind 8,000,000 shares. */
function bigPool(): World {
  const w = world({
    holders: [H('alice'), H('bob')],
    liquid: {
      lido: [
        {
          id: 'lido',
          operators: ['op1', 'op2'],
          validators: [
            { id: 'v1', operator: 'op1' },
            { id: 'v2', operator: 'op2' },
          ],
          holders: [
            { holder: 'alice', shares: '6000000' },
            { holder: 'bob', shares: '2000000' },
          ],
        },
      ],
    },
  });
  // v1 stands in for the pool's other 281,248 validators; the last report saw 9,000,000 ETH.
  addToValidator(w, 'v1', E(9_000_000 - 64));
  w.liquid.lido.lido.clBalance = E(9_000_000);
  return w;
}

/** 164 ETH pooled behind 164 shares (rate 1): 100 buffered, two 32-ETH validators. */
function smallPool(): World {
  return world({
    holders: [H('alice'), H('bob'), H('carol', '1000')],
    liquid: {
      lido: [
        {
          id: 'lido',
          name: 'Lido',
          operators: ['op1', 'op2'],
          bufferedEth: '100',
          validators: [
            { id: 'v1', operator: 'op1' },
            { id: 'v2', operator: 'op2' },
          ],
          holders: [
            { holder: 'alice', eth: '100' },
            { holder: 'bob', eth: '64' },
          ],
        },
      ],
    },
  });
}

describe('genesis', () => {
  it('prices shares from the pool: shares given -> rate = pooled ether / shares (docs example 10 ETH / 5 shares)', () => {
    const w = world({
      holders: [H('alice'), H('bob')],
      liquid: {
        lido: [
          {
            id: 'p',
            operators: ['o'],
            bufferedEth: '10',
            holders: [
              { holder: 'alice', shares: '1' },
              { holder: 'bob', shares: '4' },
            ],
          },
        ],
      },
    });
    expect(stEthBalance(w, 'p', 'holder:alice')).toBe(E(2));
    expect(stEthBalance(w, 'p', 'holder:bob')).toBe(E(8));
    expect(ethPerToken(w, 'stETH:p')).toEqual({ num: E(10), den: E(5) });
  });

  it('refuses holders whose eth does not add up to the pool, naming the path', () => {
    expect(() =>
      world({
        holders: [H('alice')],
        liquid: { lido: [{ id: 'p', operators: ['o'], bufferedEth: '10', holders: [{ holder: 'alice', eth: '9' }] }] },
      }),
    ).toThrow(/liquid\.lido\[0\]\.holders: the holders' stETH adds up to 9 but the pool holds 10 ETH/);
    expect(() =>
      world({
        holders: [],
        liquid: { lido: [{ id: 'p', operators: ['o'], holders: [{ holder: 'ghost', eth: '0.5' }] }] },
      }),
    ).toThrow(/liquid\.lido\[0\]\.holders\[0\]\.holder: there is no holder "ghost"/);
  });

  it('creates genesis validators on the chain with the pool vault as withdrawal account', () => {
    const w = smallPool();
    expect(w.ethereum.validators.v1.withdrawalAccount).toBe('lido:lido:withdrawals');
    expect(w.ethereum.validators.v1.status).toBe('active');
    expect(totalPooledEther(w, w.liquid.lido.lido)).toBe(E(164));
    expect(liquidTokens(w)).toEqual([
      { asset: 'stETH:lido', pool: 'lido', kind: 'rebasing', symbol: 'stETH' },
      { asset: 'wstETH:lido', pool: 'lido', kind: 'wrapped', symbol: 'wstETH' },
    ]);
  });
});

describe('oracle report and fee', () => {
  it('mints the fee on +800 ETH exactly as the reference: 71.105422677 shares, 40/40 ETH to operators/treasury', () => {
    const w = bigPool();
    const ctx = ctxOf(w);
    addToValidator(w, 'v1', E(800));
    const r = oracleReport(ctx, w.liquid.lido.lido)!;
    expect(r.rewards).toBe(E(800));
    expect(r.feeShares).toBe(71_105_422_677n);
    const asset = stEthAsset('lido');
    expect(balanceOf(w.ledger, asset, lidoAccount.operator('lido', 'op1'))).toBe(17_776_355_669n);
    expect(balanceOf(w.ledger, asset, lidoAccount.operator('lido', 'op2'))).toBe(17_776_355_669n);
    expect(balanceOf(w.ledger, asset, lidoAccount.treasury('lido'))).toBe(35_552_711_339n);
    expect(stEthBalance(w, 'lido', lidoAccount.treasury('lido'))).toBe(E(40));
    expect(totalPooledEther(w, w.liquid.lido.lido)).toBe(E(9_000_800));
    // Holders keep 90% of the rewards: alice (3/4 of the shares) gains 3/4 * 720 = 540 ETH:
    // 6e15 * 9000800e9 / 8000071105422677 = 6750540000000000.2 -> 6,750,540 ETH.
    expect(stEthBalance(w, 'lido', 'holder:alice')).toBe(E(6_750_540));
    liquidModule.check!(w);
  });

  it('nets a 20 ETH penalty against ~740 ETH of daily rewards: the rebase stays positive by 720 ETH', () => {
    const withPenalty = bigPool();
    addToValidator(withPenalty, 'v1', E(740));
    addToValidator(withPenalty, 'v2', -E(20));
    const r = oracleReport(ctxOf(withPenalty), withPenalty.liquid.lido.lido)!;
    expect(r.rewards).toBe(E(720));
    expect(r.postTotalPooledEther - r.preTotalPooledEther).toBe(E(720));
    const without = bigPool();
    addToValidator(without, 'v1', E(740));
    oracleReport(ctxOf(without), without.liquid.lido.lido);
    // Every holder absorbs the penalty pro rata: 20 / 9,000,000 = 0.000222% of the pool. Net of the 10% fee it
    // lowers alice's (3/4 of the shares) rebase by 20 * 0.9 * 3/4 = 13.5 ETH.
    const diff = stEthBalance(without, 'lido', 'holder:alice') - stEthBalance(withPenalty, 'lido', 'holder:alice');
    expect(diff >= E('13.5') - 1n && diff <= E('13.5') + 1n).toBe(true);
    expect(stEthBalance(withPenalty, 'lido', 'holder:alice')).toBeGreaterThan(E(6_750_000));
  });

  it('a loss larger than the rewards is a negative rebase: no fee, every holder loses the same fraction', () => {
    const w = smallPool();
    addToValidator(w, 'v1', -E('16.4')); // 10% of the 164 ETH pool
    const r = oracleReport(ctxOf(w), w.liquid.lido.lido)!;
    expect(r.rewards).toBe(-E('16.4'));
    expect(r.feeShares).toBe(0n);
    expect(stEthBalance(w, 'lido', 'holder:alice')).toBe(E(90));
    expect(stEthBalance(w, 'lido', 'holder:bob')).toBe(E('57.6'));
  });

  it('no finality, no report: balances stay as they were', () => {
    const w = smallPool();
    w.ethereum.finalityStalledSince = 0;
    addToValidator(w, 'v1', E(1));
    const ctx = ctxOf(w);
    expect(oracleReport(ctx, w.liquid.lido.lido)).toBeNull();
    expect(stEthBalance(w, 'lido', 'holder:alice')).toBe(E(100));
    expect(ctx.trace.steps[0].text).toMatch(/not finalizing/);
  });

  it('a withdrawn validator is not a loss: its balance comes back through the withdrawal vault', () => {
    const w = smallPool();
    addToValidator(w, 'v1', E('0.5'));
    withdrawValidator(w, 'v1');
    const r = oracleReport(ctxOf(w), w.liquid.lido.lido)!;
    expect(r.withdrawals).toBe(E('32.5'));
    expect(r.rewards).toBe(E('0.5'));
    expect(balanceOf(w.ledger, 'ETH', lidoAccount.withdrawals('lido'))).toBe(0n);
  });
});

describe('deposits', () => {
  it('stakes 70 ETH: with the 100 buffered, five new validators (operators in turn), 10 ETH stays buffered', () => {
    const w = smallPool();
    const p = w.liquid.lido.lido;
    // The 100 buffered at genesis are not deposited until something triggers the depositor; carol's submit does.
    const shares = submit(ctxOf(w), p, 'carol', E(70));
    expect(shares).toBe(E(70));
    // 170 buffered -> five deposits of 32 (op1, op2, op1, op2, op1), 10 ETH left.
    expect(p.validators.slice(2)).toEqual(['lido.v3', 'lido.v4', 'lido.v5', 'lido.v6', 'lido.v7']);
    expect(p.validators.slice(2).map((id) => w.ethereum.validators[id].operator)).toEqual([
      'op1',
      'op2',
      'op1',
      'op2',
      'op1',
    ]);
    expect(w.ethereum.validators['lido.v3'].withdrawalAccount).toBe('lido:lido:withdrawals');
    expect(balanceOf(w.ledger, 'ETH', lidoAccount.buffer('lido'))).toBe(E(10));
    expect(transientBalance(p)).toBe(E(160));
    // Deposits do not change anyone's balance.
    expect(stEthBalance(w, 'lido', 'holder:carol')).toBe(E(70));
    // A report before the chain has processed the deposits sees no loss: the ether is still transient.
    const r = oracleReport(ctxOf(w), p)!;
    expect(r.rewards).toBe(0n);
    expect(stEthBalance(w, 'lido', 'holder:carol')).toBe(E(70));
  });

  it('withdrawals take priority: buffer reserved for the queue is not deposited', () => {
    const w = smallPool();
    const p = w.liquid.lido.lido;
    requestWithdrawal(ctxOf(w), p, 'alice', E(90));
    submit(ctxOf(w), p, 'carol', E(10));
    // 110 buffered, 90 reserved -> 20 depositable, under 32.
    expect(p.validators.length).toBe(2);
  });

  it('rounds shares down on submit, and refuses what it cannot price', () => {
    const w = world({
      holders: [H('alice'), H('carol', '10')],
      liquid: { lido: [{ id: 'p', operators: ['o'], bufferedEth: '3', holders: [{ holder: 'alice', shares: '2' }] }] },
    });
    const p = w.liquid.lido.p;
    expect(submit(ctxOf(w), p, 'carol', 10n)).toBe(6n); // 10 * 2 / 3 = 6.67 -> 6
    expect(() => submit(ctxOf(w), p, 'carol', 1n)).toThrow(RefusedEvent); // 0.67 -> 0 shares
    expect(() => submit(ctxOf(w), p, 'carol', E(11))).toThrow(/has only 9.99999999 ETH/);
  });
});

describe('transfers and wstETH', () => {
  const ratePool = () =>
    world({
      holders: [H('alice'), H('bob')],
      liquid: { lido: [{ id: 'p', operators: ['o'], bufferedEth: '3', holders: [{ holder: 'alice', shares: '2' }] }] },
    });

  it("a transfer moves the amount's shares, rounded down", () => {
    const w = ratePool();
    expect(transferStEth(ctxOf(w), w.liquid.lido.p, 'alice', 'bob', E(1))).toBe(666_666_666n);
    expect(stEthBalance(w, 'p', 'holder:bob')).toBe(999_999_999n); // 1-2 gwei short, as on mainnet
    // As in stETH.transfer, what is checked is the shares: 1 stETH is 666666666 shares, which bob has...
    expect(transferStEth(ctxOf(w), w.liquid.lido.p, 'bob', 'alice', E(1))).toBe(666_666_666n);
    // ...and now has none left to send.
    expect(() => transferStEth(ctxOf(w), w.liquid.lido.p, 'bob', 'alice', E('1.000000002'))).toThrow(
      /holds only 0 stETH/,
    );
  });

  it('wstETH keeps its number through a slashing; its stETH value (stEthPerToken) drops', () => {
    const w = smallPool();
    const p = w.liquid.lido.p ?? w.liquid.lido.lido;
    expect(wrap(ctxOf(w), p, 'alice', E(50))).toBe(E(50));
    expect(ethPerToken(w, wstEthAsset('lido'))).toEqual({ num: E(164), den: E(164) });
    addToValidator(w, 'v1', -E('16.4'));
    oracleReport(ctxOf(w), p);
    expect(balanceOf(w.ledger, wstEthAsset('lido'), 'holder:alice')).toBe(E(50));
    expect(tokenEthValue(w, wstEthAsset('lido'), E(1))).toBe(E('0.9'));
    expect(unwrap(ctxOf(w), p, 'alice', E(50))).toBe(E(45));
    expect(stEthBalance(w, 'lido', 'holder:alice')).toBe(E(90));
    liquidModule.check!(w);
  });

  it('unwrap leaves the rounding dust in the wstETH contract', () => {
    const w = ratePool();
    const p = w.liquid.lido.p;
    expect(wrap(ctxOf(w), p, 'alice', 3n)).toBe(2n);
    // unwrap 1: stETH = 1 * 3 / 2 = 1; shares of 1 stETH = 1 * 2 / 3 = 0 -> the share stays in the contract.
    expect(unwrap(ctxOf(w), p, 'alice', 1n)).toBe(1n);
    expect(balanceOf(w.ledger, stEthAsset('p'), lidoAccount.wsteth('p'))).toBe(2n);
    expect(balanceOf(w.ledger, wstEthAsset('p'), 'holder:alice')).toBe(1n);
    liquidModule.check!(w);
  });
});

describe('withdrawal queue', () => {
  it('a 100 stETH request finalizes discounted at 99 ETH after a 1% share-rate drop', () => {
    const w = smallPool();
    const p = w.liquid.lido.lido;
    const [id] = requestWithdrawal(ctxOf(w), p, 'alice', E(100));
    expect(p.requests[id]).toMatchObject({ status: 'requested', amountOfStETH: E(100), shares: E(100) });
    addToValidator(w, 'v1', -E('1.64')); // 1% of 164
    oracleReport(ctxOf(w), p);
    expect(p.requests[id]).toMatchObject({ status: 'finalized', claimableEth: E(99) });
    // Bob took the same 1% loss, and the 100 shares are burned.
    expect(stEthBalance(w, 'lido', 'holder:bob')).toBe(E('63.36'));
    expect(shareRate(w, p).totalShares).toBe(E(64));
    claimWithdrawal(ctxOf(w), p, 'alice', id);
    expect(balanceOf(w.ledger, 'ETH', 'holder:alice')).toBe(E(99));
    expect(p.requests[id].status).toBe('claimed');
    expect(() => claimWithdrawal(ctxOf(w), p, 'alice', id)).toThrow(/already been claimed/);
    liquidModule.check!(w);
  });

  it('finalizes at nominal when the rate rose: the waiting rewards stay with the other holders', () => {
    const w = smallPool();
    const p = w.liquid.lido.lido;
    const [id] = requestWithdrawal(ctxOf(w), p, 'alice', E(100));
    addToValidator(w, 'v1', E('1.64'));
    oracleReport(ctxOf(w), p);
    expect(p.requests[id].claimableEth).toBe(E(100));
    expect(stEthBalance(w, 'lido', 'holder:bob')).toBeGreaterThan(E(65));
  });

  it('is FIFO: a request that cannot be paid blocks the ones behind it', () => {
    const w = world({
      holders: [H('alice'), H('bob')],
      liquid: {
        lido: [
          {
            id: 'lido',
            operators: ['op1'],
            bufferedEth: '50',
            validators: [
              { id: 'v1', operator: 'op1' },
              { id: 'v2', operator: 'op1' },
              { id: 'v3', operator: 'op1' },
            ],
            holders: [
              { holder: 'alice', eth: '100' },
              { holder: 'bob', eth: '46' },
            ],
          },
        ],
      },
    });
    const p = w.liquid.lido.lido;
    const ctx = ctxOf(w);
    const [a] = requestWithdrawal(ctx, p, 'alice', E(60));
    const [b] = requestWithdrawal(ctx, p, 'bob', E(10));
    oracleReport(ctx, p);
    expect(p.requests[a].status).toBe('requested');
    expect(p.requests[b].status).toBe('requested');
    expect(() => claimWithdrawal(ctxOf(w), p, 'bob', b)).toThrow(/not finalized yet/);
    // The exit bus asks the oldest validators to exit for the 20 ETH the buffer lacks (70 - 50): one is enough.
    expect(['v1', 'v2', 'v3'].map((id) => w.ethereum.validators[id].status)).toEqual(['exiting', 'active', 'active']);
  });

  it('refuses requests under 100 units or above the balance, and claims by someone else', () => {
    const w = smallPool();
    const p = w.liquid.lido.lido;
    expect(() => requestWithdrawal(ctxOf(w), p, 'alice', 99n)).toThrow(/at least 0.0000001 stETH/);
    expect(() => requestWithdrawal(ctxOf(w), p, 'alice', E('100.000000001'))).toThrow(/holds only 100 stETH/);
    const [id] = requestWithdrawal(ctxOf(w), p, 'alice', E(10));
    oracleReport(ctxOf(w), p);
    expect(() => claimWithdrawal(ctxOf(w), p, 'bob', id)).toThrow(/belongs to alice/);
  });

  it('splits a request above 1000 stETH into several', () => {
    const w = world({
      holders: [H('alice')],
      liquid: {
        lido: [{ id: 'lido', operators: ['op1'], bufferedEth: '2500', holders: [{ holder: 'alice', eth: '2500' }] }],
      },
    });
    const p = w.liquid.lido.lido;
    const ids = requestWithdrawal(ctxOf(w), p, 'alice', E(2500));
    expect(ids.map((id) => p.requests[id].amountOfStETH)).toEqual([E(1000), E(1000), E(500)]);
  });
});
