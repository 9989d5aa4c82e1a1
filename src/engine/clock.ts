/**
 * The passage of time: the clock moves forward through every model of the context, stopping at each epoch where
 * one of them has something scheduled. The fold runs it for an AdvanceTime event; a fault's cascade runs it to
 * let the consequences land. It takes the models from the context (not from registry.ts), so a model may run the
 * clock without importing the list it is itself part of.
 */
import { EngineError } from './errors';
import type { Ctx } from './module';
import { say } from './messages/say';

/**
 * Moves the clock forward by `epochs`, stopping at every epoch where some model has something scheduled, so that
 * a day stepped at once and 225 epochs stepped one by one give exactly the same world.
 */
export function advanceTime(ctx: Ctx, epochs: number): void {
  const { world, modules } = ctx;
  const target = world.epoch + epochs;
  const start = world.epoch;
  ctx.trace.step({
    kind: 'time.advance',
    layer: 'time',
    entities: [],
    amounts: {},
    message: say('system.time.advance', { epochs, start, target }),
  });
  while (world.epoch < target) {
    let next = target;
    for (const m of modules) {
      const b = m.nextBoundary?.(world);
      if (b !== null && b !== undefined) {
        if (b <= world.epoch) throw new EngineError(`${m.name}: boundary ${b} is not after epoch ${world.epoch}`);
        if (b < next) next = b;
      }
    }
    for (const m of modules) m.advance?.(ctx, next);
    world.epoch = next;
    for (const m of modules) m.atEpoch?.(ctx);
  }
}
