/**
 * An Aave-like lending market: LSTs/LRTs as collateral, ETH as the borrowed asset.
 *
 * Health factor (Aave v3 GenericLogic.calculateUserAccountData): HF = Σ(collateral × price × liquidation
 * threshold) / debt; a position with HF < 1 can be liquidated. Liquidation (Aave v3 LiquidationLogic): the
 * liquidator repays up to closeFactor × debt (50%, or 100% once HF < 0.95: Aave v3's
 * CLOSE_FACTOR_HF_THRESHOLD) and seizes repaid × (1 + bonus) / price of collateral; if the position has less
 * collateral than that, it seizes all of it and repays only what that collateral covers.
 *
 * Rounding: values are rounded down at every step (Aave rounds half-up in percentMul; rounding down here keeps
 * every gwei accounted for: the seized amount is floor'd, so any dust of collateral stays with the borrower).
 * Simplifications (docs/markets.md): one collateral asset per position; no interest accrual; no liquidation
 * protocol fee; debt left with no collateral becomes the market's bad debt (Aave v3.3 "deficit").
 */
import { RefusedEvent } from '../errors';
import { balanceOf, transfer } from '../ledger/ledger';
import type { Ctx } from '../module';
import { holderAccount, type World } from '../world';
import { holderName } from '../accountNames';
import { toWad } from './format';
import { getPool, poolPrice, swap } from './pool';
import { redemptionRate } from './rates';
import type { Ratio } from './stableSwap';
import { collateralAccount, reserveAccount, type CollateralParams, type LendingMarket, type Position } from './state';
import { say } from '../messages/say';
import { WAD } from '../restaking/wad';

export function getMarket(world: World, id: string): LendingMarket {
  const m = world.markets.lending[id];
  if (!m) throw new RefusedEvent(say('markets.refused.noMarket', { id }));
  return m;
}

export function collateralParams(market: LendingMarket, asset: string): CollateralParams {
  const c = market.collateral[asset];
  if (!c)
    throw new RefusedEvent(say('markets.refused.collateralNotAccepted', { market: market.name ?? market.id, asset }));
  return c;
}

/** The market's oracle price of one ledger unit of `asset`, in ETH. */
export function oraclePrice(world: World, market: LendingMarket, asset: string): Ratio {
  const c = collateralParams(market, asset);
  if (c.oracle === 'pool' && c.pool) return poolPrice(world, c.pool);
  return redemptionRate(world, asset);
}

/** floor(amount × price): the collateral's value in gwei. */
export const valueOf = (amount: bigint, price: Ratio): bigint => (amount * price.num) / price.den;

/** Σ collateral × price × liquidation threshold, in gwei (rounded down). */
export function weightedCollateral(world: World, market: LendingMarket, pos: Position): bigint {
  const c = collateralParams(market, pos.asset);
  const [n, d] = c.liquidationThreshold;
  return (valueOf(pos.collateral, oraclePrice(world, market, pos.asset)) * n) / d;
}

/** Health factor as a WAD (1e18 = 1.0); null when there is no debt (infinitely healthy). */
export function healthFactor(world: World, market: LendingMarket, pos: Position): bigint | null {
  if (pos.debt === 0n) return null;
  return (weightedCollateral(world, market, pos) * WAD) / pos.debt;
}

export function isLiquidatable(world: World, market: LendingMarket, pos: Position): boolean {
  return pos.debt > 0n && pos.collateral > 0n && weightedCollateral(world, market, pos) < pos.debt;
}

/** How much may be borrowed against the position in total: collateral × price × LTV. */
export function borrowLimit(world: World, market: LendingMarket, pos: Position): bigint {
  const c = collateralParams(market, pos.asset);
  return (valueOf(pos.collateral, oraclePrice(world, market, pos.asset)) * c.ltv[0]) / c.ltv[1];
}

export interface LiquidationAmounts {
  /** ETH the liquidator repays. */
  repay: bigint;
  /** Collateral it receives for that, bonus included. */
  seize: bigint;
  /** The close factor used: [num, den]. */
  closeFactor: [bigint, bigint];
}

/** Pure: the amounts of one liquidation at `price`, capped by what the liquidator can pay (`budget`). */
export function liquidationAmounts(
  pos: Pick<Position, 'collateral' | 'debt'>,
  params: Pick<CollateralParams, 'liquidationBonus'>,
  price: Ratio,
  hfWad: bigint,
  market: Pick<LendingMarket, 'closeFactor' | 'fullCloseBelow'>,
  budget: bigint,
): LiquidationAmounts {
  if (price.num === 0n) return { repay: 0n, seize: 0n, closeFactor: market.closeFactor };
  const full = hfWad * market.fullCloseBelow[1] < WAD * market.fullCloseBelow[0];
  const closeFactor: [bigint, bigint] = full ? [1n, 1n] : market.closeFactor;
  let repay = (pos.debt * closeFactor[0]) / closeFactor[1];
  if (repay > budget) repay = budget;
  const [bn, bd] = params.liquidationBonus;
  // seize = repay × (1 + bonus) / price, rounded down
  const seizeFor = (r: bigint): bigint => (r * (bd + bn) * price.den) / (bd * price.num);
  let seize = seizeFor(repay);
  if (seize > pos.collateral) {
    seize = pos.collateral;
    // the debt that all of the collateral covers: collateral × price / (1 + bonus), rounded down
    repay = (pos.collateral * price.num * bd) / (price.den * (bd + bn));
  }
  return { repay, seize, closeFactor };
}

interface Candidate {
  market: LendingMarket;
  pos: Position;
  hf: bigint;
}

/** Every liquidatable position, the unhealthiest first (ties: market order, then position order). */
export function liquidatablePositions(world: World): Candidate[] {
  const out: Candidate[] = [];
  for (const market of Object.values(world.markets.lending)) {
    for (const id of market.order) {
      const pos = market.positions[id];
      if (pos && isLiquidatable(world, market, pos)) out.push({ market, pos, hf: healthFactor(world, market, pos)! });
    }
  }
  // stable sort keeps the insertion order for equal HFs
  return out.sort((a, b) => (a.hf < b.hf ? -1 : a.hf > b.hf ? 1 : 0));
}

/**
 * Liquidates until no position is liquidatable. Each liquidation's parent is the price move that made it
 * possible: the latest sale into the pool its oracle reads, or `cause` for the first one. Returns the step ids.
 */
export function settleLiquidations(ctx: Ctx, cause: number | null): number[] {
  const { world } = ctx;
  const steps: number[] = [];
  /** Last step that moved each oracle (key: pool id, or `redemption`). */
  const lastMove = new Map<string, number | null>();
  const stuck = new Set<string>();
  for (let guard = 0; guard < 10_000; guard++) {
    const next = liquidatablePositions(world).find((c) => !stuck.has(`${c.market.id}/${c.pos.id}`));
    if (!next) break;
    const params = collateralParams(next.market, next.pos.asset);
    const key = params.oracle === 'pool' && params.pool ? params.pool : 'redemption';
    const parent = lastMove.has(key) ? lastMove.get(key)! : cause;
    const r = liquidate(ctx, next.market, next.pos, next.hf, parent);
    if (!r) {
      stuck.add(`${next.market.id}/${next.pos.id}`);
      continue;
    }
    steps.push(r.step);
    if (r.sale && params.pool) lastMove.set(params.pool, r.sale);
  }
  return steps;
}

/** One liquidation: repay, seize, and sell the seized collateral into the pool. Null if it cannot happen. */
function liquidate(
  ctx: Ctx,
  market: LendingMarket,
  pos: Position,
  hf: bigint,
  parent: number | null,
): { step: number; sale: number | null } | null {
  const { world } = ctx;
  if (!market.liquidator) return null;
  const liq = market.liquidator;
  const liqAcct = holderAccount(liq);
  const params = collateralParams(market, pos.asset);
  const price = oraclePrice(world, market, pos.asset);
  const budget = balanceOf(world.ledger, 'ETH', liqAcct);
  const a = liquidationAmounts(pos, params, price, hf, market, budget);
  if (a.repay === 0n || a.seize === 0n) return null;
  const movements = [
    transfer(world.ledger, 'ETH', liqAcct, reserveAccount(market.id), a.repay, 'liquidation'),
    transfer(world.ledger, pos.asset, collateralAccount(market.id), liqAcct, a.seize, 'liquidation'),
  ];
  pos.debt -= a.repay;
  pos.collateral -= a.seize;
  const amounts: Record<string, bigint> = {
    repaid: a.repay,
    seized: a.seize,
    healthFactorWad: hf,
    priceWad: toWad(price),
  };
  let badDebt: bigint | null = null;
  if (pos.collateral === 0n && pos.debt > 0n) {
    market.badDebt += pos.debt;
    amounts.badDebt = pos.debt;
    badDebt = pos.debt;
    pos.debt = 0n;
  }
  const step = ctx.trace.step({
    kind: 'market.liquidation',
    layer: 'market',
    entities: [pos.borrower, market.id, liq, pos.id],
    amounts,
    movements,
    parent,
    message: say('markets.liquidation', {
      borrower: holderName(world, pos.borrower),
      market: market.name ?? market.id,
      healthFactor: hf,
      price,
      positionAsset: pos.asset,
      liquidator: holderName(world, liq),
      repay: a.repay,
      seize: a.seize,
      badDebt,
    }),
  });
  let sale: number | null = null;
  if (params.pool) {
    const pool = getPool(world, params.pool);
    if (pool.asset === pos.asset) {
      sale = swap(
        ctx,
        {
          account: liqAcct,
          who: holderName(world, liq),
          entity: liq,
          poolId: pool.id,
          sell: pos.asset,
          amount: a.seize,
          kind: 'market.liquidationSale',
        },
        step,
      ).step;
    }
  }
  if (pos.debt === 0n && pos.collateral === 0n) {
    delete market.positions[pos.id];
    market.order = market.order.filter((x) => x !== pos.id);
  }
  return { step, sale };
}

/** Liquidates whatever a change below the markets made unhealthy; returns the step ids. */
export function checkMarkets(ctx: Ctx, cause: number | null): number[] {
  const due = liquidatablePositions(ctx.world);
  if (due.length === 0) return [];
  const first = due[0];
  const price = oraclePrice(ctx.world, first.market, first.pos.asset);
  const step = ctx.trace.step({
    kind: 'market.oracle',
    layer: 'market',
    entities: [first.market.id, first.pos.asset],
    amounts: { priceWad: (price.num * 10n ** 18n) / price.den },
    parent: cause,
    message: say('markets.oracle', { positionAsset: first.pos.asset, price, dueCount: due.length }),
  });
  return [step, ...settleLiquidations(ctx, step)];
}
