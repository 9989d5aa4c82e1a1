/**
 * The two faults x/slashing and x/evidence punish, and the way back (MsgUnjail):
 * - double sign: slashed SlashFractionDoubleSign of its power at the infraction, jailed forever and tombstoned
 *   (never unjails; a tombstoned validator's later evidence is ignored, so it is never slashed twice for it);
 * - downtime: slashed SlashFractionDowntime of its power now, jailed for DowntimeJailDuration, no tombstone.
 * Jailed validators leave the active set and earn nothing.
 */
import { RefusedEvent } from '../../errors';
import type { Ctx } from '../../module';
import { EPOCHS_PER_DAY, SECONDS_PER_EPOCH } from '../../time';
import { delegationShares, getValidator, poolOf } from './chain';
import type { CosmosDoubleSign, CosmosDowntime, CosmosUnjail } from './events';
import { stepValue } from './machineStep';
import { tokenValue } from './shares';
import { slash } from './slash';
import type { CosmosValidator } from './state';
import { validatorMachine } from './validatorMachine';

function tombstonedRefusal(v: CosmosValidator): RefusedEvent {
  return new RefusedEvent(`${v.name} is tombstoned for double signing: it was already slashed for it, is jailed forever, and the chain ignores any further evidence against it`);
}

export function applyDoubleSign(ctx: Ctx, e: CosmosDoubleSign): void {
  const { world } = ctx;
  const c = world.cosmos;
  const v = getValidator(world, e.validator);
  if (v.status === 'tombstoned') throw tombstonedRefusal(v);
  const infraction = e.infractionEpoch ?? world.epoch;
  if (infraction > world.epoch) {
    throw new RefusedEvent(`evidence cannot be about the future: the infraction epoch ${infraction} is after now (epoch ${world.epoch})`);
  }
  if (infraction < world.epoch - c.params.unbondingEpochs) {
    throw new RefusedEvent(`evidence from epoch ${infraction} is older than the ${c.params.unbondingDays}-day unbonding period, so the chain no longer accepts it (the stake involved may have left); report infractions within ${c.params.unbondingDays} days`);
  }
  const parent = ctx.trace.step({
    kind: 'cosmos.evidence.doubleSign',
    layer: 'chain',
    entities: [v.id],
    amounts: {},
    text: `Evidence lands on chain that validator ${v.name} signed two different blocks at the same height (epoch ${infraction}): a double sign.`,
  });
  slash(ctx, v.id, infraction, c.params.slashFractionDoubleSign, 'double signing', parent);
  if (v.status === 'bonded') {
    v.status = stepValue(validatorMachine, v.status, { type: 'JAIL' }) as CosmosValidator['status'];
    ctx.trace.step({
      kind: 'cosmos.jail',
      layer: 'chain',
      entities: [v.id],
      amounts: {},
      parent,
      text: `${v.name} is jailed: it leaves the active set and it and its delegators earn no rewards.`,
    });
  }
  v.status = stepValue(validatorMachine, v.status, { type: 'TOMBSTONE' }) as CosmosValidator['status'];
  v.jailedUntil = null;
  ctx.trace.step({
    kind: 'cosmos.tombstone',
    layer: 'chain',
    entities: [v.id],
    amounts: {},
    parent,
    text: `${v.name} is tombstoned: it can never unjail, so its delegators must undelegate or redelegate (${c.params.unbondingDays}-day unbonding) to earn again.`,
  });
}

export function applyDowntime(ctx: Ctx, e: CosmosDowntime): void {
  const { world } = ctx;
  const c = world.cosmos;
  const v = getValidator(world, e.validator);
  if (v.status === 'tombstoned') throw tombstonedRefusal(v);
  if (v.status === 'jailed') {
    throw new RefusedEvent(`${v.name} is already jailed, so it is out of the active set and cannot miss blocks; unjail it first`);
  }
  const parent = ctx.trace.step({
    kind: 'cosmos.liveness.downtime',
    layer: 'chain',
    entities: [v.id],
    amounts: {},
    text: `Validator ${v.name} missed too many blocks of its signing window (on the Hub, more than 9,500 of the last 10,000), so the chain punishes it for downtime.`,
  });
  slash(ctx, v.id, world.epoch, c.params.slashFractionDowntime, 'downtime', parent);
  v.status = stepValue(validatorMachine, v.status, { type: 'JAIL' }) as CosmosValidator['status'];
  v.jailedUntil = world.epoch + c.params.downtimeJailEpochs;
  ctx.trace.step({
    kind: 'cosmos.jail',
    layer: 'chain',
    entities: [v.id],
    amounts: {},
    parent,
    text: `${v.name} is jailed for ${c.params.downtimeJailSeconds / 60} minutes (until epoch ${v.jailedUntil}): it earns nothing until its operator sends an unjail transaction after that.`,
  });
}

export function applyUnjail(ctx: Ctx, e: CosmosUnjail): void {
  const { world } = ctx;
  const v = getValidator(world, e.validator);
  if (v.status === 'tombstoned') {
    throw new RefusedEvent(`${v.name} was tombstoned for double signing and can never unjail; its delegators can only undelegate or redelegate`);
  }
  if (v.status !== 'jailed' || v.jailedUntil === null) throw new RefusedEvent(`${v.name} is not jailed, so there is nothing to unjail`);
  if (world.epoch < v.jailedUntil) {
    const wait = v.jailedUntil - world.epoch;
    throw new RefusedEvent(`${v.name} is jailed until epoch ${v.jailedUntil} (${wait} epoch${wait === 1 ? '' : 's'}, about ${Math.ceil((wait * SECONDS_PER_EPOCH) / 60)} minutes, from now); send the unjail then`);
  }
  if (tokenValue(poolOf(world, v.id), delegationShares(world, v.id, v.operator)) === 0n) {
    throw new RefusedEvent(`${v.name}'s operator has no self-delegation left, and the chain requires one to unjail; the operator must delegate to it first`);
  }
  v.status = stepValue(validatorMachine, v.status, { type: 'UNJAIL', now: world.epoch, jailedUntil: v.jailedUntil }) as CosmosValidator['status'];
  v.jailedUntil = null;
  ctx.trace.step({
    kind: 'cosmos.unjail',
    layer: 'chain',
    entities: [v.id],
    amounts: {},
    text: `${v.name} has served its jail time and is unjailed: it is bonded again and earns rewards from the next day's distribution (day ${Math.floor(world.epoch / EPOCHS_PER_DAY) + 1}).`,
  });
}
