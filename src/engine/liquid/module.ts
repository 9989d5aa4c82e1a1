/**
 * The liquid staking model as an EngineModule: Lido-like and Rocket-Pool-like pools. It owns the Lido and Rocket
 * events, runs the daily oracle reports at each day boundary (after the chain has advanced to it), distributes
 * minipools whose validators were withdrawn, and checks each pool's invariants after every event.
 */
import type { EngineModule, Ctx } from '../module';
import { EngineError, RefusedEvent } from '../errors';
import { balanceOf, totals } from '../ledger/ledger';
import type { SimEvent } from '../events';
import { EPOCHS_PER_DAY } from '../time';
import type { World } from '../world';
import { parseEth } from '../ledger/amount';
import { lidoAccount, rEthAsset, stEthAsset, wstEthAsset } from './accounts';
import type { LiquidEvent } from './events';
import { getLidoPool } from './lido/shareRate';
import { submit, transferStEth, unwrap, wrap } from './lido/token';
import { claimWithdrawal, requestWithdrawal } from './lido/withdrawalQueue';
import { oracleReport } from './lido/oracleReport';
import { getRocketPool } from './rocket/exchangeRate';
import {
  burnReth,
  createMinipool,
  depositForReth,
  distributeWithdrawn,
  exitMinipool,
  reportBalances,
  rethSupply,
} from './rocket/pool';
import { say } from '../messages/say';
import { initLiquid } from './scenario';

const LIQUID_EVENTS = new Set<string>([
  'LidoSubmit',
  'LidoTransfer',
  'LidoWrap',
  'LidoUnwrap',
  'LidoRequestWithdrawal',
  'LidoClaim',
  'RocketDeposit',
  'RocketBurn',
  'RocketCreateMinipool',
  'RocketExitMinipool',
  'RocketSetRplPrice',
]);

function lidoPool(world: World, id: string) {
  if (!world.liquid.lido[id])
    throw new RefusedEvent(say('liquid.refused.noLidoPool', { id, pools: Object.keys(world.liquid.lido).join(', ') }));
  return getLidoPool(world, id);
}

function rocketPool(world: World, id: string) {
  if (!world.liquid.rocket[id])
    throw new RefusedEvent(
      say('liquid.refused.noRocketPool', { id, pools: Object.keys(world.liquid.rocket).join(', ') }),
    );
  return getRocketPool(world, id);
}

function holder(world: World, id: string): string {
  if (!world.holders[id]) throw new RefusedEvent(say('system.refused.noHolder', { holder: id }));
  return id;
}

export function applyLiquidEvent(ctx: Ctx, e: LiquidEvent): void {
  const { world } = ctx;
  switch (e.type) {
    case 'LidoSubmit':
      submit(ctx, lidoPool(world, e.pool), holder(world, e.holder), e.amount);
      return;
    case 'LidoTransfer':
      transferStEth(ctx, lidoPool(world, e.pool), holder(world, e.from), holder(world, e.to), e.amount);
      return;
    case 'LidoWrap':
      wrap(ctx, lidoPool(world, e.pool), holder(world, e.holder), e.amount);
      return;
    case 'LidoUnwrap':
      unwrap(ctx, lidoPool(world, e.pool), holder(world, e.holder), e.amount);
      return;
    case 'LidoRequestWithdrawal':
      requestWithdrawal(ctx, lidoPool(world, e.pool), holder(world, e.holder), e.amount);
      return;
    case 'LidoClaim':
      claimWithdrawal(ctx, lidoPool(world, e.pool), holder(world, e.holder), e.request);
      return;
    case 'RocketDeposit':
      depositForReth(ctx, rocketPool(world, e.pool), holder(world, e.holder), e.amount);
      return;
    case 'RocketBurn':
      burnReth(ctx, rocketPool(world, e.pool), holder(world, e.holder), e.amount);
      return;
    case 'RocketCreateMinipool':
      createMinipool(ctx, rocketPool(world, e.pool), e.node, e.minipool, parseEth(e.bond));
      return;
    case 'RocketExitMinipool':
      exitMinipool(ctx, rocketPool(world, e.pool), e.minipool);
      return;
    case 'RocketSetRplPrice': {
      const p = rocketPool(world, e.pool);
      if (e.rplPriceEth <= 0n) throw new RefusedEvent(say('liquid.refused.rplPriceZero'));
      const was = p.rplPrice;
      p.rplPrice = e.rplPriceEth;
      ctx.trace.step({
        kind: 'rocket.rplPrice',
        layer: 'liquid',
        entities: [p.id],
        amounts: { was, now: p.rplPrice },
        message: say('liquid.rocket.rplPrice', { rplPrice: p.rplPrice, was }),
      });
      return;
    }
  }
}

const hasPools = (world: World): boolean =>
  Object.keys(world.liquid.lido).length > 0 || Object.keys(world.liquid.rocket).length > 0;

export const liquidModule: EngineModule = {
  name: 'liquid',
  init(ctx, scenario) {
    // the section was checked by the scenario schema (scenario/schema.ts) before any fold
    if (scenario.liquid) initLiquid(ctx, scenario.liquid as Parameters<typeof initLiquid>[1]);
  },

  apply(ctx, event: SimEvent) {
    if (!LIQUID_EVENTS.has(event.type)) return false;
    applyLiquidEvent(ctx, event as LiquidEvent);
    return true;
  },

  /** Oracle reports happen at every day boundary (epoch 225, 450, ...). */
  nextBoundary(world) {
    if (!hasPools(world)) return null;
    return (Math.floor(world.epoch / EPOCHS_PER_DAY) + 1) * EPOCHS_PER_DAY;
  },

  atEpoch(ctx) {
    const { world } = ctx;
    // Minipools whose validators were withdrawn at this stop are split first, so the report counts the result.
    for (const p of Object.values(world.liquid.rocket)) distributeWithdrawn(ctx, p);
    if (world.epoch % EPOCHS_PER_DAY !== 0) return;
    for (const p of Object.values(world.liquid.lido)) {
      if (p.lastReportEpoch !== world.epoch) oracleReport(ctx, p);
    }
    for (const p of Object.values(world.liquid.rocket)) {
      if (p.lastReportEpoch !== world.epoch) reportBalances(ctx, p);
    }
  },

  check(world) {
    for (const p of Object.values(world.liquid.lido)) {
      const t = totals(world.ledger, stEthAsset(p.id));
      if (t.total !== p.totalShares) {
        throw new EngineError(`${p.id}: the holders' shares add up to ${t.total} but the pool counts ${p.totalShares}`);
      }
      const wrapped = totals(world.ledger, wstEthAsset(p.id)).total;
      const backing = balanceOf(world.ledger, stEthAsset(p.id), lidoAccount.wsteth(p.id));
      if (backing < wrapped) throw new EngineError(`${p.id}: ${wrapped} wstETH are backed by only ${backing} shares`);
      let locked = 0n;
      let queued = 0n;
      for (const id of p.queue) {
        const r = p.requests[id];
        if (r.status === 'finalized') locked += r.claimableEth ?? 0n;
        if (r.status === 'requested') queued += r.shares;
      }
      if (balanceOf(world.ledger, 'ETH', lidoAccount.queue(p.id)) !== locked) {
        throw new EngineError(
          `${p.id}: the queue holds ${balanceOf(world.ledger, 'ETH', lidoAccount.queue(p.id))} gwei but owes ${locked} to finalized requests`,
        );
      }
      if (balanceOf(world.ledger, stEthAsset(p.id), lidoAccount.queue(p.id)) !== queued) {
        throw new EngineError(`${p.id}: the queue holds shares that belong to no pending request`);
      }
      if (p.clValidators > p.depositedValidators)
        throw new EngineError(`${p.id}: more validators reported than deposited`);
    }
    for (const p of Object.values(world.liquid.rocket)) {
      if (totals(world.ledger, rEthAsset(p.id)).total !== rethSupply(world, p)) {
        throw new EngineError(`${p.id}: rETH supply does not match the ledger`);
      }
      for (const id of p.minipoolOrder) {
        const mp = p.minipools[id];
        if (mp.nodeCapital + mp.userCapital !== 32_000_000_000n)
          throw new EngineError(`${p.id}: minipool ${id} capital is not 32 ETH`);
      }
    }
  },
};
