/**
 * The cost of corrupting one AVS attacked alone: the stake it sees times its attack threshold
 * (Durvasula–Roughgarden's α_j·σ_N(j), mechanics.md §6.2), rounded up: an attacker needs at least that much.
 * Attacks on several AVSs at once (shared operators) are the security analysis's (src/engine/security).
 */
export function costOfCorruption(stakeSeen: bigint, [num, den]: readonly [bigint, bigint]): bigint {
  return (stakeSeen * num + den - 1n) / den;
}
