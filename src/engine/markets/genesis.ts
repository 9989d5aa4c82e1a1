/** Markets at genesis (the model's `init`, markets/module.ts): pools and lending markets from the scenario's section. */
import { EngineError } from '../errors';
import { balanceOf, transfer } from '../ledger/ledger';
import type { Ctx } from '../module';
import { holderAccount } from '../world';
import { holderName, poolName } from '../accountNames';
import { amountOf } from './format';
import { borrowLimit, getMarket, healthFactor, oraclePrice, valueOf } from './lending';
import { poolPrice, swap } from './pool';
import { collateralAccount, poolAccount, reserveAccount, type LendingMarket, type Position } from './state';
import { FEE_DENOMINATOR, A_PRECISION } from './stableSwap';
import { say } from '../messages/say';
import type { MarketsSection } from './scenario';

/** Curve's fee units from a fraction: 0.0004 -> 4_000_000 (of 1e10). */
const feeUnits = ([n, d]: [bigint, bigint]): bigint => (n * FEE_DENOMINATOR) / d;

export function initMarkets(ctx: Ctx, section: MarketsSection): void {
  const { world } = ctx;
  for (const p of section.pools) {
    if (world.markets.pools[p.id]) throw new EngineError(`pool "${p.id}" is defined twice`);
    if (!world.holders[p.provider]) throw new EngineError(`pool "${p.id}": there is no holder "${p.provider}"`);
    world.markets.pools[p.id] = {
      id: p.id,
      asset: p.asset,
      curve: p.curve,
      amp: BigInt(p.amplification) * A_PRECISION,
      fee: feeUnits(p.fee),
      rateScaled: p.rateScaled,
      provider: p.provider,
    };
    const from = holderAccount(p.provider);
    for (const [asset, amount] of [
      [p.asset, p.token],
      ['ETH', p.eth],
    ] as const) {
      const have = balanceOf(world.ledger, asset, from);
      if (have < amount)
        throw new EngineError(
          `pool "${p.id}": ${p.provider} has only ${amountOf(have, asset)}, not ${amountOf(amount, asset)}`,
        );
    }
    const movements = [
      transfer(world.ledger, p.asset, from, poolAccount(p.id), p.token, 'deposit'),
      transfer(world.ledger, 'ETH', from, poolAccount(p.id), p.eth, 'deposit'),
    ];
    ctx.trace.step({
      kind: 'genesis.pool',
      layer: 'market',
      entities: [p.id, p.provider],
      amounts: { token: p.token, eth: p.eth },
      movements,
      message: say('markets.genesis.pool', {
        provider: holderName(world, p.provider),
        curve: p.curve,
        id: poolName(world, p.id),
        token: p.token,
        asset: p.asset,
        eth: p.eth,
        poolPrice: poolPrice(world, p.id),
      }),
    });
  }
  for (const l of section.lending) {
    if (world.markets.lending[l.id]) throw new EngineError(`lending market "${l.id}" is defined twice`);
    for (const h of [l.supplier, l.liquidator])
      if (h && !world.holders[h]) throw new EngineError(`lending market "${l.id}": there is no holder "${h}"`);
    const market: LendingMarket = {
      id: l.id,
      ...(l.name === undefined ? {} : { name: l.name }),
      collateral: {},
      closeFactor: l.closeFactor,
      fullCloseBelow: l.fullCloseBelow,
      liquidator: l.liquidator ?? null,
      positions: {},
      order: [],
      badDebt: 0n,
    };
    for (const c of l.collateral) {
      if (c.oracle === 'pool' && !c.pool)
        throw new EngineError(`lending market "${l.id}": ${c.asset} uses the pool oracle but names no pool`);
      if (c.pool && !world.markets.pools[c.pool])
        throw new EngineError(`lending market "${l.id}": there is no pool "${c.pool}"`);
      if (c.ltv[0] * c.liquidationThreshold[1] > c.liquidationThreshold[0] * c.ltv[1]) {
        throw new EngineError(`lending market "${l.id}": ${c.asset}'s LTV must not exceed its liquidation threshold`);
      }
      market.collateral[c.asset] = {
        asset: c.asset,
        ltv: c.ltv,
        liquidationThreshold: c.liquidationThreshold,
        liquidationBonus: c.liquidationBonus,
        oracle: c.oracle,
        pool: c.pool ?? null,
      };
    }
    // only when given: a world built from a file without names stays byte-identical
    if (l.name) market.name = l.name;
    world.markets.lending[l.id] = market;
    const have = balanceOf(world.ledger, 'ETH', holderAccount(l.supplier));
    if (have < l.reserve)
      throw new EngineError(`lending market "${l.id}": ${l.supplier} has only ${amountOf(have, 'ETH')} to supply`);
    const m = transfer(world.ledger, 'ETH', holderAccount(l.supplier), reserveAccount(l.id), l.reserve, 'deposit');
    ctx.trace.step({
      kind: 'genesis.lending',
      layer: 'market',
      entities: [l.id, l.supplier],
      amounts: { reserve: l.reserve },
      movements: [m],
      message: say('markets.genesis.lending', {
        supplier: holderName(world, l.supplier),
        reserve: l.reserve,
        id: l.name ?? l.id,
        assets: l.collateral.map((c) => c.asset),
      }),
    });
    for (const p of l.positions) openGenesisPosition(ctx, market, p);
  }
}

type PositionSection = MarketsSection['lending'][number]['positions'][number];

function openGenesisPosition(ctx: Ctx, market: LendingMarket, p: PositionSection): void {
  const { world } = ctx;
  const id = p.id ?? `${p.borrower}/${p.asset}`;
  if (market.positions[id]) throw new EngineError(`lending market "${market.id}": position "${id}" is defined twice`);
  if (!world.holders[p.borrower])
    throw new EngineError(`lending market "${market.id}": there is no holder "${p.borrower}"`);
  const params = market.collateral[p.asset];
  if (!params) throw new EngineError(`lending market "${market.id}" does not accept ${p.asset}`);
  const pos: Position = { id, borrower: p.borrower, asset: p.asset, collateral: 0n, debt: 0n };
  market.positions[id] = pos;
  market.order.push(id);
  const acct = holderAccount(p.borrower);
  const deposit = (amount: bigint, parent: number | null): number => {
    const m = transfer(world.ledger, p.asset, acct, collateralAccount(market.id), amount, 'deposit');
    pos.collateral += amount;
    return ctx.trace.step({
      kind: 'market.supply',
      layer: 'market',
      entities: [p.borrower, market.id, id],
      amounts: { collateral: amount },
      movements: [m],
      parent,
      message: say('markets.genesis.supply', {
        borrower: holderName(world, p.borrower),
        amount,
        asset: p.asset,
        market: market.name ?? market.id,
      }),
    });
  };
  const borrow = (amount: bigint, parent: number | null): number => {
    const m = transfer(world.ledger, 'ETH', reserveAccount(market.id), acct, amount, 'loan');
    pos.debt += amount;
    return ctx.trace.step({
      kind: 'market.borrow',
      layer: 'market',
      entities: [p.borrower, market.id, id],
      amounts: { borrowed: amount, debt: pos.debt },
      movements: [m],
      parent,
      message: say('markets.genesis.borrow', {
        borrower: holderName(world, p.borrower),
        amount,
        market: market.name ?? market.id,
        debt: pos.debt,
      }),
    });
  };
  if (balanceOf(world.ledger, p.asset, acct) < p.collateral) {
    throw new EngineError(`position "${id}": ${p.borrower} does not hold ${amountOf(p.collateral, p.asset)}`);
  }
  let parent = deposit(p.collateral, null);
  const reserve = (): bigint => balanceOf(world.ledger, 'ETH', reserveAccount(market.id));
  if (p.borrow !== undefined && p.borrow > 0n) {
    if (p.borrow > borrowLimit(world, market, pos))
      throw new EngineError(`position "${id}": borrowing ${amountOf(p.borrow, 'ETH')} exceeds the LTV limit`);
    if (p.borrow > reserve())
      throw new EngineError(`position "${id}": the market has only ${amountOf(reserve(), 'ETH')} to lend`);
    borrow(p.borrow, parent);
  }
  if (p.loop) {
    if (!params.pool) throw new EngineError(`position "${id}": a loop needs a pool to buy ${p.asset} in`);
    const [ln, ld] = p.loop.ltv;
    if (ln * params.ltv[1] > params.ltv[0] * ld)
      throw new EngineError(`position "${id}": the loop's LTV exceeds the market's LTV`);
    for (let k = 0; k < p.loop.times; k++) {
      const limit = (valueOf(pos.collateral, oraclePrice(world, market, p.asset)) * ln) / ld;
      let amount = limit - pos.debt;
      if (amount > reserve()) amount = reserve();
      if (amount <= 0n) break;
      const b = borrow(amount, parent);
      const bought = swap(
        ctx,
        {
          account: acct,
          who: holderName(world, p.borrower),
          entity: p.borrower,
          poolId: params.pool,
          sell: 'ETH',
          amount,
        },
        b,
      );
      if (bought.out === 0n) break;
      parent = deposit(bought.out, bought.step);
    }
    const hf = healthFactor(world, getMarket(world, market.id), pos);
    ctx.trace.step({
      kind: 'market.loop',
      layer: 'market',
      entities: [p.borrower, market.id, id],
      amounts: { collateral: pos.collateral, debt: pos.debt, healthFactorWad: hf ?? 0n },
      parent,
      message: say('markets.loop', {
        times: p.loop.times,
        borrower: holderName(world, p.borrower),
        collateral: pos.collateral,
        asset: p.asset,
        debt: pos.debt,
        healthFactor: hf,
      }),
    });
  }
}
