/**
 * Symbiotic NetworkRestakeDelegator (symbioticfi/core v1.0.3 `_stakeAt`, Vault.onSlash): active 1000, limits
 * N1 800 / N2 600, N1 operator shares O1:O2 = 3:1, N2 1:1. Before 600/200/300/300; N1 slashes O1 by 300 ->
 * 525/175/300/300; a further 150 -> 412.5/137.5/275/275. onSlash: active 1000, pending 200, slash 300 -> -250/-50.
 */
import { vaultBurnerAccount } from '../../../src/engine/restaking/state';
import { describe, expect, it } from 'vitest';
import { networkRestakeStake, onSlash } from '../../../src/engine/restaking/networkRestake';
import { allocatedStake } from '../../../src/engine/restaking/views';
import { run, apply, G } from './helpers';

const stakes = (active: bigint) => [
  networkRestakeStake(active, 800n, 3n, 4n),
  networkRestakeStake(active, 800n, 1n, 4n),
  networkRestakeStake(active, 600n, 1n, 2n),
  networkRestakeStake(active, 600n, 1n, 2n),
];

describe('Symbiotic network restake', () => {
  it('pure math, in tenths', () => {
    expect(stakes(1000n)).toEqual([600n, 200n, 300n, 300n]);
    expect(stakes(700n)).toEqual([525n, 175n, 300n, 300n]);
    // after a further 150: active 550 -> 412.5 / 137.5 / 275 / 275 (in tenths to stay in integers)
    expect([
      networkRestakeStake(5500n, 8000n, 3n, 4n),
      networkRestakeStake(5500n, 8000n, 1n, 4n),
      networkRestakeStake(5500n, 6000n, 1n, 2n),
      networkRestakeStake(5500n, 6000n, 1n, 2n),
    ]).toEqual([4125n, 1375n, 2750n, 2750n]);
    expect(onSlash(1000n, 200n, 300n)).toEqual({ fromActive: 250n, fromWithdrawals: 50n });
  });

  const sv = {
    securityModel: 'sharedVault' as const,
    holders: [{ id: 'h', balances: { ETH: '1000' } }],
    restaking: {
      operators: [{ id: 'O1' }, { id: 'O2' }],
      avss: [{ id: 'N1' }, { id: 'N2' }],
      vaults: [
        {
          id: 'v',
          networkLimits: { N1: '800', N2: '600' },
          operatorShares: { N1: { O1: '3', O2: '1' }, N2: { O1: '1', O2: '1' } },
          deposits: [{ holder: 'h', amount: '1000' }],
        },
      ],
    },
  };

  it('through events: N1 slashes O1 by 300 (50% of 600), then 150 more', () => {
    const { world, traces } = run(sv, [{ type: 'SlashOperator', avs: 'N1', operator: 'O1', wad: '0.5' }]);
    const seen = () => [
      allocatedStake(world, 'O1', 'N1'),
      allocatedStake(world, 'O2', 'N1'),
      allocatedStake(world, 'O1', 'N2'),
      allocatedStake(world, 'O2', 'N2'),
    ];
    expect(seen()).toEqual([525n * G, 175n * G, 300n * G, 300n * G]);
    expect(traces[1].at(-1)!.text).toMatch(/unchanged/);
    // 150 more, from N2 this time: 50% of N2/O1's 300
    apply(world, { type: 'SlashOperator', avs: 'N2', operator: 'O1', wad: '0.5' });
    expect(world.restaking.vaults.v.activeStake).toBe(550n * G);
    expect(seen()).toEqual([(4125n * G) / 10n, (1375n * G) / 10n, 275n * G, 275n * G]);
    // The slashed collateral goes to the vault's burner contract (a transfer, as Vault.onSlash does).
    expect(world.ledger.assets.ETH.balances.get(vaultBurnerAccount('v'))).toBe(450n * G);
  });

  it('a pending withdrawal takes its pro-rata share of the slash', () => {
    const { world } = run(
      {
        ...sv,
        holders: [{ id: 'h', balances: { ETH: '1200' } }],
        restaking: {
          ...sv.restaking,
          vaults: [
            {
              ...sv.restaking.vaults[0],
              networkLimits: { N1: '2000', N2: '600' },
              operatorShares: { N1: { O1: '1' } },
              deposits: [{ holder: 'h', amount: '1200' }],
            },
          ],
        },
      },
      [
        { type: 'VaultWithdraw', holder: 'h', vault: 'v', amount: '200' },
        { type: 'SlashOperator', avs: 'N1', operator: 'O1', wad: '0.3' },
      ],
    );
    expect(world.restaking.vaults.v.activeStake).toBe(750n * G);
    expect(world.restaking.vaults.v.pending).toBe(150n * G);
  });
});
