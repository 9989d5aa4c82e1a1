/**
 * How long a change of magnitude waits before it takes effect, as the engine schedules it (allocations.ts,
 * AllocationManager.modifyAllocations, ELIP-002): an increase waits for the operator's ALLOCATION_DELAY; a decrease
 * of an allocation that is still slashable (registered, or deregistered less than DEALLOCATION_DELAY ago) waits
 * DEALLOCATION_DELAY + 1 block and stays slashable meanwhile; any other decrease, and no change, is immediate.
 * A query the UI can ask before sending ModifyAllocation, so the delay it announces is the one that will apply.
 */
import type { World } from '../world';
import { isRegisteredOrSlashable } from './allocations';
import { DEALLOCATION_EFFECT_EPOCHS } from './constants';

export interface MagnitudeChange {
  operator: string;
  avs: string;
  set: number;
  /** The magnitude in force now (WAD). */
  from: bigint;
  /** The magnitude asked for (WAD). */
  to: bigint;
}

export function allocationDelayEpochs(world: World, c: MagnitudeChange): number {
  if (c.to > c.from) return world.restaking.operators[c.operator]?.allocationDelay ?? 0;
  if (c.to < c.from && isRegisteredOrSlashable(world, c.operator, c.avs, c.set)) return DEALLOCATION_EFFECT_EPOCHS;
  return 0;
}
