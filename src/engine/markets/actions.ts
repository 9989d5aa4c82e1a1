/** What a holder does in the markets: swap in a pool, supply, borrow, repay, withdraw. Each may trigger liquidations. */
import { RefusedEvent } from '../errors';
import { balanceOf, transfer } from '../ledger/ledger';
import type { Ctx } from '../module';
import { holderAccount } from '../world';
import type { LendingEvent, SwapEvent } from './events';
import { holderName } from '../accountNames';
import { borrowLimit, collateralParams, getMarket, healthFactor, settleLiquidations } from './lending';
import { swap } from './pool';
import { collateralAccount, reserveAccount, type Position } from './state';
import { say } from '../messages/say';

function requireHolder(ctx: Ctx, id: string): void {
  if (!ctx.world.holders[id]) throw new RefusedEvent(say('system.refused.noHolder', { holder: id }));
}

export function applySwap(ctx: Ctx, e: SwapEvent): void {
  requireHolder(ctx, e.holder);
  const r = swap(
    ctx,
    {
      account: holderAccount(e.holder),
      who: holderName(ctx.world, e.holder),
      entity: e.holder,
      poolId: e.pool,
      sell: e.sell,
      amount: e.amount,
    },
    null,
  );
  settleLiquidations(ctx, r.step);
}

export function applyLending(ctx: Ctx, e: LendingEvent): void {
  const { world } = ctx;
  requireHolder(ctx, e.holder);
  const market = getMarket(world, e.market);
  collateralParams(market, e.asset);
  const id = e.position ?? `${e.holder}/${e.asset}`;
  let pos: Position | undefined = market.positions[id];
  if (pos && (pos.borrower !== e.holder || pos.asset !== e.asset)) {
    throw new RefusedEvent(
      say('markets.refused.notYourPosition', {
        id,
        borrower: holderName(world, pos.borrower),
        positionAsset: pos.asset,
      }),
    );
  }
  const acct = holderAccount(e.holder);
  const who = holderName(world, e.holder);
  if (e.type === 'Supply') {
    const have = balanceOf(world.ledger, e.asset, acct);
    if (have < e.amount) throw new RefusedEvent(say('markets.refused.supplyOverdraft', { who, have, asset: e.asset }));
    if (!pos) {
      pos = { id, borrower: e.holder, asset: e.asset, collateral: 0n, debt: 0n };
      market.positions[id] = pos;
      market.order.push(id);
    }
    const m = transfer(world.ledger, e.asset, acct, collateralAccount(market.id), e.amount, 'deposit');
    pos.collateral += e.amount;
    ctx.trace.step({
      kind: 'market.supply',
      layer: 'market',
      entities: [e.holder, market.id, id],
      amounts: { collateral: e.amount },
      movements: [m],
      message: say('markets.supply', {
        who,
        amount: e.amount,
        asset: e.asset,
        market: market.name ?? market.id,
        healthFactor: healthFactor(world, market, pos),
      }),
    });
    return;
  }
  if (!pos)
    throw new RefusedEvent(
      say('markets.refused.noPosition', { who, asset: e.asset, market: market.name ?? market.id }),
    );
  if (e.type === 'Borrow') {
    const limit = borrowLimit(world, market, pos);
    if (pos.debt + e.amount > limit) {
      throw new RefusedEvent(
        say('markets.refused.borrowOverLimit', { who, room: limit > pos.debt ? limit - pos.debt : 0n }),
      );
    }
    const reserve = balanceOf(world.ledger, 'ETH', reserveAccount(market.id));
    if (reserve < e.amount)
      throw new RefusedEvent(say('markets.refused.reserveShort', { market: market.name ?? market.id, reserve }));
    const m = transfer(world.ledger, 'ETH', reserveAccount(market.id), acct, e.amount, 'loan');
    pos.debt += e.amount;
    ctx.trace.step({
      kind: 'market.borrow',
      layer: 'market',
      entities: [e.holder, market.id, id],
      amounts: { borrowed: e.amount, debt: pos.debt },
      movements: [m],
      message: say('markets.borrow', {
        who,
        amount: e.amount,
        market: market.name ?? market.id,
        healthFactor: healthFactor(world, market, pos),
      }),
    });
    return;
  }
  if (e.type === 'Repay') {
    const amount = e.amount > pos.debt ? pos.debt : e.amount;
    if (amount === 0n) throw new RefusedEvent(say('markets.refused.noDebt', { who }));
    const have = balanceOf(world.ledger, 'ETH', acct);
    if (have < amount) throw new RefusedEvent(say('markets.refused.repayOverdraft', { who, have }));
    const m = transfer(world.ledger, 'ETH', acct, reserveAccount(market.id), amount, 'repay');
    pos.debt -= amount;
    ctx.trace.step({
      kind: 'market.repay',
      layer: 'market',
      entities: [e.holder, market.id, id],
      amounts: { repaid: amount, debt: pos.debt },
      movements: [m],
      message: say('markets.repay', {
        who,
        amount,
        market: market.name ?? market.id,
        healthFactor: healthFactor(world, market, pos),
      }),
    });
    return;
  }
  // Withdraw
  if (e.amount > pos.collateral)
    throw new RefusedEvent(
      say('markets.refused.withdrawOverdraft', { who, collateral: pos.collateral, asset: e.asset }),
    );
  pos.collateral -= e.amount;
  if (pos.debt > borrowLimit(world, market, pos)) {
    pos.collateral += e.amount;
    throw new RefusedEvent(say('markets.refused.withdrawOverLimit', { amount: e.amount, asset: e.asset, who }));
  }
  const m = transfer(world.ledger, e.asset, collateralAccount(market.id), acct, e.amount, 'withdrawal');
  ctx.trace.step({
    kind: 'market.withdraw',
    layer: 'market',
    entities: [e.holder, market.id, id],
    amounts: { withdrawn: e.amount },
    movements: [m],
    message: say('markets.withdraw', {
      who,
      amount: e.amount,
      asset: e.asset,
      market: market.name ?? market.id,
      healthFactor: healthFactor(world, market, pos),
    }),
  });
}
