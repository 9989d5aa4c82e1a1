/**
 * Symbiotic's NetworkRestakeDelegator and Vault.onSlash (symbioticfi/core v1.0.3,
 * src/contracts/delegator/NetworkRestakeDelegator.sol `_stakeAt`, src/contracts/vault/Vault.sol `onSlash`),
 * symbioticfi/core README. The same collateral backs every network up to its limit; within a network, operators
 * split it by their shares.
 */
import { min } from '../ledger/amount';

/** stake(network, operator) = operatorNetworkShares / totalOperatorNetworkShares × min(activeStake, networkLimit). */
export function networkRestakeStake(
  activeStake: bigint,
  networkLimit: bigint,
  operatorShares: bigint,
  totalOperatorShares: bigint,
): bigint {
  if (totalOperatorShares === 0n) return 0n;
  return (operatorShares * min(activeStake, networkLimit)) / totalOperatorShares;
}

export interface OnSlashResult {
  fromActive: bigint;
  fromWithdrawals: bigint;
}

/**
 * Vault.onSlash (capture in the current epoch): the slash is taken pro rata from the active stake and the
 * withdrawals still pending (the next epoch's bucket). activeSlashed = slash × active / (active + pending),
 * rounded down as in the contract (mulDiv), and the pending withdrawals take the rest.
 */
export function onSlash(activeStake: bigint, pendingWithdrawals: bigint, amount: bigint): OnSlashResult {
  const total = activeStake + pendingWithdrawals;
  if (total === 0n) return { fromActive: 0n, fromWithdrawals: 0n };
  const slash = min(amount, total);
  const fromActive = (slash * activeStake) / total;
  return { fromActive, fromWithdrawals: slash - fromActive };
}
