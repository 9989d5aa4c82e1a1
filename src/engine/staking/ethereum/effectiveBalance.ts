/** Effective balance with hysteresis (P0/ELE process_effective_balance_updates). */
import {
  DOWNWARD_THRESHOLD,
  EFFECTIVE_BALANCE_INCREMENT,
  MAX_EFFECTIVE_BALANCE_ELECTRA,
  MIN_ACTIVATION_BALANCE,
  UPWARD_THRESHOLD,
} from './constants';

/** ELE get_max_effective_balance: 2048 ETH for 0x02 compounding credentials, else 32 ETH. */
export const maxEffectiveBalance = (compounding: boolean): bigint =>
  compounding ? MAX_EFFECTIVE_BALANCE_ELECTRA : MIN_ACTIVATION_BALANCE;

/** The effective balance a fresh deposit gets (ELE get_validator_from_deposit). */
export function initialEffectiveBalance(balance: bigint, compounding: boolean): bigint {
  const eb = balance - (balance % EFFECTIVE_BALANCE_INCREMENT);
  const cap = maxEffectiveBalance(compounding);
  return eb < cap ? eb : cap;
}

/**
 * The effective balance after the epoch's update: it moves only when the balance falls 0.25 ETH below it or
 * rises 1.25 ETH above it, and then to the balance rounded down to a whole ETH (capped).
 */
export function updatedEffectiveBalance(balance: bigint, effectiveBalance: bigint, compounding: boolean): bigint {
  if (balance + DOWNWARD_THRESHOLD < effectiveBalance || effectiveBalance + UPWARD_THRESHOLD < balance) {
    return initialEffectiveBalance(balance, compounding);
  }
  return effectiveBalance;
}

/**
 * How many more epochs of a constant per-epoch balance change `delta` it takes before the effective balance
 * update fires (the 1-based epoch at whose end it moves), or Infinity if it never does. Used by the fast path
 * to stop a run of identical epochs exactly where stepping one by one would change the effective balance.
 */
export function epochsUntilEffectiveBalanceMoves(
  balance: bigint,
  effectiveBalance: bigint,
  compounding: boolean,
  delta: bigint,
): number {
  // The common case first: at the cap and not falling, nothing can move it.
  const cap = maxEffectiveBalance(compounding);
  if (delta >= 0n && effectiveBalance >= cap && balance + DOWNWARD_THRESHOLD >= effectiveBalance) return Infinity;
  if (updatedEffectiveBalance(balance, effectiveBalance, compounding) !== effectiveBalance) return 1;
  if (delta > 0n) {
    // Upward moves change nothing once at the cap.
    if (effectiveBalance >= cap) return Infinity;
    // smallest j with balance + j*delta > eb + UPWARD_THRESHOLD
    return Number((effectiveBalance + UPWARD_THRESHOLD - balance) / delta) + 1;
  }
  if (delta < 0n) {
    // smallest j with balance + j*delta < eb - DOWNWARD_THRESHOLD
    const limit = effectiveBalance - DOWNWARD_THRESHOLD;
    if (limit <= 0n) return Infinity;
    return Number((balance - limit) / -delta) + 1;
  }
  return Infinity;
}
