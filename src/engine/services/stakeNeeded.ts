/**
 * The cost of corrupting one AVS attacked alone: the stake it sees times its attack threshold (α_j·σ_N(j) in Durvasula
 * and Roughgarden, Robust Restaking Networks (2024), section 2), rounded up: an attacker needs at least that much.
 * Attacks on several AVSs at once (shared operators) are the security analysis's (src/engine/security).
 */
export function costOfCorruption(stakeSeen: bigint, [num, den]: readonly [bigint, bigint]): bigint {
  return (stakeSeen * num + den - 1n) / den;
}
