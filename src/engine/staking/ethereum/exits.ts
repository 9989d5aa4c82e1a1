/** Exits: ELE initiate_validator_exit through the exit churn, and the voluntary exit's checks. */
import { RefusedEvent } from '../../errors';
import type { Ctx } from '../../module';
import { SHARD_COMMITTEE_PERIOD } from './constants';
import { computeExitEpochAndUpdateChurn } from './churn';
import { isActive, totalActiveBalance } from './network';
import type { EthereumState, Validator } from './state';
import { stepValidator } from './validatorMachine';
import { say, type EngineMessage } from '../../messages/say';
import { validatorName } from '../../accountNames';

/**
 * ELE initiate_validator_exit's queue: the exit epoch the exit churn gives `v` (its scheduled one when it has one,
 * which takes no churn). The caller hands it to the lifecycle machine (VOLUNTARY_EXIT, INITIATE_EXIT or SLASH),
 * which adds the withdrawability delay.
 */
export function exitEpochFor(state: EthereumState, v: Validator, epoch: number, totalActive: bigint): number {
  if (v.exitEpoch !== null) return v.exitEpoch;
  return computeExitEpochAndUpdateChurn(state, epoch, totalActive, v.effectiveBalance);
}

/**
 * Why a voluntary exit of `v` at `epoch` would be refused (P0/ELE process_voluntary_exit), or null. `name` is how
 * the learner knows it ("Minipool 2", accountNames.validatorName), its id when it has no other.
 */
export function voluntaryExitProblem(v: Validator, epoch: number, name: string = v.id): EngineMessage | null {
  if (v.status === 'deposited' || v.status === 'pending') {
    return say('ethereum.refused.exitNotActive', { validator: name, deposited: v.status === 'deposited' });
  }
  if (v.exitEpoch !== null || !isActive(v, epoch)) {
    return say('ethereum.refused.exitAlready', { validator: name, slashed: v.slashed, exitEpoch: v.exitEpoch });
  }
  const since = epoch - (v.activationEpoch ?? epoch);
  if (!v.genesis && since < SHARD_COMMITTEE_PERIOD) {
    const at = (v.activationEpoch ?? 0) + SHARD_COMMITTEE_PERIOD;
    return say('ethereum.refused.exitTooSoon', {
      validator: name,
      activeFor: since,
      allowedAt: at,
      epochsAway: at - epoch,
    });
  }
  return null;
}

/** Voluntary exit: refused with a learner-facing reason, else queued through the exit churn. */
export function requestExit(ctx: Ctx, id: string, parent: number | null = null): number {
  const { world } = ctx;
  const state = world.ethereum;
  const v = state.validators[id];
  if (!v) throw new RefusedEvent(say('ethereum.refused.noValidator', { id }));
  const problem = voluntaryExitProblem(v, world.epoch, validatorName(world, id));
  if (problem) throw new RefusedEvent(problem);
  const exitEpochAt = exitEpochFor(state, v, world.epoch, totalActiveBalance(state, world.epoch));
  stepValidator(v, { type: 'VOLUNTARY_EXIT', epoch: world.epoch, exitEpoch: exitEpochAt });
  const exitEpoch = v.exitEpoch as number;
  const withdrawable = v.withdrawableEpoch as number;
  return ctx.trace.step({
    kind: 'eth.exit.requested',
    layer: 'chain',
    entities: [id],
    amounts: {},
    parent,
    message: say('ethereum.exit.requested', {
      id: validatorName(world, id),
      exitEpoch,
      epochsAway: exitEpoch - world.epoch,
      withdrawable,
    }),
  });
}
