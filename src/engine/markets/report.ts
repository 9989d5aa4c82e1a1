/**
 * The markets part of the headless report (`npm run simulate`): every pool's balances, marginal price and
 * discount to the redemption rate; every lending market's reserve, bad debt and positions with their oracle
 * price and health factor. Amounts are ledger units (gwei) as decimal strings; prices and factors are decimals.
 */
import { balanceOf } from '../ledger/ledger';
import type { World } from '../world';
import { decimal } from '../ledger/decimal';
import { healthFactor, isLiquidatable, oraclePrice } from './lending';
import { WAD } from '../restaking/wad';
import { poolBalances, poolPrice } from './pool';
import { redemptionRate } from './rates';
import type { Ratio } from './stableSwap';
import { reserveAccount } from './state';

/** A price the math may not define (an emptied pool): null rather than a throw in a report. */
function safeRatio(f: () => Ratio): string | null {
  try {
    const r = f();
    return r.den === 0n ? null : decimal(r.num, r.den);
  } catch {
    return null;
  }
}

export function marketsReport(world: World) {
  const mk = world.markets;
  return {
    pools: Object.values(mk.pools).map((p) => {
      const [token, eth] = poolBalances(world, p);
      const rate = redemptionRate(world, p.asset);
      return {
        id: p.id,
        asset: p.asset,
        curve: p.curve,
        balances: { [p.asset]: token.toString(), ETH: eth.toString() },
        price: safeRatio(() => poolPrice(world, p.id)),
        redemptionRate: decimal(rate.num, rate.den),
        /** 1 − price / redemption rate: how far below its redemption value the pool trades. */
        discount: safeRatio(() => {
          const price = poolPrice(world, p.id);
          return { num: rate.num * price.den - price.num * rate.den, den: rate.num * price.den };
        }),
      };
    }),
    lending: Object.values(mk.lending).map((m) => ({
      id: m.id,
      reserve: balanceOf(world.ledger, 'ETH', reserveAccount(m.id)).toString(),
      badDebt: m.badDebt.toString(),
      positions: m.order
        .map((id) => m.positions[id])
        .filter((p) => p !== undefined)
        .map((p) => {
          const hf = healthFactor(world, m, p);
          return {
            id: p.id,
            borrower: p.borrower,
            asset: p.asset,
            collateral: p.collateral.toString(),
            debt: p.debt.toString(),
            oraclePrice: safeRatio(() => oraclePrice(world, m, p.asset)),
            /** null: no debt, so nothing to liquidate. */
            healthFactor: hf === null ? null : decimal(hf, WAD),
            liquidatable: isLiquidatable(world, m, p),
          };
        }),
    })),
  };
}
