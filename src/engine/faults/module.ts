/**
 * The fault catalogue as an EngineModule: it owns the Fault event (faults/events.ts), which the cascade tracer
 * applies through every layer (faults/cascade.ts), and the downtime schedule: the clock stops when offline
 * validators come back, and they are brought back online then. Registered last, after markets, because a
 * cascade reads every other model.
 */
import type { EngineModule } from '../module';
import { applyFault, bringBackOnline } from './cascade';

export const faultsModule: EngineModule = {
  name: 'faults',
  apply(ctx, event) {
    if (event.type !== 'Fault') return false;
    applyFault(ctx, event);
    return true;
  },
  nextBoundary(world) {
    let next: number | null = null;
    for (const e of Object.values(world.faults?.offlineUntil ?? {}))
      if (e > world.epoch && (next === null || e < next)) next = e;
    return next;
  },
  atEpoch(ctx) {
    bringBackOnline(ctx);
  },
};
