/** Two loans on one StableSwap pool with a pool-price oracle: the smallest liquidation spiral. */
import { parseScenario } from '../../../src/engine/scenario/validate';

export function spiralScenario(borrowA = '89', borrowB = '87') {
  const parsed = parseScenario({
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'spiral',
    holders: [
      { id: 'lp', balances: { ETH: '1000', LST: '1000' } },
      { id: 'supplier', balances: { ETH: '10000' } },
      { id: 'liq', balances: { ETH: '1000' } },
      { id: 'alice', balances: { LST: '100' } },
      { id: 'bob', balances: { LST: '100' } },
      { id: 'whale', balances: { LST: '2000' } },
    ],
    markets: {
      pools: [{ id: 'curve', asset: 'LST', provider: 'lp', token: '1000', eth: '1000' }],
      lending: [
        {
          id: 'aave',
          supplier: 'supplier',
          reserve: '10000',
          liquidator: 'liq',
          collateral: [
            {
              asset: 'LST',
              ltv: '0.9',
              liquidationThreshold: '0.93',
              liquidationBonus: '0.05',
              oracle: 'pool',
              pool: 'curve',
            },
          ],
          positions: [
            { borrower: 'alice', asset: 'LST', collateral: '100', borrow: borrowA },
            { borrower: 'bob', asset: 'LST', collateral: '100', borrow: borrowB },
          ],
        },
      ],
    },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}
