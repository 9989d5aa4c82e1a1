/** A small world for fault tests: four Lido validators (two operators), an stETH/ETH pool, a lending market. */
import { parseScenario } from '../../../src/engine/scenario/validate';
import type { Scenario } from '../../../src/engine/scenario/schema';

export function lidoMarketScenario(oracle: 'pool' | 'redemption' = 'pool'): Scenario {
  const p = parseScenario({
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'fault fixture',
    holders: [
      { id: 'lp', balances: { ETH: '100' } },
      { id: 'alice', balances: { ETH: '10' } },
      { id: 'bob', balances: { ETH: '10' } },
      { id: 'liq', balances: { ETH: '100' } },
      { id: 'supplier', balances: { ETH: '1000' } },
    ],
    ethereum: { backgroundStake: '34000000' },
    liquid: {
      lido: [
        {
          id: 'lido',
          operators: ['op1', 'op2'],
          validators: [
            { id: 'lv1', operator: 'op1' },
            { id: 'lv2', operator: 'op1' },
            { id: 'lv3', operator: 'op2' },
            { id: 'lv4', operator: 'op2' },
          ],
          holders: [
            { holder: 'lp', eth: '100' },
            { holder: 'alice', eth: '20' },
            { holder: 'bob', eth: '8' },
          ],
        },
      ],
    },
    markets: {
      pools: [{ id: 'curve', asset: 'stETH:lido', provider: 'lp', token: '30', eth: '30' }],
      lending: [
        {
          id: 'aave',
          supplier: 'supplier',
          reserve: '1000',
          liquidator: 'liq',
          collateral: [
            {
              asset: 'stETH:lido',
              ltv: '0.9',
              liquidationThreshold: '0.93',
              liquidationBonus: '0.01',
              oracle,
              pool: 'curve',
            },
          ],
          positions: [{ borrower: 'alice', asset: 'stETH:lido', collateral: '20', borrow: '18' }],
        },
      ],
    },
  });
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.value;
}
