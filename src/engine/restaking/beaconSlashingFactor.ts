/**
 * The beacon-chain slashing factor l of a pod owner (EigenPodManager._reduceSlashingFactor): when a checkpoint
 * finds the pod's restaked balance lower than before, l is scaled by new/old (rounded down), instead of burning
 * deposit shares. The beacon chain slashes first ("priority burning rights", DualSlashingEdgeCase.md), and the
 * AVS's share m applies on top: withdrawable = s·k·l·m.
 */
import { mulDiv } from './wad';

export function reduceBeaconSlashingFactor(l: bigint, prevRestakedBalance: bigint, newRestakedBalance: bigint): bigint {
  if (prevRestakedBalance === 0n) return l;
  return mulDiv(l, newRestakedBalance, prevRestakedBalance);
}
