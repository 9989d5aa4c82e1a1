/**
 * Native restaking through a scenario (eigenlayer-contracts DualSlashingEdgeCase.md): Alice's validator is restaked
 * in an EigenPod; an AVS slashes 75% of her operator's allocation (32 -> 8 ETH withdrawable), then the beacon
 * chain slashes the validator and a checkpoint finds 32 -> 22.361741674 ETH (initial penalty 0.0078125, missed
 * attestations and a 9.600090336 ETH correlation penalty with 10% of stake slashed in the window). The beacon
 * chain slashes first: l = 22.361741674 / 32, and Alice can withdraw floor(8 ETH x l) = 5.590435418 ETH.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';

describe('an EigenPod through a scenario', () => {
  it('the AVS slash and then the beacon-chain slash compound as l x m', () => {
    const parsed = parseScenario(JSON.parse(readFileSync('test/fixtures/native-restaking-dual-slash.json', 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { world, traces } = fold(parsed.value);
    const balance = 22_361_741_674n;
    expect(world.ledger.assets.ETH.balances.get('eth:validator:pv')).toBe(balance);
    const withdrawable = (8_000_000_000n * balance) / 32_000_000_000n;
    expect(withdrawable).toBe(5_590_435_418n);
    const checkpoint = traces[4].find((s) => s.kind.includes('checkpoint'));
    expect(checkpoint?.text).toContain('from 8 to 5.5904 ETH');
    expect(world.restaking.operators.op.strategies.beaconETH.shares).toBe(withdrawable);
  });
});
