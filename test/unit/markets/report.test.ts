/** The markets section of `npm run simulate`'s report. */
import { describe, expect, it } from 'vitest';
import { initWorld } from '../../../src/engine/sim';
import { REPORTERS } from '../../../src/engine/reporters';
import { marketsReport } from '../../../src/engine/markets/report';
import { spiralScenario } from './fixture';

describe('markets report', () => {
  it('pool balances and price; positions with health factor = collateral × price × LT / debt', () => {
    const r = marketsReport(initWorld(spiralScenario()).world);
    expect(r.pools).toEqual([
      // A balanced StableSwap pool prices the token at exactly 1 ETH.
      {
        id: 'curve',
        asset: 'LST',
        curve: 'stableswap',
        balances: { LST: '1000000000000', ETH: '1000000000000' },
        price: '1',
        redemptionRate: '1',
        discount: '0',
      },
    ]);
    const [m] = r.lending;
    // alice: 100 × 1 × 0.93 / 89 = 1.044943820224719101...; bob: 93 / 87 = 1.068965517241379310...
    expect(m.positions.map((p) => [p.borrower, p.collateral, p.debt, p.healthFactor, p.liquidatable])).toEqual([
      ['alice', '100000000000', '89000000000', '1.044943820224719101', false],
      ['bob', '100000000000', '87000000000', '1.06896551724137931', false],
    ]);
    expect(m.badDebt).toBe('0');
  });

  it('is left out of the report when the scenario has no markets', () => {
    const w = initWorld(spiralScenario()).world;
    const markets = REPORTERS.find((r) => r.name === 'markets')!;
    expect(markets.report(w)).toBeDefined();
    w.markets.pools = {};
    w.markets.lending = {};
    expect(markets.report(w)).toBeUndefined();
  });
});
