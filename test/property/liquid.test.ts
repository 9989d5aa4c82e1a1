/**
 * Invariants of the liquid model under random sequences (fast-check): shares are conserved (every pool's
 * ledger shares add up to its totalShares), ETH is conserved (holders' ETH = initial - staked + claimed, and
 * the world's ETH changes only by what the chain earned or lost), balances are never negative, the stETH
 * balances add up to the pooled ether within the rounding dust, no request pays above nominal, and a refused
 * action changes nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertConserved, balanceOf, totals } from '../../src/engine/ledger/ledger';
import { RefusedEvent } from '../../src/engine/errors';
import { toJSON } from '../../src/engine/snapshot';
import { liquidModule } from '../../src/engine/liquid/module';
import { oracleReport } from '../../src/engine/liquid/lido/oracleReport';
import { submit, transferStEth, unwrap, wrap } from '../../src/engine/liquid/lido/token';
import { claimWithdrawal, requestWithdrawal } from '../../src/engine/liquid/lido/withdrawalQueue';
import { getPooledEthByShares, shareRate } from '../../src/engine/liquid/lido/shareRate';
import { stEthAsset } from '../../src/engine/liquid/api';
import { fold } from '../../src/engine/sim';
import * as v from 'valibot';
import { SimEventSchema } from '../../src/engine/events';
import { validatorAccount } from '../../src/engine/staking/ethereum/state';
import { addToValidator, ctxOf, E, scenario, withdrawValidator, world } from '../unit/liquid/helpers';

const HOLDERS = ['alice', 'bob', 'carol'] as const;
const VALIDATORS = ['v1', 'v2', 'v3'] as const;

const holder = fc.constantFrom(...HOLDERS);
const amount = fc.bigInt({ min: 1n, max: E(60) });
const action = fc.oneof(
  fc.record({ kind: fc.constant('submit' as const), who: holder, amount }),
  fc.record({ kind: fc.constant('transfer' as const), who: holder, to: holder, amount }),
  fc.record({ kind: fc.constant('wrap' as const), who: holder, amount }),
  fc.record({ kind: fc.constant('unwrap' as const), who: holder, amount }),
  fc.record({ kind: fc.constant('request' as const), who: holder, amount }),
  fc.record({ kind: fc.constant('claim' as const), who: holder, index: fc.nat(20) }),
  fc.record({
    kind: fc.constant('chain' as const),
    validator: fc.constantFrom(...VALIDATORS),
    delta: fc.bigInt({ min: -E(3), max: E(3) }),
  }),
  fc.record({ kind: fc.constant('withdraw' as const), validator: fc.constantFrom(...VALIDATORS) }),
  fc.record({ kind: fc.constant('report' as const) }),
);

function startWorld() {
  return world({
    holders: HOLDERS.map((id) => ({ id, balances: { ETH: '200' } })),
    liquid: {
      lido: [
        {
          id: 'lido',
          operators: ['op1', 'op2'],
          bufferedEth: '7',
          validators: VALIDATORS.map((id, i) => ({ id, operator: i % 2 ? 'op2' : 'op1' })),
          holders: [
            { holder: 'alice', eth: '60' },
            { holder: 'bob', eth: '43' },
          ],
        },
      ],
    },
  });
}

describe('liquid staking invariants', () => {
  it('conserves shares and ETH, never goes negative, and refusals change nothing', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 40 }), (actions) => {
        const w = startWorld();
        const p = w.liquid.lido.lido;
        const initialHolderEth = E(600);
        let staked = 0n;
        let claimed = 0n;
        let chainDelta = 0n;
        const initialEth = totals(w.ledger, 'ETH').total;
        for (const a of actions) {
          const before = toJSON(w);
          const ctx = ctxOf(w);
          try {
            switch (a.kind) {
              case 'submit':
                submit(ctx, p, a.who, a.amount);
                staked += a.amount;
                break;
              case 'transfer':
                transferStEth(ctx, p, a.who, a.to, a.amount);
                break;
              case 'wrap':
                wrap(ctx, p, a.who, a.amount);
                break;
              case 'unwrap':
                unwrap(ctx, p, a.who, a.amount);
                break;
              case 'request':
                requestWithdrawal(ctx, p, a.who, a.amount);
                break;
              case 'claim': {
                const id = p.queue[a.index % Math.max(1, p.queue.length)];
                if (!id) continue;
                const eth = p.requests[id].claimableEth ?? 0n;
                claimWithdrawal(ctx, p, a.who, id);
                claimed += eth;
                break;
              }
              case 'chain': {
                const val = w.ethereum.validators[a.validator];
                const bal = balanceOf(w.ledger, 'ETH', validatorAccount(a.validator));
                if (val.status === 'withdrawn') continue;
                const delta = bal + a.delta < 0n ? -bal : a.delta;
                addToValidator(w, a.validator, delta);
                chainDelta += delta;
                break;
              }
              case 'withdraw':
                if (w.ethereum.validators[a.validator].status !== 'withdrawn') withdrawValidator(w, a.validator);
                break;
              case 'report':
                oracleReport(ctx, p);
                break;
            }
          } catch (e) {
            if (!(e instanceof RefusedEvent)) throw e;
            expect(toJSON(w)).toBe(before);
          }
          assertConserved(w.ledger);
          liquidModule.check!(w);
          // Shares: the ledger's stETH adds up to totalShares (also asserted by check) ...
          expect(totals(w.ledger, stEthAsset('lido')).total).toBe(p.totalShares);
          // ... and the balances they give add up to the pooled ether, short by at most one gwei per account.
          const rate = shareRate(w, p);
          const accounts = [...(w.ledger.assets[stEthAsset('lido')]?.balances ?? new Map<string, bigint>())];
          const sum = accounts.reduce((s, [, sh]) => s + getPooledEthByShares(sh, rate), 0n);
          if (p.totalShares > 0n) {
            expect(sum <= rate.totalPooledEther).toBe(true);
            expect(rate.totalPooledEther - sum <= BigInt(accounts.length)).toBe(true);
          }
          // A request never pays more than its nominal stETH.
          for (const r of Object.values(p.requests))
            if (r.claimableEth !== null) expect(r.claimableEth <= r.amountOfStETH).toBe(true);
          // ETH: holders hold what they started with, less what they staked, plus what they claimed; the world
          // holds what it started with plus what the chain earned (or minus what it lost).
          const holderEth = HOLDERS.reduce((s, h) => s + balanceOf(w.ledger, 'ETH', `holder:${h}`), 0n);
          expect(holderEth).toBe(initialHolderEth - staked + claimed);
          expect(totals(w.ledger, 'ETH').total).toBe(initialEth + chainDelta);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('through the fold with the real chain: random events and days keep every invariant', () => {
    const ev = fc.oneof(
      fc.record({
        type: fc.constant('LidoSubmit'),
        holder,
        pool: fc.constant('lido'),
        amount: fc.integer({ min: 1, max: 80 }).map(String),
      }),
      fc.record({
        type: fc.constant('LidoTransfer'),
        from: holder,
        to: holder,
        pool: fc.constant('lido'),
        amount: fc.integer({ min: 1, max: 30 }).map(String),
      }),
      fc.record({
        type: fc.constant('LidoRequestWithdrawal'),
        holder,
        pool: fc.constant('lido'),
        amount: fc.integer({ min: 1, max: 40 }).map(String),
      }),
      fc.record({
        type: fc.constant('LidoClaim'),
        holder,
        pool: fc.constant('lido'),
        request: fc.integer({ min: 1, max: 6 }),
      }),
      fc.record({
        type: fc.constant('LidoWrap'),
        holder,
        pool: fc.constant('lido'),
        amount: fc.integer({ min: 1, max: 30 }).map(String),
      }),
      fc.record({ type: fc.constant('AdvanceTime'), days: fc.integer({ min: 1, max: 3 }) }),
    );
    const sc = scenario({
      holders: HOLDERS.map((id) => ({ id, balances: { ETH: '200' } })),
      liquid: {
        lido: [
          {
            id: 'lido',
            operators: ['op1', 'op2'],
            validators: VALIDATORS.map((id) => ({ id, operator: 'op1' })),
            holders: [{ holder: 'alice', eth: '96' }],
          },
        ],
      },
    });
    fc.assert(
      fc.property(fc.array(ev, { minLength: 1, maxLength: 12 }), (raw) => {
        const events = raw.map((e) => v.parse(SimEventSchema, e));
        // Refused events are dropped, as the UI would refuse them; the fold checks invariants after each one.
        const kept = [];
        for (const e of events) {
          try {
            fold(sc, [...kept, e]);
            kept.push(e);
          } catch (err) {
            if (!(err instanceof RefusedEvent)) throw err;
          }
        }
        const { world: w } = fold(sc, kept);
        const p = w.liquid.lido.lido;
        expect(totals(w.ledger, stEthAsset('lido')).total).toBe(p.totalShares);
        for (const book of Object.values(w.ledger.assets))
          for (const b of [...book.balances.values()]) expect(b >= 0n).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
