/**
 * Operator sets and allocations (ELIP-002; AllocationManager.md registerForOperatorSets, modifyAllocations,
 * clearDeallocationQueue). Increases take effect after the operator's allocation delay; slashable decreases after
 * DEALLOCATION_DELAY + 1 block and stay slashable until then; the encumbered magnitude never exceeds M.
 */
import { EngineError, RefusedEvent } from '../errors';
import type { World } from '../world';
import { checkAllocationFits } from './magnitude';
import { DEREGISTRATION_SLASHABLE_EPOCHS } from './constants';
import { allocationKey, setKey, type Allocation } from './state';
import { getOperator, getOperatorSet } from './lookup';
import { operatorStrategy } from './stakers';
import { stepMachine } from '../machines/step';
import { allocationChangeMachine, allocationSnapshot, type AllocationSnapshot } from './machines/allocationMachine';
import { say } from '../messages/say';

export function registerForSet(world: World, operator: string, avs: string, set: number): void {
  const op = getOperator(world, operator);
  getOperatorSet(world, avs, set);
  const key = setKey(avs, set);
  if (op.sets[key]?.registered)
    throw new RefusedEvent(say('restaking.refused.alreadyRegistered', { operator: op.name, key }));
  op.sets[key] = { registered: true, slashableUntil: null };
}

export function deregisterFromSet(world: World, operator: string, avs: string, set: number): void {
  const op = getOperator(world, operator);
  const key = setKey(avs, set);
  if (!op.sets[key]?.registered)
    throw new RefusedEvent(say('restaking.refused.notRegistered', { operator: op.name, key }));
  op.sets[key] = { registered: false, slashableUntil: world.epoch + DEREGISTRATION_SLASHABLE_EPOCHS };
}

/** Registered, or deregistered less than DEALLOCATION_DELAY ago. */
export function isRegisteredOrSlashable(world: World, operator: string, avs: string, set: number): boolean {
  const r = world.restaking.operators[operator]?.sets[setKey(avs, set)];
  if (!r) return false;
  return r.registered || (r.slashableUntil !== null && world.epoch < r.slashableUntil);
}

export function getAllocation(world: World, operator: string, avs: string, set: number, strategy: string): Allocation {
  const key = allocationKey(operator, avs, set, strategy);
  let a = world.restaking.allocations[key];
  if (!a) {
    a = { operator, avs, set, strategy, magnitude: 0n, pendingDiff: 0n, effectEpoch: null, change: null };
    world.restaking.allocations[key] = a;
  }
  return a;
}

export interface AllocationChange {
  allocation: Allocation;
  /** True when it took effect at once (increase with no delay, or a decrease that was not slashable). */
  immediate: boolean;
}

/** Writes the machine's state and context back to the stored allocation. */
function store(a: Allocation, s: AllocationSnapshot): void {
  a.magnitude = s.context.magnitude;
  a.pendingDiff = s.context.pendingDiff;
  a.effectEpoch = s.context.effectEpoch;
  a.change = s.value as Allocation['change'];
}

/** After a slash scaled `a`'s pending change: the allocation machine decides whether it is still pending. */
export function settleSlashedPending(a: Allocation): void {
  if (a.change !== 'pending') return;
  const next = stepMachine(allocationChangeMachine, allocationSnapshot(a), {
    type: 'SLASHED',
    pendingDiff: a.pendingDiff,
  });
  if (next) store(a, next);
}

/**
 * modifyAllocations for one (operator, set, strategy): `magnitude` is the new target (WAD). The allocation
 * machine decides whether the change is allowed and when it takes effect; a refusal is explained here.
 */
export function modifyAllocation(
  world: World,
  operator: string,
  avs: string,
  set: number,
  strategy: string,
  magnitude: bigint,
): AllocationChange {
  const op = getOperator(world, operator);
  const os = getOperatorSet(world, avs, set);
  if (!os.strategies.includes(strategy)) {
    throw new RefusedEvent(
      say('restaking.refused.strategyNotAccepted', {
        setKey: setKey(avs, set),
        strategy,
        join: os.strategies.join(', '),
      }),
    );
  }
  const a = getAllocation(world, operator, avs, set, strategy);
  const s = operatorStrategy(world, operator, strategy);
  const next = stepMachine(allocationChangeMachine, allocationSnapshot(a), {
    type: 'MODIFY',
    epoch: world.epoch,
    magnitude,
    allocationDelay: op.allocationDelay,
    slashable: isRegisteredOrSlashable(world, operator, avs, set),
    encumbered: s.encumbered,
    maxMagnitude: s.maxMagnitude,
  });
  if (!next) throw allocationRefusal(op.name, a, s, avs, set, strategy, magnitude);
  const diff = magnitude - a.magnitude;
  const immediate = next.value === 'effective';
  // An increase encumbers magnitude at once; a decrease frees it only when it takes effect.
  if (diff > 0n || immediate) s.encumbered += diff;
  store(a, next);
  return { allocation: a, immediate };
}

/** Why the allocation machine refused a change, as the learner reads it. */
function allocationRefusal(
  operator: string,
  a: Allocation,
  s: { encumbered: bigint; maxMagnitude: bigint },
  avs: string,
  set: number,
  strategy: string,
  magnitude: bigint,
): RefusedEvent | EngineError {
  const refusal = checkAllocationFits(s.encumbered, a.magnitude, a.pendingDiff, magnitude, s.maxMagnitude);
  if (refusal) {
    return new RefusedEvent(
      say('restaking.refused.allocationDoesNotFit', {
        operator,
        magnitude,
        setKey: setKey(avs, set),
        strategy,
        refusal,
        overAllocated: refusal.key === 'restaking.allocation.overAllocated',
        free: s.maxMagnitude - s.encumbered,
      }),
    );
  }
  if (magnitude === a.magnitude)
    return new RefusedEvent(say('restaking.refused.allocationUnchanged', { operator, setKey: setKey(avs, set) }));
  return new EngineError(`allocation ${operator} ${setKey(avs, set)} ${strategy}: the machine refused a change`);
}

/**
 * The allocation machine's tick: pending changes whose effect epoch has come take effect (increases raise m;
 * decreases free encumbered magnitude).
 */
export function applyDueAllocations(world: World): Allocation[] {
  const done: Allocation[] = [];
  const tick = { type: 'tick', epoch: world.epoch } as const;
  for (const a of Object.values(world.restaking.allocations)) {
    if (a.change !== 'pending') continue; // only a pending change listens to the clock
    const next = stepMachine(allocationChangeMachine, allocationSnapshot(a), tick);
    if (!next) continue;
    const freed = a.pendingDiff;
    store(a, next);
    if (freed < 0n) operatorStrategy(world, a.operator, a.strategy).encumbered += freed;
    done.push(a);
  }
  return done;
}

export function nextAllocationEpoch(world: World): number | null {
  let next: number | null = null;
  for (const a of Object.values(world.restaking.allocations)) {
    if (a.effectEpoch !== null && a.effectEpoch > world.epoch && (next === null || a.effectEpoch < next))
      next = a.effectEpoch;
  }
  return next;
}
