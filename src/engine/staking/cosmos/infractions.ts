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
import { EngineError } from '../../errors';
import { stepMachine } from '../../machines/step';
import { tokenValue } from './shares';
import { slash } from './slash';
import type { CosmosValidator } from './state';
import { cosmosValidatorSnapshot, validatorMachine, type ValidatorEvent } from './validatorMachine';
import { say } from '../../messages/say';

/**
 * Steps the validator's bond machine and stores its state; only for events the caller has already checked (the
 * refusals above each call explain what the machine would refuse), so a refusal here is an engine bug.
 */
function stepBond(ctx: Ctx, v: CosmosValidator, event: ValidatorEvent): void {
  const next = stepMachine(
    validatorMachine,
    cosmosValidatorSnapshot(v, ctx.world.cosmos.params.downtimeJailEpochs),
    event,
  );
  if (!next) throw new EngineError(`cosmos validator ${v.id}: ${event.type} is not possible while ${v.status}`);
  v.status = next.value as CosmosValidator['status'];
  v.jailedUntil = next.context.jailedUntil;
}

function tombstonedRefusal(v: CosmosValidator): RefusedEvent {
  return new RefusedEvent(say('cosmos.refused.evidenceTombstoned', { validator: v.name }));
}

export function applyDoubleSign(ctx: Ctx, e: CosmosDoubleSign): void {
  const { world } = ctx;
  const c = world.cosmos;
  const v = getValidator(world, e.validator);
  if (v.status === 'tombstoned') throw tombstonedRefusal(v);
  const infraction = e.infractionEpoch ?? world.epoch;
  if (infraction > world.epoch) {
    throw new RefusedEvent(say('cosmos.refused.evidenceAboutFuture', { infraction, epoch: world.epoch }));
  }
  if (infraction < world.epoch - c.params.unbondingEpochs) {
    throw new RefusedEvent(
      say('cosmos.refused.evidenceEpochOlder', { infraction, unbondingDays: c.params.unbondingDays }),
    );
  }
  const parent = ctx.trace.step({
    kind: 'cosmos.evidence.doubleSign',
    layer: 'chain',
    entities: [v.id],
    amounts: {},
    message: say('cosmos.evidence.doubleSign', { validator: v.name, infraction }),
  });
  slash(ctx, v.id, infraction, c.params.slashFractionDoubleSign, 'double signing', parent);
  if (v.status === 'bonded') {
    stepBond(ctx, v, { type: 'JAIL', epoch: world.epoch });
    ctx.trace.step({
      kind: 'cosmos.jail',
      layer: 'chain',
      entities: [v.id],
      amounts: {},
      parent,
      message: say('cosmos.jail', { validator: v.name }),
    });
  }
  stepBond(ctx, v, { type: 'TOMBSTONE' });
  ctx.trace.step({
    kind: 'cosmos.tombstone',
    layer: 'chain',
    entities: [v.id],
    amounts: {},
    parent,
    message: say('cosmos.tombstone', { validator: v.name, unbondingDays: c.params.unbondingDays }),
  });
}

export function applyDowntime(ctx: Ctx, e: CosmosDowntime): void {
  const { world } = ctx;
  const c = world.cosmos;
  const v = getValidator(world, e.validator);
  if (v.status === 'tombstoned') throw tombstonedRefusal(v);
  if (v.status === 'jailed') {
    throw new RefusedEvent(say('cosmos.refused.alreadyJailedOut', { validator: v.name }));
  }
  const parent = ctx.trace.step({
    kind: 'cosmos.liveness.downtime',
    layer: 'chain',
    entities: [v.id],
    amounts: {},
    message: say('cosmos.liveness.downtime', { validator: v.name }),
  });
  slash(ctx, v.id, world.epoch, c.params.slashFractionDowntime, 'downtime', parent);
  stepBond(ctx, v, { type: 'JAIL', epoch: world.epoch });
  ctx.trace.step({
    kind: 'cosmos.jail',
    layer: 'chain',
    entities: [v.id],
    amounts: {},
    parent,
    message: say('cosmos.jail.downtime', {
      validator: v.name,
      downtimeJailSeconds: c.params.downtimeJailSeconds,
      jailedUntil: v.jailedUntil as number, // just set by JAIL
    }),
  });
}

export function applyUnjail(ctx: Ctx, e: CosmosUnjail): void {
  const { world } = ctx;
  const v = getValidator(world, e.validator);
  if (v.status === 'tombstoned') {
    throw new RefusedEvent(say('cosmos.refused.unjailTombstoned', { validator: v.name }));
  }
  if (v.status !== 'jailed' || v.jailedUntil === null)
    throw new RefusedEvent(say('cosmos.refused.jailedNothingUnjail', { validator: v.name }));
  if (world.epoch < v.jailedUntil) {
    const wait = v.jailedUntil - world.epoch;
    throw new RefusedEvent(
      say('cosmos.refused.jailedUntilEpoch', {
        validator: v.name,
        jailedUntil: v.jailedUntil,
        wait,
        minutes: Math.ceil((wait * SECONDS_PER_EPOCH) / 60),
      }),
    );
  }
  if (tokenValue(poolOf(world, v.id), delegationShares(world, v.id, v.operator)) === 0n) {
    throw new RefusedEvent(say('cosmos.refused.operatorSelfDelegation', { validator: v.name }));
  }
  stepBond(ctx, v, { type: 'UNJAIL', epoch: world.epoch });
  ctx.trace.step({
    kind: 'cosmos.unjail',
    layer: 'chain',
    entities: [v.id],
    amounts: {},
    message: say('cosmos.unjail', { validator: v.name, nextDay: Math.floor(world.epoch / EPOCHS_PER_DAY) + 1 }),
  });
}
