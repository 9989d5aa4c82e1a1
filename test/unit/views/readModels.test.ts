/**
 * The engine's read-models and rules the app asks (issue 11), on worlds small enough to work out by hand: a holder's
 * value in parts, each AVS's stake needed and exact cost of corruption, the allocation delay the engine will
 * schedule, the deposit-before-delegate order, and the amount parser and default of the sandbox's picker.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';
import type { Scenario } from '../../../src/engine/scenario/schema';
import { holderPosition } from '../../../src/engine/views/holderValue';
import { servicesSecurity, serviceSecurity } from '../../../src/engine/views/costOfCorruption';
import { allocationDelayEpochs } from '../../../src/engine/restaking/allocationDelay';
import { needsDelegation } from '../../../src/engine/restaking/delegationOrder';
import { DEALLOCATION_EFFECT_EPOCHS } from '../../../src/engine/restaking/constants';
import { defaultAmount, readAmount } from '../../../src/engine/views/amountInput';
import { holderAccount } from '../../../src/engine/world';
import { ethPerToken } from '../../../src/engine/liquid/api';
import { apply, G, run } from '../restaking/helpers';

const WAD = 10n ** 18n;

function example(file: string, path = `public/scenarios/${file}`) {
  const parsed = parseScenario(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return fold(parsed.value as Scenario).world;
}
const ledger = (world: ReturnType<typeof example>, asset: string, account: string) =>
  world.ledger.assets[asset]?.balances.get(account) ?? 0n;

describe("a holder's value in ETH (engine/views/holderValue.ts)", () => {
  it('solo staker: the wallet plus the validator still running (the card showed the wallet only)', () => {
    const world = example('solo-staker-slashed.json');
    const p = holderPosition(world, 'alice');
    expect(p.parts.wallet).toBe(ledger(world, 'ETH', holderAccount('alice')));
    // v1 was slashed and withdrawn to the wallet; v2 still holds its balance on the beacon chain.
    expect(p.parts.staked).toBe(ledger(world, 'ETH', 'eth:validator:v2'));
    expect(p.total).toBe(41_938_055_898n + 32_084_320_985n);
  });

  it('a finalized Lido request counts the ether locked for it in the queue', () => {
    const world = example('lido-slashed-operator.json');
    const p = holderPosition(world, 'alice');
    // Alice's is the only request; the queue contract holds exactly what was locked for it at finalization.
    expect(p.parts.withdrawing).toBe(ledger(world, 'ETH', 'lido:lido:queue'));
    expect(p.total).toBe(p.parts.wallet + p.parts.withdrawing);
  });

  it('natively restaked ETH an AVS slashed stays locked in the pod (ELIP-002): 25% of the balance is hers', () => {
    const world = example('', 'test/fixtures/native-restaking-dual-slash.json');
    const p = holderPosition(world, 'alice');
    const balance = ledger(world, 'ETH', 'eth:validator:pv'); // after the beacon-chain slash and the checkpoint
    expect(p.parts.staked).toBe(0n); // the pod's validator is not counted a second time
    expect(p.parts.restaked).toBe(balance / 4n); // the AVS slashed 75% of the allocated (all) magnitude
  });

  it('a Cosmos token has no ETH price: delegations and unbonding entries are reported apart, not as ETH', () => {
    const world = example('cosmos-double-sign.json');
    for (const id of Object.keys(world.holders)) {
      const p = holderPosition(world, id);
      expect(p.total).toBe(0n);
      expect(Object.keys(p.unpriced)).toEqual(['ATOM']);
    }
  });

  it('a leveraged loan counts collateral at the redemption rate less its debt', () => {
    const world = example('steth-2022-discount.json');
    let expected = 0n;
    for (const m of Object.values(world.markets.lending))
      for (const pos of Object.values(m.positions)) {
        if (pos.borrower !== 'looper1') continue;
        const { num, den } = ethPerToken(world, pos.asset); // stETH: Lido's pooled ether per share
        const net = (pos.collateral * num) / den - pos.debt;
        if (net > 0n) expected += net;
      }
    expect(expected).toBeGreaterThan(0n);
    expect(holderPosition(world, 'looper1').parts.markets).toBe(expected);
  });
});

describe("each AVS's security figures (engine/views/costOfCorruption.ts)", () => {
  it('pooled: stake needed 450 × 1/2 = 225, but whole operators cost 150 + 100 = 250', () => {
    // After the oracle's 50% slash of Op1: Op1 150, Op2 200, Op3 100 ETH, each serving all three AVSs.
    const world = example('three-avs-pooled.json');
    for (const s of servicesSecurity(world)) {
      expect([s.stakeSeen, s.stakeNeeded, s.cost, s.exact]).toEqual([450n * G, 225n * G, 250n * G, true]);
    }
    // The DA layer's profit is 150 ETH < 250: safe alone; the inspector's single-AVS query agrees.
    expect(serviceSecurity(world, 'da')).toEqual(servicesSecurity(world)[0]);
    expect(serviceSecurity(world, 'da')!.safeAlone).toBe(true);
  });

  it('one operator allocating 40% and 25% of 100: each AVS costs that whole allocation (40 and 25)', () => {
    const { world } = run({
      holders: [{ id: 'a', balances: { EIGEN: '100' } }],
      restaking: {
        strategies: [{ id: 'EIGEN' }],
        operators: [{ id: 'o1' }],
        avss: [
          { id: 'A', profitFromCorruption: '40' },
          { id: 'B', profitFromCorruption: '20' },
        ],
        deposits: [{ holder: 'a', strategy: 'EIGEN', amount: '100' }],
        delegations: [{ staker: 'a', operator: 'o1' }],
        allocations: [
          { operator: 'o1', avs: 'A', strategy: 'EIGEN', magnitude: '0.4' },
          { operator: 'o1', avs: 'B', strategy: 'EIGEN', magnitude: '0.25' },
        ],
      },
    });
    const [a, b] = servicesSecurity(world);
    expect([a.stakeNeeded, a.cost, a.safeAlone]).toEqual([20n * G, 40n * G, true]); // 40 ≥ 40: an attack must gain more
    expect([b.stakeNeeded, b.cost, b.safeAlone]).toEqual([12_500_000_000n, 25n * G, true]);
  });
});

describe('rules the app asks the engine', () => {
  const world = () =>
    run({
      holders: [{ id: 'a', balances: { EIGEN: '100' } }],
      restaking: {
        strategies: [{ id: 'EIGEN' }],
        // ALLOCATION_DELAY of 320 blocks = 10 epochs of 32 blocks.
        operators: [{ id: 'o1', allocationDelayBlocks: 320 }],
        avss: [{ id: 'A', profitFromCorruption: '1' }],
        deposits: [{ holder: 'a', strategy: 'EIGEN', amount: '100' }],
        delegations: [{ staker: 'a', operator: 'o1' }],
        registrations: [{ operator: 'o1', avs: 'A' }],
        allocations: [{ operator: 'o1', avs: 'A', strategy: 'EIGEN', magnitude: '0.5', effective: true }],
      },
    }).world;

  it('the allocation delay is the one the engine schedules: up waits ALLOCATION_DELAY, down DEALLOCATION_DELAY + 1', () => {
    for (const [to, expected] of [
      ['0.8', 10],
      ['0.2', DEALLOCATION_EFFECT_EPOCHS],
    ] as const) {
      const w = world();
      const from = w.restaking.allocations['o1|A/0|EIGEN'].magnitude;
      const predicted = allocationDelayEpochs(w, {
        operator: 'o1',
        avs: 'A',
        set: 0,
        from,
        to: (BigInt(Math.round(Number(to) * 10)) * WAD) / 10n,
      });
      const start = w.epoch;
      apply(w, { type: 'ModifyAllocation', operator: 'o1', avs: 'A', set: 0, strategy: 'EIGEN', magnitude: to });
      expect(predicted).toBe(expected);
      expect(w.restaking.allocations['o1|A/0|EIGEN'].effectEpoch! - start).toBe(predicted);
    }
    expect(DEALLOCATION_EFFECT_EPOCHS).toBe(3151); // ceil((100800 + 1) / 32), AllocationManager DEALLOCATION_DELAY
  });

  it('deposit before delegate: a delegation only when the staker is not already with that operator', () => {
    const w = world();
    expect(needsDelegation(w, 'a', 'o1')).toBe(false);
    expect(needsDelegation(w, 'a', 'o2')).toBe(true);
    expect(needsDelegation(w, 'nobody', 'o1')).toBe(true);
  });

  it("the picker reads amounts with the engine's parser: positive, at most 9 decimals, at most what is there", () => {
    expect(readAmount(' 32 ', 40n * G)).toEqual({ ok: true, amount: 32n * G });
    expect(readAmount('0.000000001', 1n)).toEqual({ ok: true, amount: 1n });
    expect(readAmount('0.0000000001', 40n * G)).toEqual({ ok: false, problem: 'notANumber' });
    // the scenario format's exact parser also reads exponent forms: 1e3 is 1,000 ETH, more than there is
    expect(readAmount('1e3', 40n * G)).toEqual({ ok: false, problem: 'moreThanAvailable' });
    expect(readAmount('1e1', 40n * G)).toEqual({ ok: true, amount: 10n * G });
    expect(readAmount('ten', 40n * G)).toEqual({ ok: false, problem: 'notANumber' });
    expect(readAmount('0', 40n * G)).toEqual({ ok: false, problem: 'notPositive' });
    expect(readAmount('-1', 40n * G)).toEqual({ ok: false, problem: 'notPositive' });
    expect(readAmount('40.000000001', 40n * G)).toEqual({ ok: false, problem: 'moreThanAvailable' });
    // One validator's MIN_ACTIVATION_BALANCE (32 ETH, consensus-specs Electra) when there is that much.
    expect(defaultAmount(100n * G)).toBe(32n * G);
    expect(defaultAmount(10n * G)).toBe(10n * G);
  });
});
