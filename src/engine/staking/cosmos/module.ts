/** The Cosmos-like delegated staking model as an EngineModule: its events, its daily rewards, its entries. */
import type { EngineModule } from '../../module';
import { EPOCHS_PER_DAY } from '../../time';
import { pruneTokenHistory } from './chain';
import { applySetCommission } from './commission';
import { applyDelegate, applyRedelegate, applyUndelegate } from './delegation';
import { completeMatureEntries, nextCompletion } from './entries';
import { applyDoubleSign, applyDowntime, applyUnjail } from './infractions';
import { checkCosmos } from './invariants';
import { distributeDay } from './rewards';
import { applyWithdrawRewards } from './withdraw';
import { initCosmos } from './genesis';

export const cosmosModule: EngineModule = {
  name: 'cosmos',
  init(ctx, scenario) {
    // the section was checked by the scenario schema (scenario/schema.ts) before any fold
    if (scenario.cosmos) initCosmos(ctx, scenario.cosmos as Parameters<typeof initCosmos>[1]);
  },
  apply(ctx, event) {
    switch (event.type) {
      case 'CosmosDelegate':
        applyDelegate(ctx, event);
        return true;
      case 'CosmosUndelegate':
        applyUndelegate(ctx, event);
        return true;
      case 'CosmosRedelegate':
        applyRedelegate(ctx, event);
        return true;
      case 'CosmosDoubleSign':
        applyDoubleSign(ctx, event);
        return true;
      case 'CosmosDowntime':
        applyDowntime(ctx, event);
        return true;
      case 'CosmosUnjail':
        applyUnjail(ctx, event);
        return true;
      case 'CosmosSetCommission':
        applySetCommission(ctx, event);
        return true;
      case 'CosmosWithdrawRewards':
        applyWithdrawRewards(ctx, event);
        return true;
      default:
        return false;
    }
  },
  /** Stops at every day boundary (rewards) and at every entry's completion. */
  nextBoundary(world) {
    if (world.cosmos.order.length === 0) return null;
    const day = (Math.floor(world.epoch / EPOCHS_PER_DAY) + 1) * EPOCHS_PER_DAY;
    const entry = nextCompletion(world);
    return entry !== null && entry < day ? entry : day;
  },
  atEpoch(ctx) {
    const { world } = ctx;
    if (world.cosmos.order.length === 0) return;
    completeMatureEntries(ctx);
    if (world.epoch % EPOCHS_PER_DAY === 0) {
      distributeDay(ctx);
      for (const id of world.cosmos.order) pruneTokenHistory(world, id);
    }
  },
  check: checkCosmos,
};
