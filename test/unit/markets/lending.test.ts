import { describe, expect, it } from 'vitest';
import { liquidationAmounts } from '../../../src/engine/markets/lending';
import { WAD } from '../../../src/engine/restaking/wad';
import { initWorld, applyEvent } from '../../../src/engine/sim';
import { healthFactor, isLiquidatable } from '../../../src/engine/markets/lending';
import { poolPrice } from '../../../src/engine/markets/pool';
import { balanceOf, totals } from '../../../src/engine/ledger/ledger';
import type { SimEvent } from '../../../src/engine/events';
import { spiralScenario } from './fixture';

const E = 1_000_000_000n;
const market = { closeFactor: [1n, 2n] as [bigint, bigint], fullCloseBelow: [95n, 100n] as [bigint, bigint] };
const bonus5 = { liquidationBonus: [5n, 100n] as [bigint, bigint] };

describe('liquidation amounts (Aave v3 LiquidationLogic, worked by hand)', () => {
  it('HF 0.95625 (100 LST at 0.9, LT 0.85, debt 80): repays 50% = 40, seizes 40·1.05/0.9 = 46.666666666', () => {
    const hf = (((((100n * E * 9n) / 10n) * 85n) / 100n) * WAD) / (80n * E);
    expect(hf).toBe(956_250_000_000_000_000n);
    const a = liquidationAmounts(
      { collateral: 100n * E, debt: 80n * E },
      bonus5,
      { num: 9n, den: 10n },
      hf,
      market,
      1000n * E,
    );
    expect(a.repay).toBe(40n * E);
    expect(a.seize).toBe(46_666_666_666n);
    expect(a.closeFactor).toEqual([1n, 2n]);
  });

  it('below HF 0.95 the whole debt may be repaid: price 0.85 -> repay 80, seize 98.823529411', () => {
    const hf = 903_125_000_000_000_000n;
    const a = liquidationAmounts(
      { collateral: 100n * E, debt: 80n * E },
      bonus5,
      { num: 85n, den: 100n },
      hf,
      market,
      1000n * E,
    );
    expect(a.repay).toBe(80n * E);
    expect(a.seize).toBe(98_823_529_411n);
  });

  it('when the collateral does not cover repay × (1 + bonus), it seizes all and repays 100·0.8/1.05', () => {
    const a = liquidationAmounts(
      { collateral: 100n * E, debt: 80n * E },
      bonus5,
      { num: 8n, den: 10n },
      850_000_000_000_000_000n,
      market,
      1000n * E,
    );
    expect(a.seize).toBe(100n * E);
    expect(a.repay).toBe(76_190_476_190n);
  });

  it('a liquidator with less ETH repays only what it has', () => {
    const a = liquidationAmounts(
      { collateral: 100n * E, debt: 80n * E },
      bonus5,
      { num: 9n, den: 10n },
      956_250_000_000_000_000n,
      market,
      9n * E,
    );
    expect(a.repay).toBe(9n * E);
    expect(a.seize).toBe(10_500_000_000n);
  });
});

describe('lending market in the world', () => {
  it('health factor = collateral × pool price × LT / debt', () => {
    const { world } = initWorld(spiralScenario());
    const m = world.markets.lending.aave;
    // balanced pool: price exactly 1, so HF = 100 × 0.93 / 89
    expect(poolPrice(world, 'curve')).toEqual({ num: 1n, den: 1n });
    expect(healthFactor(world, m, m.positions['alice/LST'])).toBe((93n * E * WAD) / (89n * E));
    expect(isLiquidatable(world, m, m.positions['alice/LST'])).toBe(false);
  });

  it('refuses a borrow above the LTV limit, and says how much is left', () => {
    const { world } = initWorld(spiralScenario());
    const e = { type: 'Borrow', holder: 'alice', market: 'aave', asset: 'LST', amount: 2n * E } as SimEvent;
    expect(() => applyEvent(world, e)).toThrow(/at most 1 ETH more/);
  });

  it('the liquidation spiral: a sale that leaves only Alice underwater ends up liquidating Bob too', () => {
    const { world } = initWorld(spiralScenario());
    const trace = applyEvent(world, {
      type: 'Swap',
      holder: 'whale',
      pool: 'curve',
      sell: 'LST',
      amount: 600n * E,
    } as SimEvent);
    const m = world.markets.lending.aave;
    const liqs = trace.filter((s) => s.kind === 'market.liquidation');
    const first = liqs[0];
    expect(first.entities[0]).toBe('alice');
    expect(first.parent).toBe(trace[0].id); // caused by the whale's sale
    // right after the whale's sale Bob was still healthy (HF > 1 at the price then) ...
    const priceAfterShock = trace[0].amounts.priceAfterWad;
    expect((((100n * E * priceAfterShock) / WAD) * 93n) / 100n > 87n * E).toBe(true);
    // ... but the liquidators' sales pushed the price down until Bob was liquidated too
    const bobs = liqs.filter((s) => s.entities[0] === 'bob');
    expect(bobs.length).toBeGreaterThan(0);
    const bobParent = trace.find((s) => s.id === bobs[0].parent)!;
    expect(bobParent.kind).toBe('market.liquidationSale');
    // every liquidation's parent is earlier, and nobody is left liquidatable
    for (const s of trace) if (s.parent !== null) expect(s.parent).toBeLessThan(s.id);
    for (const p of Object.values(m.positions)) expect(isLiquidatable(world, m, p)).toBe(false);
    // exact ledger: the liquidator's ETH + the reserve's ETH changed only by repayments and sales
    const repaid = liqs.reduce((a, s) => a + s.amounts.repaid, 0n);
    expect(balanceOf(world.ledger, 'ETH', 'market:lending:aave:reserve')).toBe(10000n * E - 176n * E + repaid);
    expect(totals(world.ledger, 'ETH').total).toBe(totals(world.ledger, 'ETH').initial);
  });

  it('a smaller sale liquidates nobody', () => {
    const { world } = initWorld(spiralScenario());
    const trace = applyEvent(world, {
      type: 'Swap',
      holder: 'whale',
      pool: 'curve',
      sell: 'LST',
      amount: 300n * E,
    } as SimEvent);
    expect(trace.filter((s) => s.kind === 'market.liquidation')).toHaveLength(0);
  });
});
