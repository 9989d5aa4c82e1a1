/**
 * The stake an attacker must control to corrupt one AVS attacked alone: the stake it sees times its attack
 * threshold (α_j·σ_N(j) in Durvasula and Roughgarden, "Robust Restaking Networks" (2024), section 2), rounded up.
 * It is a floor on the cost of corruption, not the cost itself: stake comes in whole operators' allocations, and
 * the cheapest set of them that reaches the threshold is the security analysis's (src/engine/security).
 */
export function stakeNeeded(stakeSeen: bigint, [num, den]: readonly [bigint, bigint]): bigint {
  return (stakeSeen * num + den - 1n) / den;
}
