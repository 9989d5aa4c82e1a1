/** Deposits and the activation queue, voluntary exits, online switches and the scenario section's errors. */
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/engine/registry', async () => ({
  MODULES: [(await import('../../../src/engine/staking/ethereum/module')).ethereumModule],
}));
import * as v from 'valibot';
import { eth } from '../../../src/engine/ledger/amount';
import { fold, initWorld } from '../../../src/engine/sim';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { RefusedEvent } from '../../../src/engine/errors';
import { ethereumSectionSchema } from '../../../src/engine/staking/ethereum/scenario';
import { acct, bal, events, scenario } from './helpers';

const sc = scenario({ validators: [{ id: 'v1', owner: 'alice', balance: '32' }] }, [
  { id: 'alice', name: 'Alice', balances: { ETH: '2000' } },
  { id: 'bob', name: 'Bob' },
]);

describe('deposits and activation', () => {
  it('a 32 ETH deposit is processed once finalized, then activates at epoch + 1 + MAX_SEED_LOOKAHEAD', () => {
    const r = fold(
      sc,
      events([
        { type: 'EthDeposit', holder: 'alice', validator: 'n1', amount: '32' },
        { type: 'AdvanceTime', epochs: 20 },
      ]),
    );
    const n1 = r.world.ethereum.validators.n1;
    // Deposit in epoch 0; finalized at the processing of epoch 1 -> registry; eligibility = 3 (set while
    // processing epoch 2); epoch 3 is finalized while processing epoch 4 -> activation_epoch = 4 + 5.
    expect(n1.activationEligibilityEpoch).toBe(3);
    expect(n1.activationEpoch).toBe(9);
    expect(n1.status).toBe('active');
    expect(acct(r.world, 'holder:alice')).toBe(eth(2000 - 32));
    const steps = r.traces[2].map((s) => s.kind);
    expect(steps).toEqual(
      expect.arrayContaining(['eth.deposit.processed', 'eth.validator.activationScheduled', 'eth.validator.active']),
    );
  });

  it('the activation churn (256 ETH/epoch at 34M) spreads many deposits over epochs', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      type: 'EthDeposit',
      holder: 'alice',
      validator: `n${i}`,
      amount: '32',
    }));
    const w = fold(sc, events([...many, { type: 'AdvanceTime', epochs: 40 }])).world;
    const act = (i: number) => w.ethereum.validators[`n${i}`].activationEpoch;
    // 256 ETH per epoch = 8 deposits of 32 ETH: processed at epochs 1, 2, 3 (8, 8, 4).
    expect([act(0), act(7), act(8), act(15), act(16), act(19)]).toEqual([9, 9, 10, 10, 11, 11]);
  });

  it('a deposit below 32 ETH waits for a top-up, then activates', () => {
    const w1 = fold(
      sc,
      events([
        { type: 'EthDeposit', holder: 'alice', validator: 'n1', amount: '16' },
        { type: 'AdvanceTime', epochs: 30 },
      ]),
    ).world;
    expect(w1.ethereum.validators.n1.status).toBe('pending');
    expect(w1.ethereum.validators.n1.effectiveBalance).toBe(eth(16));
    const w2 = fold(
      sc,
      events([
        { type: 'EthDeposit', holder: 'alice', validator: 'n1', amount: '16' },
        { type: 'AdvanceTime', epochs: 30 },
        { type: 'EthDeposit', holder: 'alice', validator: 'n1', amount: '16' },
        { type: 'AdvanceTime', epochs: 30 },
      ]),
    ).world;
    expect(w2.ethereum.validators.n1.status).toBe('active');
    expect(w2.ethereum.validators.n1.effectiveBalance).toBe(eth(32));
  });

  it('finality must be live for deposits to be processed', () => {
    const w = fold(
      sc,
      events([
        { type: 'EthFinality', stalled: true },
        { type: 'EthDeposit', holder: 'alice', validator: 'n1', amount: '32' },
        { type: 'AdvanceTime', epochs: 50 },
      ]),
    ).world;
    expect(w.ethereum.validators.n1.status).toBe('deposited');
    expect(acct(w, 'eth:deposits')).toBe(eth(32));
  });

  it('refuses a deposit the holder cannot pay, or below 1 ETH', () => {
    expect(() => fold(sc, events([{ type: 'EthDeposit', holder: 'bob', validator: 'n1', amount: '32' }]))).toThrow(
      /Bob has only 0 ETH and cannot deposit 32 ETH/,
    );
    expect(() => fold(sc, events([{ type: 'EthDeposit', holder: 'alice', validator: 'n1', amount: '0.5' }]))).toThrow(
      /at least 1 ETH/,
    );
  });
});

describe('voluntary exits', () => {
  it('is refused before SHARD_COMMITTEE_PERIOD, with a clear sentence', () => {
    let err: unknown;
    try {
      fold(
        sc,
        events([
          { type: 'EthDeposit', holder: 'alice', validator: 'n1', amount: '32' },
          { type: 'AdvanceTime', epochs: 100 },
          { type: 'EthExit', validator: 'n1' },
        ]),
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RefusedEvent);
    expect((err as Error).message).toMatch(
      /n1 has been active for only 91 epochs; a validator must serve 256 epochs \(SHARD_COMMITTEE_PERIOD.*Request the exit again at epoch 265/,
    );
  });

  it('a genesis validator exits at once: exit at +5, withdrawable 256 later, balance paid to the owner', () => {
    const r = fold(
      sc,
      events([
        { type: 'EthExit', validator: 'v1' },
        { type: 'AdvanceTime', epochs: 300 },
      ]),
    );
    const v1 = r.world.ethereum.validators.v1;
    expect([v1.exitEpoch, v1.withdrawableEpoch, v1.status]).toEqual([5, 261, 'withdrawn']);
    expect(bal(r.world, 'v1')).toBe(0n);
    const paid = r.traces[2].find((s) => s.kind === 'eth.validator.withdrawn')!;
    expect(acct(r.world, 'holder:alice')).toBe(eth(2000) + paid.amounts.amount);
    expect(paid.amounts.amount).toBeGreaterThan(eth(32));
  });

  it('refuses a second exit and a top-up of an exiting validator', () => {
    expect(() =>
      fold(
        sc,
        events([
          { type: 'EthExit', validator: 'v1' },
          { type: 'EthExit', validator: 'v1' },
        ]),
      ),
    ).toThrow(/already exiting/);
    expect(() =>
      fold(
        sc,
        events([
          { type: 'EthExit', validator: 'v1' },
          { type: 'EthDeposit', holder: 'alice', validator: 'v1', amount: '1' },
        ]),
      ),
    ).toThrow(/Deposit into a new validator instead/);
  });
});

describe('the ethereum scenario section', () => {
  const base = { format: 'restaking-lab/scenario', version: 1, name: 'x', holders: [{ id: 'alice' }] };

  it('defaults: 34,000,000 ETH of background stake, finalizing', () => {
    const out = v.parse(ethereumSectionSchema, {});
    expect(out.backgroundStake).toBe(eth(34_000_000));
    expect(out.finality).toBe('ok');
    expect(initWorld(scenario({})).world.ethereum.backgroundStake).toBe(eth(34_000_000));
  });

  it('names the path of a duplicate id and of an active validator under 32 ETH', () => {
    const dup = parseScenario({
      ...base,
      ethereum: {
        validators: [
          { id: 'a', owner: 'alice', balance: '32' },
          { id: 'a', owner: 'alice', balance: '32' },
        ],
      },
    });
    expect(dup.ok).toBe(false);
    if (!dup.ok)
      expect(dup.issues[0]).toEqual({
        path: '$.ethereum.validators[1].id',
        message: expect.stringMatching(/"a" is used twice/),
      });
    const low = parseScenario({ ...base, ethereum: { validators: [{ id: 'a', owner: 'alice', balance: '31' }] } });
    expect(low.ok).toBe(false);
    if (!low.ok)
      expect(low.issues[0]).toEqual({
        path: '$.ethereum.validators[0].balance',
        message: expect.stringMatching(/at least 32 ETH/),
      });
    const pending = parseScenario({
      ...base,
      ethereum: { validators: [{ id: 'a', owner: 'alice', balance: '31', status: 'pending' }] },
    });
    expect(pending.ok).toBe(true);
  });

  it('refuses an unknown owner', () => {
    expect(() => initWorld(scenario({ validators: [{ id: 'a', owner: 'carol', balance: '32' }] }))).toThrow(
      /\$\.ethereum\.validators\[0\]\.owner: there is no holder "carol"/,
    );
  });

  it('EthSetOnline refuses an unknown validator and switches the flag', () => {
    expect(() => fold(sc, events([{ type: 'EthSetOnline', validators: ['zz'], online: false }]))).toThrow(
      /no validator "zz"/,
    );
    const w = fold(sc, events([{ type: 'EthSetOnline', validators: ['v1'], online: false }])).world;
    expect(w.ethereum.validators.v1.online).toBe(false);
  });
});
