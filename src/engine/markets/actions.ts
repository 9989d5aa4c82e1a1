/** What a holder does in the markets: swap in a pool, supply, borrow, repay, withdraw. Each may trigger liquidations. */
import { RefusedEvent } from '../errors';
import { balanceOf, transfer } from '../ledger/ledger';
import type { Ctx } from '../module';
import { holderAccount } from '../world';
import type { LendingEvent, SwapEvent } from './events';
import { amountOf, formatRatio, nameOf } from './format';
import { borrowLimit, collateralParams, getMarket, healthFactor, settleLiquidations, WAD } from './lending';
import { swap } from './pool';
import { collateralAccount, reserveAccount, type Position } from './state';

function requireHolder(ctx: Ctx, id: string): void {
  if (!ctx.world.holders[id]) throw new RefusedEvent(`there is no holder "${id}"`);
}

export function applySwap(ctx: Ctx, e: SwapEvent): void {
  requireHolder(ctx, e.holder);
  const r = swap(ctx, { account: holderAccount(e.holder), who: nameOf(ctx.world, e.holder), entity: e.holder, poolId: e.pool, sell: e.sell, amount: e.amount }, null);
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
    throw new RefusedEvent(`position "${id}" belongs to ${nameOf(world, pos.borrower)} and holds ${pos.asset}; name your own position`);
  }
  const acct = holderAccount(e.holder);
  const who = nameOf(world, e.holder);
  const hfText = (p: Position): string => {
    const hf = healthFactor(world, market, p);
    return hf === null ? 'no debt' : `health factor ${formatRatio({ num: hf, den: WAD }, 4)}`;
  };
  if (e.type === 'Supply') {
    const have = balanceOf(world.ledger, e.asset, acct);
    if (have < e.amount) throw new RefusedEvent(`${who} holds only ${amountOf(have, e.asset)}; supply at most that`);
    if (!pos) {
      pos = { id, borrower: e.holder, asset: e.asset, collateral: 0n, debt: 0n };
      market.positions[id] = pos;
      market.order.push(id);
    }
    const m = transfer(world.ledger, e.asset, acct, collateralAccount(market.id), e.amount, 'deposit');
    pos.collateral += e.amount;
    ctx.trace.step({ kind: 'market.supply', layer: 'market', entities: [e.holder, market.id, id], amounts: { collateral: e.amount }, movements: [m], text: `${who} deposits ${amountOf(e.amount, e.asset)} as collateral in ${market.id} (${hfText(pos)}).` });
    return;
  }
  if (!pos) throw new RefusedEvent(`${who} has no ${e.asset} position in ${market.id}; supply collateral first`);
  if (e.type === 'Borrow') {
    const limit = borrowLimit(world, market, pos);
    if (pos.debt + e.amount > limit) {
      throw new RefusedEvent(`${who} can borrow at most ${amountOf(limit > pos.debt ? limit - pos.debt : 0n, 'ETH')} more against this collateral (its loan-to-value limit); borrow less or supply more`);
    }
    const reserve = balanceOf(world.ledger, 'ETH', reserveAccount(market.id));
    if (reserve < e.amount) throw new RefusedEvent(`${market.id} has only ${amountOf(reserve, 'ETH')} left to lend`);
    const m = transfer(world.ledger, 'ETH', reserveAccount(market.id), acct, e.amount, 'loan');
    pos.debt += e.amount;
    ctx.trace.step({ kind: 'market.borrow', layer: 'market', entities: [e.holder, market.id, id], amounts: { borrowed: e.amount, debt: pos.debt }, movements: [m], text: `${who} borrows ${amountOf(e.amount, 'ETH')} from ${market.id} (${hfText(pos)}).` });
    return;
  }
  if (e.type === 'Repay') {
    const amount = e.amount > pos.debt ? pos.debt : e.amount;
    if (amount === 0n) throw new RefusedEvent(`${who} owes nothing on this position`);
    const have = balanceOf(world.ledger, 'ETH', acct);
    if (have < amount) throw new RefusedEvent(`${who} has only ${amountOf(have, 'ETH')}; repay at most that`);
    const m = transfer(world.ledger, 'ETH', acct, reserveAccount(market.id), amount, 'repay');
    pos.debt -= amount;
    ctx.trace.step({ kind: 'market.repay', layer: 'market', entities: [e.holder, market.id, id], amounts: { repaid: amount, debt: pos.debt }, movements: [m], text: `${who} repays ${amountOf(amount, 'ETH')} to ${market.id} (${hfText(pos)}).` });
    return;
  }
  // Withdraw
  if (e.amount > pos.collateral) throw new RefusedEvent(`${who} has only ${amountOf(pos.collateral, e.asset)} of collateral here`);
  pos.collateral -= e.amount;
  if (pos.debt > borrowLimit(world, market, pos)) {
    pos.collateral += e.amount;
    throw new RefusedEvent(`withdrawing ${amountOf(e.amount, e.asset)} would leave ${who}'s debt above the loan-to-value limit; repay first or withdraw less`);
  }
  const m = transfer(world.ledger, e.asset, collateralAccount(market.id), acct, e.amount, 'withdrawal');
  ctx.trace.step({ kind: 'market.withdraw', layer: 'market', entities: [e.holder, market.id, id], amounts: { withdrawn: e.amount }, movements: [m], text: `${who} takes ${amountOf(e.amount, e.asset)} of collateral back from ${market.id} (${hfText(pos)}).` });
}
