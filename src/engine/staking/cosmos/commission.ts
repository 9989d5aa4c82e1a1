/**
 * MsgEditValidator's commission rule (x/staking types/commission.go ValidateNewRate): at most once per 24 hours,
 * never above MaxRate, and by at most MaxChangeRate per change.
 */
import { RefusedEvent } from '../../errors';
import type { Ctx } from '../../module';
import { getValidator } from './chain';
import { decFromFraction, formatPercent } from './dec';
import type { CosmosSetCommission } from './events';
import { COMMISSION_CHANGE_INTERVAL_EPOCHS } from './params';

export function applySetCommission(ctx: Ctx, e: CosmosSetCommission): void {
  const { world } = ctx;
  const v = getValidator(world, e.validator);
  const c = v.commission;
  const rate = decFromFraction(e.rate);
  const next = c.updateEpoch + COMMISSION_CHANGE_INTERVAL_EPOCHS;
  if (world.epoch < next) {
    throw new RefusedEvent(`${v.name} last changed its commission at epoch ${c.updateEpoch}; a validator may change it only once per 24 hours, so try again from epoch ${next}`);
  }
  if (rate > c.maxRate) {
    throw new RefusedEvent(`${formatPercent(rate)}% is above ${v.name}'s maximum commission of ${formatPercent(c.maxRate)}%, which was fixed when it was created and can never change; choose at most ${formatPercent(c.maxRate)}%`);
  }
  const delta = rate > c.rate ? rate - c.rate : c.rate - rate;
  if (delta > c.maxChangeRate) {
    const up = c.rate + c.maxChangeRate;
    const low = c.rate > c.maxChangeRate ? c.rate - c.maxChangeRate : 0n;
    throw new RefusedEvent(`${v.name} may move its commission by at most ${formatPercent(c.maxChangeRate)} percentage points a day: from ${formatPercent(c.rate)}% choose between ${formatPercent(low)}% and ${formatPercent(up < c.maxRate ? up : c.maxRate)}%`);
  }
  const old = c.rate;
  c.rate = rate;
  c.updateEpoch = world.epoch;
  ctx.trace.step({
    kind: 'cosmos.commission',
    layer: 'chain',
    entities: [v.id, v.operator],
    amounts: {},
    text: `${v.name} changes its commission from ${formatPercent(old)}% to ${formatPercent(rate)}%: from the next daily distribution its operator keeps ${formatPercent(rate)}% of the validator's rewards before the rest goes to delegators.`,
  });
}
