/**
 * Slashing restaked stETH: EigenLayer sends the slashed tokens to its burn address (ELIP-002), so Lido's share
 * count is untouched and every other stETH holder is unaffected; the restakers alone lose. (A regression: the
 * slash used to destroy the shares in the ledger, which broke the pool's share invariant.)
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';
import { EIGEN_BURN_ADDRESS } from '../../../src/engine/restaking/state';
import { stEthBalance } from '../../../src/engine/liquid/api';

const G = 1_000_000_000n;

const scenario = {
  format: 'restaking-lab/scenario',
  version: 1,
  name: 'restaked stETH slashed',
  holders: [{ id: 'alice' }, { id: 'bob' }],
  ethereum: { backgroundStake: '34000000' },
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
          { holder: 'alice', eth: '40' },
          { holder: 'bob', eth: '24' },
        ],
      },
    ],
  },
  restaking: {
    strategies: [{ id: 'steth', asset: 'stETH:lido' }],
    operators: [{ id: 'op' }],
    avss: [{ id: 'oracle', kind: 'oracle', attackThreshold: '1/2', profitFromCorruption: '10' }],
    deposits: [{ holder: 'alice', strategy: 'steth', amount: '40' }],
    delegations: [{ staker: 'alice', operator: 'op' }],
    registrations: [{ operator: 'op', avs: 'oracle' }],
    allocations: [{ operator: 'op', avs: 'oracle', strategy: 'steth', magnitude: '0.5' }],
  },
  events: [{ type: 'SlashOperator', avs: 'oracle', operator: 'op', wad: '0.5' }],
};

describe('a restaking slash of stETH', () => {
  it('moves 25% of the restaked shares to the burn address and leaves Lido and Bob untouched', () => {
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { world } = fold(parsed.value); // the pool's share invariant is checked after every event
    const book = world.ledger.assets['stETH:lido'];
    // 50% of a 50% allocation of 40 shares: 10 shares leave the strategy for the burn address.
    expect(book.balances.get(EIGEN_BURN_ADDRESS)).toBe(10n * G);
    expect(book.burned).toBe(0n);
    expect(world.liquid.lido.lido.totalShares).toBe(64n * G);
    expect(stEthBalance(world, 'lido', 'holder:bob')).toBe(24n * G);
  });
});
