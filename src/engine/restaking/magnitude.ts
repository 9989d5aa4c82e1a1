/**
 * Magnitudes (ELIP-002, AllocationManager.md): per (operator, strategy) a max magnitude M that starts at 1e18
 * and only falls, an encumbered magnitude (the sum of allocations, never above M) and per operator set a current
 * magnitude m. The slashable stake of a set is the operator's shares times m / M.
 */
import { mulDiv, WAD } from './wad';
import { say, type EngineMessage } from '../messages/say';
import { exceedsMaxMagnitude } from './machines/allocationMachine';

/** INITIAL_TOTAL_MAGNITUDE = 1e18 (AllocationManager.md). */
export const INITIAL_TOTAL_MAGNITUDE = WAD;

/** AllocationManagerView._getMinimumAllocatedStake: operatorShares x m / M, rounded down. */
export function allocatedStake(operatorShares: bigint, magnitude: bigint, maxMagnitude: bigint): bigint {
  if (maxMagnitude === 0n) return 0n;
  return mulDiv(operatorShares, magnitude, maxMagnitude);
}

/** The part of the operator's stake no set can slash: shares x (M - encumbered) / M. */
export function unallocatedStake(operatorShares: bigint, encumbered: bigint, maxMagnitude: bigint): bigint {
  if (maxMagnitude === 0n) return 0n;
  return operatorShares - mulDiv(operatorShares, encumbered, maxMagnitude);
}

/**
 * Why an allocation change is refused (AllocationManager.modifyAllocations: "InsufficientMagnitude"), or null
 * when it fits: the encumbered magnitude after the change must stay at or below the max magnitude. It explains the
 * allocation machine's refusal (machines/allocationMachine.ts: no MODIFY while a change is pending, and its
 * guards use exceedsMaxMagnitude).
 */
export function checkAllocationFits(
  encumbered: bigint,
  currentForSet: bigint,
  pendingDiffForSet: bigint,
  newMagnitude: bigint,
  maxMagnitude: bigint,
): EngineMessage | null {
  if (pendingDiffForSet !== 0n) return say('restaking.allocation.pendingChange');
  const increase = newMagnitude - currentForSet;
  if (increase > 0n && maxMagnitude === 0n) return say('restaking.allocation.fullySlashed');
  if (exceedsMaxMagnitude(encumbered, currentForSet, newMagnitude, maxMagnitude)) {
    return say('restaking.allocation.overAllocated', {
      total: ((encumbered + increase) * WAD) / maxMagnitude,
      magnitude: encumbered + increase,
      maxMagnitude,
    });
  }
  return null;
}
