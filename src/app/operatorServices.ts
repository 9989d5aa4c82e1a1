/**
 * An operator's services, as the builder's editor lists and changes them: which operator sets it is registered for,
 * what it allocates to each, and the protocol's own events that connect it to a service or take it away
 * (EigenLayer's AllocationManager: registerForOperatorSets, modifyAllocations, deregisterFromOperatorSets; ELIP-002).
 * The engine applies them, with the allocation delay, and narrates each step; nothing is decided here.
 */
import type { World } from '../engine/world';
import { strategyName } from '../engine/restaking/lookup';
import { WAD } from '../engine/restaking/wad';
import { EPOCHS_PER_DAY } from '../engine/time';
import type { EventJson } from './session.svelte';

export interface ServiceAllocation {
  strategy: string;
  strategyName: string;
  /** The magnitude in force now, and the one a pending change leads to (WAD = the whole stake). */
  magnitude: bigint;
  target: bigint;
  /** The day (from the start) a pending change takes effect; null when none is pending. */
  effectDay: number | null;
}

export interface ServiceLink {
  avs: string;
  avsName: string;
  set: number;
  allocations: ServiceAllocation[];
}

/** The operator sets `operator` is registered for, with what it allocates to each (in the world's order). */
export function servicesOf(world: World, operator: string): ServiceLink[] {
  const rs = world.restaking;
  const op = rs?.operators[operator];
  if (!op) return [];
  const links: ServiceLink[] = [];
  for (const [key, registration] of Object.entries(op.sets)) {
    if (!registration.registered) continue;
    const slash = key.lastIndexOf('/');
    const avs = key.slice(0, slash);
    const set = Number(key.slice(slash + 1));
    const allocations = Object.values(rs.allocations)
      .filter((a) => a.operator === operator && a.avs === avs && a.set === set)
      .filter((a) => a.magnitude !== 0n || a.pendingDiff !== 0n)
      .map((a) => ({
        strategy: a.strategy,
        strategyName: strategyName(world, a.strategy),
        magnitude: a.magnitude,
        target: a.magnitude + a.pendingDiff,
        effectDay:
          a.pendingDiff !== 0n && a.effectEpoch !== null
            ? Math.round((a.effectEpoch / EPOCHS_PER_DAY) * 10) / 10
            : null,
      }));
    links.push({ avs, avsName: rs.avss[avs]?.name ?? avs, set, allocations });
  }
  return links;
}

/** The operator set a connection goes to: the one it is registered for, else the service's first. */
export function setFor(world: World, operator: string, avs: string): number | null {
  const sets = Object.values(world.restaking?.avss[avs]?.sets ?? {}).sort((a, b) => a.id - b.id);
  const op = world.restaking?.operators[operator];
  return (sets.find((s) => op?.sets[`${avs}/${s.id}`]?.registered) ?? sets[0])?.id ?? null;
}

/** The strategies the service's set accepts: what the operator can allocate to it. */
export function strategiesFor(world: World, operator: string, avs: string): { id: string; name: string }[] {
  const set = setFor(world, operator, avs);
  if (set === null) return [];
  return (world.restaking.avss[avs].sets[String(set)]?.strategies ?? []).map((id) => ({
    id,
    name: strategyName(world, id),
  }));
}

/**
 * Connects `operator` to `avs`: registers it for the service's set if it is not yet, then (with a strategy) sets its
 * magnitude there to `magnitude`, a fraction of its stake ("0.2"). The engine refuses, with its reason, what the
 * protocol does not allow (a magnitude over what is free, a change while another is pending).
 */
export function connectEvents(
  world: World,
  operator: string,
  avs: string,
  strategy: string | null,
  magnitude: string,
): EventJson[] {
  const set = setFor(world, operator, avs);
  if (set === null) return [];
  const registered = !!world.restaking.operators[operator]?.sets[`${avs}/${set}`]?.registered;
  return [
    ...(registered ? [] : [{ type: 'RegisterForOperatorSet', operator, avs, set }]),
    ...(strategy ? [{ type: 'ModifyAllocation', operator, avs, set, strategy, magnitude: magnitude.trim() }] : []),
  ];
}

/**
 * Takes `operator` away from `avs`'s set: every allocation with nothing pending goes to zero (a deallocation,
 * slashable until DEALLOCATION_DELAY has passed), then the operator deregisters. An allocation whose change is
 * still pending cannot be modified again (modifyAllocations reverts), so it is left to the engine to settle.
 */
export function disconnectEvents(world: World, operator: string, avs: string, set: number): EventJson[] {
  const deallocate = Object.values(world.restaking.allocations)
    .filter((a) => a.operator === operator && a.avs === avs && a.set === set)
    .filter((a) => a.magnitude > 0n && a.pendingDiff === 0n)
    .map((a) => ({ type: 'ModifyAllocation', operator, avs, set, strategy: a.strategy, magnitude: '0' }));
  return [...deallocate, { type: 'DeregisterFromOperatorSet', operator, avs, set }];
}

/** A magnitude as a share of the stake: "20%" (WAD is the whole). */
export function shareText(magnitude: bigint): string {
  const tenths = Number((magnitude * 1000n) / WAD) / 10;
  return `${tenths}%`;
}
