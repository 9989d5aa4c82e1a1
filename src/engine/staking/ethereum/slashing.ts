/**
 * Slashing exactly as ELE slash_validator and process_slashings do it: a forced exit through the exit churn,
 * withdrawability pushed to at least 8192 epochs out, the effective balance recorded in the slashings vector, an
 * initial penalty of eb/4096, a whistleblower reward of eb/4096 of which the proposer keeps 8/64, and the
 * correlation penalty at the middle of the slashings window.
 */
import { RefusedEvent } from '../../errors';
import { balanceOf, burn, mint, type Movement } from '../../ledger/ledger';
import type { Ctx } from '../../module';
import { ETH, holderAccount } from '../../world';
import {
  EFFECTIVE_BALANCE_INCREMENT,
  EPOCHS_PER_SLASHINGS_VECTOR,
  MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA,
  PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX,
  PROPOSER_ACCOUNT,
  PROPOSER_WEIGHT,
  WEIGHT_DENOMINATOR,
  WHISTLEBLOWER_REWARD_QUOTIENT_ELECTRA,
} from './constants';
import { holderName } from './describe';
import { exitEpochFor } from './exits';
import { totalActiveBalance } from './network';
import { validatorAccount, type EthereumState, type Validator } from './state';
import { accepts, stepValidator } from './validatorMachine';
import { say, type EngineMessage } from '../../messages/say';
import { validatorName } from '../../accountNames';

/** ELE slash_validator's amounts for an effective balance. */
export function slashingAmounts(effectiveBalance: bigint): {
  initialPenalty: bigint;
  whistleblowerReward: bigint;
  proposerReward: bigint;
} {
  const initialPenalty = effectiveBalance / MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA;
  const whistleblowerReward = effectiveBalance / WHISTLEBLOWER_REWARD_QUOTIENT_ELECTRA;
  const proposerReward = (whistleblowerReward * PROPOSER_WEIGHT) / WEIGHT_DENOMINATOR;
  return { initialPenalty, whistleblowerReward, proposerReward };
}

/** ELE process_slashings: penalty_per_increment = min(3*sum, total) // (total // 1 ETH); times eb // 1 ETH. */
export function correlationPenalty(sumSlashings: bigint, totalActive: bigint, effectiveBalance: bigint): bigint {
  const scaled = sumSlashings * PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX;
  const adjusted = scaled < totalActive ? scaled : totalActive;
  const perIncrement = adjusted / (totalActive / EFFECTIVE_BALANCE_INCREMENT);
  return perIncrement * (effectiveBalance / EFFECTIVE_BALANCE_INCREMENT);
}

/** sum(state.slashings) as process_slashings at `epoch` sees it: slashings at epochs [epoch - 8191, epoch]. */
export function slashingsInWindow(state: EthereumState, epoch: number): bigint {
  let sum = 0n;
  for (const [at, amount] of Object.entries(state.slashings)) {
    if (Number(at) > epoch - EPOCHS_PER_SLASHINGS_VECTOR) sum += amount;
  }
  return sum;
}

/** process_slashings_reset at the end of `epoch`: forget slashings that have left the window. */
export function pruneSlashings(state: EthereumState, epoch: number): void {
  for (const at of Object.keys(state.slashings)) {
    if (Number(at) <= epoch + 1 - EPOCHS_PER_SLASHINGS_VECTOR) delete state.slashings[at];
  }
}

/** The epoch whose processing charges `v`'s correlation penalty (epoch + 4096 == withdrawable_epoch). */
export function correlationEpoch(v: Validator): number | null {
  return v.slashed && v.withdrawableEpoch !== null ? v.withdrawableEpoch - EPOCHS_PER_SLASHINGS_VECTOR / 2 : null;
}

/**
 * Why `v` cannot be slashed now (ELE is_slashable_validator), or null. `name` is how the learner knows it
 * (accountNames.validatorName); a validator that does not exist is refused by the id asked for.
 */
export function slashProblem(
  v: Validator | undefined,
  id: string,
  epoch: number,
  name: string = id,
): EngineMessage | null {
  if (!v) return say('ethereum.refused.noValidator', { id });
  if (v.slashed) return say('ethereum.refused.slashAgain', { validator: name, slashedEpoch: v.slashedEpoch });
  if (v.activationEpoch === null || v.activationEpoch > epoch)
    return say('ethereum.refused.slashNotActive', { validator: name });
  if (v.withdrawableEpoch !== null && epoch >= v.withdrawableEpoch)
    return say('ethereum.refused.slashWithdrawable', { validator: name });
  if (!accepts(v, { type: 'SLASH', epoch }))
    return say('ethereum.refused.slashStatus', { validator: name, status: v.status });
  return null;
}

/**
 * Slashes each validator in `ids` (all checked first, so a refused list changes nothing); the whistleblower
 * share goes to `whistleblower` (a holder) or, when absent, to the block proposer. Returns one step id each.
 */
export function slashValidatorsWith(
  ctx: Ctx,
  ids: string[],
  parent: number | null = null,
  whistleblower?: string,
): number[] {
  const { world } = ctx;
  const state = world.ethereum;
  const epoch = world.epoch;
  if (new Set(ids).size !== ids.length) throw new RefusedEvent(say('ethereum.refused.validatorTwice'));
  for (const id of ids) {
    const problem = slashProblem(state.validators[id], id, epoch, validatorName(world, id));
    if (problem) throw new RefusedEvent(problem);
  }
  if (whistleblower !== undefined && !world.holders[whistleblower]) {
    throw new RefusedEvent(say('ethereum.refused.noWhistleblower', { whistleblower }));
  }
  // The exits do not change the active set this epoch, so the total (and churn) is the same for every slashing.
  const total = totalActiveBalance(state, epoch);
  const stepIds: number[] = [];
  for (const id of ids) {
    const v = state.validators[id];
    const eb = v.effectiveBalance;
    // The machine forces the exit and pushes withdrawability out to epoch + EPOCHS_PER_SLASHINGS_VECTOR.
    stepValidator(v, { type: 'SLASH', epoch, exitEpoch: exitEpochFor(state, v, epoch, total) });
    state.slashings[epoch] = (state.slashings[epoch] ?? 0n) + eb;
    const { initialPenalty, whistleblowerReward, proposerReward } = slashingAmounts(eb);
    const balance = balanceOf(world.ledger, ETH, validatorAccount(id));
    const penalty = initialPenalty < balance ? initialPenalty : balance;
    const movements: Movement[] = [burn(world.ledger, ETH, validatorAccount(id), penalty, 'slash:initial')];
    const corr = correlationEpoch(v) as number;
    const sid = ctx.trace.step({
      kind: 'eth.slash',
      layer: 'chain',
      entities: [id],
      amounts: { effectiveBalance: eb, initialPenalty: penalty },
      movements,
      parent,
      message: say('ethereum.slash', {
        id: validatorName(world, id),
        penalty,
        effectiveBalance: eb,
        exitEpoch: v.exitEpoch,
        correlationEpoch: corr,
        correlationIn: corr - epoch,
        withdrawableEpoch: v.withdrawableEpoch as number, // set by SLASH
      }),
    });
    const wbAccount = whistleblower !== undefined ? holderAccount(whistleblower) : PROPOSER_ACCOUNT;
    const rewards = [
      mint(world.ledger, ETH, PROPOSER_ACCOUNT, proposerReward, 'reward:proposer'),
      mint(world.ledger, ETH, wbAccount, whistleblowerReward - proposerReward, 'reward:whistleblower'),
    ];
    ctx.trace.step({
      kind: 'eth.slash.reward',
      layer: 'chain',
      entities: whistleblower !== undefined ? [id, whistleblower] : [id],
      amounts: { whistleblowerReward, proposerReward },
      movements: rewards,
      parent: sid,
      message: say('ethereum.slash.reward', {
        whistleblower: whistleblower === undefined ? null : holderName(world, whistleblower),
        proposerReward,
        reporterReward: whistleblowerReward - proposerReward,
        whistleblowerReward,
      }),
    });
    stepIds.push(sid);
  }
  return stepIds;
}

/** The API form (no whistleblower: the proposer reports it). */
export function slashValidators(ctx: Ctx, ids: string[], parent: number | null = null): number[] {
  return slashValidatorsWith(ctx, ids, parent);
}
