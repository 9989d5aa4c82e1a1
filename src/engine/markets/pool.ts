/**
 * AMM pools in the world: balances in the ledger at `market:pool:<id>`, invariant math in stableSwap.ts and
 * constantProduct.ts. Coin 0 is the token, coin 1 is ETH.
 */
import { EngineError, RefusedEvent } from '../errors';
import { balanceOf, transfer } from '../ledger/ledger';
import type { Ctx } from '../module';
import type { World } from '../world';
import { constantProductPrice, constantProductQuote } from './constantProduct';
import { redemptionRate } from './rates';
import { reduce, stableSwapPrice, stableSwapQuote, type Ratio } from './stableSwap';
import { poolAccount, type Pool } from './state';
import { say } from '../messages/say';
import { poolName } from '../accountNames';

export function getPool(world: World, id: string): Pool {
  const p = world.markets.pools[id];
  if (!p) throw new RefusedEvent(say('markets.refused.noPool', { id }));
  return p;
}

/** The pool's raw balances [token, ETH] in ledger units. */
export function poolBalances(world: World, pool: Pool): [bigint, bigint] {
  const acct = poolAccount(pool.id);
  return [balanceOf(world.ledger, pool.asset, acct), balanceOf(world.ledger, 'ETH', acct)];
}

/** The rate the invariant scales the token by (ETH per ledger unit), or 1 for an unscaled pool. */
export function poolRate(world: World, pool: Pool): Ratio {
  return pool.rateScaled ? redemptionRate(world, pool.asset) : { num: 1n, den: 1n };
}

/** Balances in ETH terms, rounded down like stableswap-ng's `rates[i] * balances[i] / PRECISION`. */
export function poolXp(world: World, pool: Pool): [bigint, bigint] {
  const [t, e] = poolBalances(world, pool);
  const r = poolRate(world, pool);
  return [(t * r.num) / r.den, e];
}

/**
 * The marginal price of one ledger unit of the pool's token, in ETH, exactly (before fees). For a rate-scaled
 * pool this is (price in ETH terms) × (redemption rate): 1 at balance, below the rate at a discount.
 */
export function poolPrice(world: World, poolId: string): Ratio {
  const pool = getPool(world, poolId);
  const xp = poolXp(world, pool);
  const p = pool.curve === 'stableswap' ? stableSwapPrice(xp, pool.amp) : constantProductPrice(xp[0], xp[1]);
  const r = poolRate(world, pool);
  return reduce({ num: p.num * r.num, den: p.den * r.den });
}

/** The discount of the pool price against redemption value (1 − price/rate), as an exact ratio. */
export function poolDiscount(world: World, poolId: string): Ratio {
  const pool = getPool(world, poolId);
  const xp = poolXp(world, pool);
  const p = pool.curve === 'stableswap' ? stableSwapPrice(xp, pool.amp) : constantProductPrice(xp[0], xp[1]);
  return reduce({ num: p.den - p.num, den: p.den });
}

export interface SwapQuote {
  /** What the seller receives, in ledger units of the bought asset. */
  out: bigint;
  /** The fee kept by the pool, in ledger units of the bought asset (StableSwap) or of the sold one (x·y = k). */
  fee: bigint;
  bought: string;
}

/** What selling `amount` of `sell` into the pool gives, without touching the world. */
export function quoteSwap(world: World, pool: Pool, sell: string, amount: bigint): SwapQuote {
  const i: 0 | 1 = sell === pool.asset ? 0 : sell === 'ETH' ? 1 : (-1 as never);
  if (i !== 0 && i !== 1)
    throw new RefusedEvent(say('markets.refused.wrongAsset', { pool: pool.id, poolAsset: pool.asset, sell }));
  const j: 0 | 1 = i === 0 ? 1 : 0;
  const bought = i === 0 ? 'ETH' : pool.asset;
  const r = poolRate(world, pool);
  const xp = poolXp(world, pool);
  if (xp[0] === 0n || xp[1] === 0n) throw new RefusedEvent(say('markets.refused.noLiquidity', { pool: pool.id }));
  const dxXp = i === 0 ? (amount * r.num) / r.den : amount;
  let dyXp: bigint;
  let feeXp: bigint;
  if (pool.curve === 'stableswap') {
    let q;
    try {
      q = stableSwapQuote(i, j, dxXp, xp, pool.amp, pool.fee);
    } catch {
      // Curve's contract reverts when get_D / get_y do not converge (only at absurd imbalance)
      throw new RefusedEvent(say('markets.refused.tradeTooLarge', { pool: pool.id }));
    }
    dyXp = q.dy;
    feeXp = q.fee;
  } else {
    const q = constantProductQuote(dxXp, xp[i], xp[j], pool.fee);
    dyXp = q.dy;
    feeXp = q.fee;
  }
  // Back from ETH terms to ledger units of the bought coin, rounded down: the remainder stays in the pool.
  const toUnits = (x: bigint): bigint => (j === 0 ? (x * r.den) / r.num : x);
  return { out: toUnits(dyXp), fee: pool.curve === 'stableswap' ? toUnits(feeXp) : feeXp, bought };
}

export interface SwapResult {
  out: bigint;
  step: number;
  priceBefore: Ratio;
  priceAfter: Ratio;
}

/** Sells `amount` of `sell` from `account` into the pool; the bought asset goes back to `account`. */
export function swap(
  ctx: Ctx,
  args: { account: string; who: string; entity: string; poolId: string; sell: string; amount: bigint; kind?: string },
  parent: number | null,
): SwapResult {
  const { world } = ctx;
  const pool = getPool(world, args.poolId);
  if (args.amount <= 0n) throw new RefusedEvent(say('markets.refused.swapZero'));
  const have = balanceOf(world.ledger, args.sell, args.account);
  if (have < args.amount) {
    throw new RefusedEvent(
      say('markets.refused.sellOverdraft', { who: args.who, have, sell: args.sell, amount: args.amount }),
    );
  }
  const priceBefore = poolPrice(world, pool.id);
  const q = quoteSwap(world, pool, args.sell, args.amount);
  const acct = poolAccount(pool.id);
  if (q.out > balanceOf(world.ledger, q.bought, acct)) throw new EngineError(`pool ${pool.id} cannot pay ${q.out}`);
  const movements = [transfer(world.ledger, args.sell, args.account, acct, args.amount, 'trade')];
  if (q.out > 0n) movements.push(transfer(world.ledger, q.bought, acct, args.account, q.out, 'trade'));
  const priceAfter = poolPrice(world, pool.id);
  const step = ctx.trace.step({
    kind: args.kind ?? 'market.swap',
    layer: 'market',
    entities: [args.entity, pool.id],
    amounts: {
      sold: args.amount,
      bought: q.out,
      fee: q.fee,
      priceBeforeWad: wad(priceBefore),
      priceAfterWad: wad(priceAfter),
    },
    movements,
    parent,
    message: say('markets.swap', {
      who: args.who,
      amount: args.amount,
      sell: args.sell,
      pool: poolName(world, pool.id),
      out: q.out,
      bought: q.bought,
      poolAsset: pool.asset,
      priceBefore,
      priceAfter,
    }),
  });
  return { out: q.out, step, priceBefore, priceAfter };
}

const wad = (r: Ratio): bigint => (r.den === 0n ? 0n : (r.num * 10n ** 18n) / r.den);
