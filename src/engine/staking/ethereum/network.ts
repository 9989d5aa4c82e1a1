/** Who counts at an epoch: active and eligible validators and the network's total active balance. */
import { EFFECTIVE_BALANCE_INCREMENT, MIN_EPOCHS_TO_INACTIVITY_PENALTY } from './constants';
import type { EthereumState, Validator } from './state';

/** P0 is_active_validator: activation_epoch <= epoch < exit_epoch. */
export function isActive(v: Validator, epoch: number): boolean {
  return v.activationEpoch !== null && v.activationEpoch <= epoch && (v.exitEpoch === null || epoch < v.exitEpoch);
}

/**
 * ALT get_eligible_validator_indices: active, or slashed and not yet withdrawable (epoch + 1 < withdrawable), so a
 * slashed validator keeps paying penalties after its exit. The spec evaluates it at the previous epoch; this
 * model settles epoch e's duties at the end of epoch e itself (every amount is the same, one epoch earlier).
 */
export function isEligible(v: Validator, epoch: number): boolean {
  return isActive(v, epoch) || (v.slashed && v.withdrawableEpoch !== null && epoch + 1 < v.withdrawableEpoch);
}

/** Unslashed, active and attesting: hits source, target and head (ALT get_unslashed_participating_indices). */
export function isParticipating(v: Validator, epoch: number): boolean {
  return v.online && !v.slashed && isActive(v, epoch);
}

/** P0 get_total_active_balance: background stake plus the tracked active validators' effective balances. */
export function totalActiveBalance(state: EthereumState, epoch: number): bigint {
  let total = state.backgroundStake;
  for (const id of state.order) {
    const v = state.validators[id];
    if (isActive(v, epoch)) total += v.effectiveBalance;
  }
  return total > EFFECTIVE_BALANCE_INCREMENT ? total : EFFECTIVE_BALANCE_INCREMENT;
}

/**
 * The finalized epoch seen by the processing of epoch e. While the chain finalizes, the previous epoch is
 * finalized at the end of each epoch; when finality stops at epoch S, the finalized checkpoint stays at S - 2.
 */
export function finalizedEpoch(state: EthereumState, epoch: number): number {
  return state.finalityStalledSince === null ? epoch - 1 : state.finalityStalledSince - 2;
}

/** P0 is_in_inactivity_leak: previous_epoch - finalized_epoch > MIN_EPOCHS_TO_INACTIVITY_PENALTY. */
export function isInLeak(state: EthereumState, epoch: number): boolean {
  return epoch - 1 - finalizedEpoch(state, epoch) > MIN_EPOCHS_TO_INACTIVITY_PENALTY;
}
