/**
 * MsgEditValidator's commission rule (x/staking types/commission.go ValidateNewRate): at most once per 24 hours,
 * never above MaxRate, and by at most MaxChangeRate per change.
 */
import { RefusedEvent } from '../../errors';
import type { Ctx } from '../../module';
import { getValidator } from './chain';
import { decFromFraction } from './dec';
import type { CosmosSetCommission } from './events';
import { COMMISSION_CHANGE_INTERVAL_EPOCHS } from './params';
import { say } from '../../messages/say';

export function applySetCommission(ctx: Ctx, e: CosmosSetCommission): void {
  const { world } = ctx;
  const v = getValidator(world, e.validator);
  const c = v.commission;
  const rate = decFromFraction(e.rate);
  const next = c.updateEpoch + COMMISSION_CHANGE_INTERVAL_EPOCHS;
  if (world.epoch < next) {
    throw new RefusedEvent(
      say('cosmos.refused.lastChangedCommission', { validator: v.name, updateEpoch: c.updateEpoch, next }),
    );
  }
  if (rate > c.maxRate) {
    throw new RefusedEvent(
      say('cosmos.refused.aboveMaximumCommission', { rate, validator: v.name, maxRate: c.maxRate }),
    );
  }
  const delta = rate > c.rate ? rate - c.rate : c.rate - rate;
  if (delta > c.maxChangeRate) {
    const up = c.rate + c.maxChangeRate;
    const low = c.rate > c.maxChangeRate ? c.rate - c.maxChangeRate : 0n;
    throw new RefusedEvent(
      say('cosmos.refused.mayMoveCommission', {
        validator: v.name,
        maxChangeRate: c.maxChangeRate,
        rate: c.rate,
        low,
        up,
        maxRate: c.maxRate,
      }),
    );
  }
  const old = c.rate;
  c.rate = rate;
  c.updateEpoch = world.epoch;
  ctx.trace.step({
    kind: 'cosmos.commission',
    layer: 'chain',
    entities: [v.id, v.operator],
    amounts: {},
    message: say('cosmos.commission', { validator: v.name, old, rate }),
  });
}
