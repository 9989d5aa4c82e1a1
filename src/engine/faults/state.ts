/**
 * The faults slice of the world: what a fault has scheduled that outlives its event. Today only the downtime
 * fault's "back online" epoch per validator (the chain model just reads `Validator.online`).
 */
import { record } from '../records';

export interface FaultsState {
  /** Validators a downtime fault took offline, and the epoch they come back online. */
  offlineUntil: Record<string, number>;
}

export function createFaultsState(): FaultsState {
  return { offlineUntil: record() };
}
