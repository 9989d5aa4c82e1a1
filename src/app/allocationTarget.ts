/**
 * What an operator's stake is allocated to, as the graph's operator -> AVS edges edit it (the allocation handle
 * and its ModifyAllocation event), and what is left unallocated (what an operator's stake chip carries). Needed by
 * the first view's edges and chips; dropping stake (dropActions.ts) loads later, at a first pick-up.
 */
import type { Allocation } from '../engine/restaking/state';
import type { World } from '../engine/world';
import type { EventJson } from './session.svelte';
import { allocationDelayEpochs as engineDelay } from '../engine/restaking/allocationDelay';
import { unallocatedStake } from '../engine/restaking/magnitude';
import { WAD } from '../engine/restaking/wad';

/** Unallocated stake an operator could put at services' risk (what its stake chip carries), over its strategies. */
export function operatorUnallocated(world: World, operator: string): bigint {
  const op = world.restaking.operators[operator];
  if (!op || world.securityModel === 'sharedVault' || !Object.keys(world.restaking.avss).length) return 0n;
  let total = 0n;
  for (const os of Object.values(op.strategies)) total += unallocatedStake(os.shares, os.encumbered, os.maxMagnitude);
  return total;
}

// ---- allocations: dragging an operator's magnitude on an operator -> AVS edge -----------------------------------

/** One percent of the initial total magnitude (1e18), the step of an allocation edit. */
export const PERCENT_WAD = WAD / 100n;

/** The engine's allocation as the handle edits it: magnitude in force, pending change and when it lands. */
export type AllocationTarget = Pick<
  Allocation,
  'operator' | 'avs' | 'set' | 'strategy' | 'magnitude' | 'pendingDiff' | 'effectEpoch'
>;

/**
 * The allocation an operator -> AVS edge edits: the largest of its (set, strategy) allocations, or, for an
 * operator registered with the AVS that has allocated nothing yet, a 0% allocation in the first operator set it
 * is registered for and a strategy that set accepts (preferring one the operator holds shares in), so the
 * learner can drag it up from zero. The engine still decides whether the change is allowed.
 */
export function allocationTarget(world: World, operator: string, avs: string): AllocationTarget | null {
  return allocationTargets(world).get(pairKey(operator, avs)) ?? registrationTarget(world, operator, avs);
}

const pairKey = (operator: string, avs: string) => `${operator}\u0000${avs}`;

/**
 * The allocation each operator -> AVS pair with one edits (of its sets, the one with the most magnitude), in one pass
 * over the allocations: the real network has 1,354, and its graph asks for each of its edges.
 */
function allocationTargets(world: World): Map<string, AllocationTarget> {
  const best = new Map<string, AllocationTarget>();
  for (const a of Object.values(world.restaking?.allocations ?? {})) {
    const key = pairKey(a.operator, a.avs);
    const known = best.get(key);
    if (!known || a.magnitude + a.pendingDiff > known.magnitude + known.pendingDiff) {
      best.set(key, {
        operator: a.operator,
        avs: a.avs,
        set: a.set,
        strategy: a.strategy,
        magnitude: a.magnitude,
        pendingDiff: a.pendingDiff,
        effectEpoch: a.effectEpoch,
      });
    }
  }
  return best;
}

/**
 * Every pair's allocation target, for a graph that asks for each of its operator -> AVS edges: the index is built
 * once (allocationTargets), and a pair without an allocation falls back to its registration as allocationTarget
 * does.
 */
export function allocationLookup(world: World): (operator: string, avs: string) => AllocationTarget | null {
  const index = allocationTargets(world);
  return (operator, avs) => index.get(pairKey(operator, avs)) ?? registrationTarget(world, operator, avs);
}

function registrationTarget(world: World, operator: string, avs: string): AllocationTarget | null {
  const op = world.restaking?.operators?.[operator];
  const sets = world.restaking?.avss?.[avs]?.sets ?? {};
  if (!op) return null;
  for (const [key, reg] of Object.entries(op.sets ?? {})) {
    const cut = key.lastIndexOf('/');
    if (!reg.registered || key.slice(0, cut) !== avs) continue;
    const set = Number(key.slice(cut + 1));
    const accepts = sets[String(set)]?.strategies ?? [];
    const strategy = accepts.find((s) => (op.strategies?.[s]?.shares ?? 0n) > 0n) ?? accepts[0];
    if (strategy === undefined) continue;
    return { operator, avs, set, strategy, magnitude: 0n, pendingDiff: 0n, effectEpoch: null };
  }
  return null;
}

/** Whole percent the allocation aims at (current plus pending), rounded down. */
export const targetPercent = (a: AllocationTarget): number => Number((a.magnitude + a.pendingDiff) / PERCENT_WAD);

/** The ModifyAllocation event (src/engine/restaking/events.ts) setting the magnitude to `percent` %. */
export function allocationEvent(a: AllocationTarget, percent: number): EventJson {
  return {
    type: 'ModifyAllocation',
    operator: a.operator,
    avs: a.avs,
    set: a.set,
    strategy: a.strategy,
    magnitude: `${percent}/100`,
  };
}

/** Epochs until a change to `percent` takes effect, as the engine will schedule it (engine/restaking/allocationDelay.ts). */
export function allocationDelayEpochs(world: World, a: AllocationTarget, percent: number): number {
  return engineDelay(world, {
    operator: a.operator,
    avs: a.avs,
    set: a.set,
    from: a.magnitude,
    to: BigInt(percent) * PERCENT_WAD,
  });
}
