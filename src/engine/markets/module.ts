/**
 * The markets model as an EngineModule. At every clock stop it looks for positions that a rate change (an oracle
 * report, a slash) has made liquidatable, and liquidates them with the price move as their cause. (The Fault
 * event and the downtime schedule belong to the faults module: faults/module.ts.)
 */
import { EngineError } from '../errors';
import { balanceOf } from '../ledger/ledger';
import type { Ctx, EngineModule } from '../module';
import type { World } from '../world';
import { applyLending, applySwap } from './actions';
import { checkMarkets } from './lending';
import { collateralAccount } from './state';
import { initMarkets } from './genesis';

/** The latest step of a layer below markets: the likely cause of a price move seen at this clock stop. */
function latestCause(ctx: Ctx): number | null {
  for (let i = ctx.trace.steps.length - 1; i >= 0; i--) {
    const s = ctx.trace.steps[i];
    if (s.layer === 'liquid' || s.layer === 'restaking' || s.layer === 'chain' || s.layer === 'service') return s.id;
  }
  return null;
}

export const marketsModule: EngineModule = {
  name: 'markets',
  init(ctx, scenario) {
    // the section was checked by the scenario schema (scenario/schema.ts) before any fold
    if (scenario.markets) initMarkets(ctx, scenario.markets as Parameters<typeof initMarkets>[1]);
  },
  apply(ctx, event) {
    switch (event.type) {
      case 'Swap':
        applySwap(ctx, event);
        return true;
      case 'Supply':
      case 'Borrow':
      case 'Repay':
      case 'Withdraw':
        applyLending(ctx, event);
        return true;
      default:
        return false;
    }
  },
  atEpoch(ctx) {
    if (Object.keys(ctx.world.markets.lending).length === 0) return;
    checkMarkets(ctx, latestCause(ctx));
  },
  check(world: World) {
    for (const m of Object.values(world.markets.lending)) {
      const byAsset = new Map<string, bigint>();
      for (const p of Object.values(m.positions)) {
        if (p.collateral < 0n || p.debt < 0n) throw new EngineError(`market ${m.id}: position ${p.id} is negative`);
        byAsset.set(p.asset, (byAsset.get(p.asset) ?? 0n) + p.collateral);
      }
      for (const [asset, sum] of byAsset) {
        const held = balanceOf(world.ledger, asset, collateralAccount(m.id));
        if (held !== sum)
          throw new EngineError(
            `market ${m.id}: positions hold ${sum} ${asset} but the collateral account holds ${held}`,
          );
      }
    }
  },
};
