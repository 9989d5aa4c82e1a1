/** Electra's balance-denominated churn: how much stake may enter or leave per epoch (ELE §churn helpers). */
import {
  CHURN_LIMIT_QUOTIENT,
  EFFECTIVE_BALANCE_INCREMENT,
  MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT,
  MAX_SEED_LOOKAHEAD,
  MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA,
} from './constants';
import type { EthereumState } from './state';

/** ELE get_balance_churn_limit: max(128 ETH, total // 65536), rounded down to a whole ETH. */
export function balanceChurnLimit(totalActiveBalance: bigint): bigint {
  const q = totalActiveBalance / CHURN_LIMIT_QUOTIENT;
  const churn = q > MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA ? q : MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA;
  return churn - (churn % EFFECTIVE_BALANCE_INCREMENT);
}

/** ELE get_activation_exit_churn_limit: min(256 ETH, balance churn). */
export function activationExitChurnLimit(totalActiveBalance: bigint): bigint {
  const c = balanceChurnLimit(totalActiveBalance);
  return c < MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT ? c : MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT;
}

/** ELE get_consolidation_churn_limit (shown for completeness; consolidations are not simulated). */
export function consolidationChurnLimit(totalActiveBalance: bigint): bigint {
  return balanceChurnLimit(totalActiveBalance) - activationExitChurnLimit(totalActiveBalance);
}

/** P0 compute_activation_exit_epoch: epoch + 1 + MAX_SEED_LOOKAHEAD. */
export const activationExitEpoch = (epoch: number): number => epoch + 1 + MAX_SEED_LOOKAHEAD;

/**
 * ELE compute_exit_epoch_and_update_churn, line for line. The background network is assumed to have no exit
 * queue of its own, so the queue is only what tracked validators put in it.
 */
export function computeExitEpochAndUpdateChurn(
  state: EthereumState,
  currentEpoch: number,
  totalActiveBalance: bigint,
  exitBalance: bigint,
): number {
  let earliestExitEpoch = Math.max(state.earliestExitEpoch, activationExitEpoch(currentEpoch));
  const perEpochChurn = activationExitChurnLimit(totalActiveBalance);
  // New epoch for exits.
  let exitBalanceToConsume = state.earliestExitEpoch < earliestExitEpoch ? perEpochChurn : state.exitBalanceToConsume;
  // Exit doesn't fit in the current earliest epoch.
  if (exitBalance > exitBalanceToConsume) {
    const balanceToProcess = exitBalance - exitBalanceToConsume;
    const additionalEpochs = (balanceToProcess - 1n) / perEpochChurn + 1n;
    earliestExitEpoch += Number(additionalEpochs);
    exitBalanceToConsume += additionalEpochs * perEpochChurn;
  }
  state.exitBalanceToConsume = exitBalanceToConsume - exitBalance;
  state.earliestExitEpoch = earliestExitEpoch;
  return earliestExitEpoch;
}
