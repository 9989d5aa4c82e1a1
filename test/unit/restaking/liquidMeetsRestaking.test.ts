/**
 * Where liquid staking meets restaking (issue 3, deliverable 9): a loss on the beacon chain reaches restakers of
 * the liquid token through its rate, and the stake an AVS sees shrinks with it, while an AVS slash of restaked
 * stETH never touches Lido's other holders (lstSlash.test.ts). Checked against the engine's own rate functions.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';
import { stakeSeenBy } from '../../../src/engine/restaking/views';
import { ethPerToken } from '../../../src/engine/liquid/api';
import type { World } from '../../../src/engine/world';

function run(scenario: unknown) {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const restakeSection = (asset: string) => ({
  strategies: [{ id: 'lst', asset }],
  operators: [{ id: 'op' }],
  avss: [{ id: 'X', kind: 'oracle', attackThreshold: '1/2', profitFromCorruption: '1' }],
  deposits: [{ holder: 'alice', strategy: 'lst', amount: '32' }],
  delegations: [{ staker: 'alice', operator: 'op' }],
  registrations: [{ operator: 'op', avs: 'X' }],
  allocations: [{ operator: 'op', avs: 'X', strategy: 'lst', magnitude: '1' }],
});

/** ETH value the AVS sees must be the restaked tokens at the token's current rate (rounded down). */
function expectSeenAtRate(world: World, asset: string, tokens: bigint) {
  const r = ethPerToken(world, asset);
  const seen = stakeSeenBy(world, 'X');
  expect(seen).toBeLessThanOrEqual((tokens * r.num) / r.den);
  expect(seen).toBeGreaterThanOrEqual((tokens * r.num) / r.den - 1n);
  return seen;
}

describe('a beacon-chain slash under a restaked liquid token', () => {
  it('Lido: a correlated slashing lowers stETH per share, and the AVS sees less of the restaked stETH', () => {
    const s = run({
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'lido meets restaking',
      holders: [{ id: 'alice' }, { id: 'bob' }],
      ethereum: { backgroundStake: '34000000', backgroundSlashed: '3400000' },
      liquid: {
        lido: [
          {
            id: 'lido',
            operators: ['n1'],
            validators: [
              { id: 'l1', operator: 'n1' },
              { id: 'l2', operator: 'n1' },
            ],
            holders: [
              { holder: 'alice', eth: '32' },
              { holder: 'bob', eth: '32' },
            ],
          },
        ],
      },
      restaking: restakeSection('stETH:lido'),
      events: [
        { type: 'EthSlash', validators: ['l1'] },
        { type: 'AdvanceTime', days: 20 },
      ],
    });
    const before = fold(s, []).world;
    const seenBefore = expectSeenAtRate(before, 'stETH:lido', 32_000_000_000n);
    const after = fold(s).world;
    const seenAfter = expectSeenAtRate(after, 'stETH:lido', 32_000_000_000n);
    // ~10% of stake slashed in the window: l1's correlation penalty is ~30% of 32 ETH, shared by 64 ETH of
    // stETH, so each share loses ~15%; the AVS's view of Alice's 32 restaked shares falls the same way.
    expect(seenAfter * 100n).toBeLessThan(seenBefore * 90n);
    expect(seenAfter * 100n).toBeGreaterThan(seenBefore * 80n);
  });

  it('Rocket Pool: a minipool shortfall socialised through rETH lowers what the AVS sees of restaked rETH', () => {
    const s = run({
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'rocket meets restaking',
      holders: [{ id: 'alice' }, { id: 'nina' }],
      ethereum: { backgroundStake: '34000000', backgroundSlashed: '7800000' },
      liquid: {
        rocket: [
          {
            id: 'rp',
            rplPriceEth: '0.01',
            nodes: [{ id: 'n1', holder: 'nina', rpl: '160' }],
            minipools: [
              { id: 'mp1', node: 'n1', bond: '16' },
              { id: 'mp2', node: 'n1', bond: '16' },
            ],
            rethHolders: [{ holder: 'alice', reth: '32' }],
          },
        ],
      },
      restaking: restakeSection('rETH:rp'),
      events: [
        { type: 'EthSlash', validators: ['rp.mp1'] },
        { type: 'AdvanceTime', days: 40 },
      ],
    });
    const seenBefore = expectSeenAtRate(fold(s, []).world, 'rETH:rp', 32_000_000_000n);
    const after = fold(s).world;
    const seenAfter = expectSeenAtRate(after, 'rETH:rp', 32_000_000_000n);
    // mp1 loses ~22 ETH (rocket-minipool-shortfall.json): the 16-ETH bond and 1.6 ETH of RPL absorb part of
    // it, the rest (~4.4 ETH of the users' 32) lowers rETH by ~14%.
    expect(after.liquid.rocket.rp.minipools.mp1.status).toBe('distributed');
    expect(seenAfter * 100n).toBeLessThan(seenBefore * 90n);
    expect(seenAfter * 100n).toBeGreaterThan(seenBefore * 80n);
  });
});
