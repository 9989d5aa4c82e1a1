/**
 * Dual slashing of native ETH (eigenlayer-contracts docs/core/accounting/DualSlashingEdgeCase.md):
 * 32 ETH restaked, the operator slashed 75% -> withdrawable 8; a 16 ETH beacon-chain slash checkpointed -> 4.
 */
import { describe, expect, it } from 'vitest';
import { run, apply, G } from './helpers';
import { WAD } from '../../../src/engine/restaking/wad';
import { slashingFactor, withdrawable } from '../../../src/engine/restaking/depositScalingFactor';
import { reduceBeaconSlashingFactor } from '../../../src/engine/restaking/beaconSlashingFactor';
import { verifyWithdrawalCredentials, checkpointPod } from '../../../src/engine/restaking/pods';
import { withdrawableShares } from '../../../src/engine/restaking/stakers';
import { burn, endow } from '../../../src/engine/ledger/ledger';
import { Tracer } from '../../../src/engine/trace';
import { MODULES } from '../../../src/engine/registry';
import type { World } from '../../../src/engine/world';

function addPodValidator(world: World, owner: string, id: string, amount: bigint): void {
  world.ethereum.validators[id] = {
    id,
    status: 'active',
    slashed: false,
    effectiveBalance: amount,
    compounding: false,
    online: true,
    inactivityScore: 0,
    activationEpoch: 0,
    exitEpoch: null,
    withdrawableEpoch: null,
    slashedEpoch: null,
    activationEligibilityEpoch: 0,
    genesis: true,
    withdrawalAccount: `eigen:pod:${owner}`,
    owner,
    operator: owner,
  };
  world.ethereum.order.push(id);
  endow(world.ledger, 'ETH', `eth:validator:${id}`, amount);
}

describe('dual slashing: beacon chain first, then the AVS share', () => {
  it('pure math: 32 -> 8 -> 4', () => {
    const m = WAD / 4n;
    expect(withdrawable(32n * G, WAD, slashingFactor(m, WAD))).toBe(8n * G);
    const l = reduceBeaconSlashingFactor(WAD, 32n * G, 16n * G);
    expect(l).toBe(WAD / 2n);
    expect(withdrawable(32n * G, WAD, slashingFactor(m, l))).toBe(4n * G);
  });

  it('through the pod: verify credentials, operator slashed 75%, checkpoint after a 16 ETH beacon slash', () => {
    const { world } = run({
      holders: [{ id: 'alice' }],
      restaking: {
        strategies: [{ id: 'beaconETH' }],
        operators: [{ id: 'op' }],
        avss: [{ id: 'A', sets: [{ id: 0, strategies: ['beaconETH'] }] }],
        allocations: [{ operator: 'op', avs: 'A', strategy: 'beaconETH', magnitude: '1' }],
      },
    });
    world.holders.alice = { id: 'alice', name: 'Alice' };
    addPodValidator(world, 'alice', 'v1', 32n * G);
    expect(verifyWithdrawalCredentials(world, 'alice', 'Alice', 'holder:alice', 'v1')).toBe(32n * G);
    apply(world, { type: 'DelegateTo', staker: 'alice', operator: 'op' });
    const alice = world.restaking.stakers.alice;
    expect(withdrawableShares(world, alice, 'beaconETH')).toBe(32n * G);
    const t = apply(world, { type: 'SlashOperator', avs: 'A', operator: 'op', wad: '0.75' });
    expect(withdrawableShares(world, alice, 'beaconETH')).toBe(8n * G);
    expect(t.at(-1)!.text).toMatch(/locked in the stakers' EigenPods/);
    expect(t.at(-1)!.movements).toEqual([]); // native ETH is not moved: it stays locked
    burn(world.ledger, 'ETH', 'eth:validator:v1', 16n * G, 'slash:initial'); // the beacon chain's slash
    const ctx = { world, trace: new Tracer(), modules: MODULES };
    checkpointPod(ctx, 'alice');
    expect(world.restaking.pods.alice.beaconSlashingFactor).toBe(WAD / 2n);
    expect(withdrawableShares(world, alice, 'beaconETH')).toBe(4n * G);
    expect(world.restaking.operators.op.strategies.beaconETH.shares).toBe(4n * G);
    expect(ctx.trace.steps[0].text).toMatch(/beacon chain slashes first/);
  });

  it('a redistributing set may not accept native ETH (ELIP-006)', () => {
    expect(() =>
      run({
        holders: [{ id: 'r' }],
        restaking: {
          strategies: [{ id: 'beaconETH' }],
          avss: [{ id: 'A', sets: [{ id: 0, strategies: ['beaconETH'], redistributionRecipient: 'r' }] }],
        },
      }),
    ).toThrow(/cannot accept native ETH/);
  });
});
