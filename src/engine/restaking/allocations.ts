/**
 * Operator sets and allocations (ELIP-002; AllocationManager.md registerForOperatorSets, modifyAllocations,
 * clearDeallocationQueue). Increases take effect after the operator's allocation delay; slashable decreases after
 * DEALLOCATION_DELAY + 1 block and stay slashable until then; the encumbered magnitude never exceeds M.
 */
import { RefusedEvent } from '../errors';
import type { World } from '../world';
import { checkAllocationFits } from './magnitude';
import { DEALLOCATION_EFFECT_EPOCHS, DEREGISTRATION_SLASHABLE_EPOCHS } from './constants';
import { allocationKey, setKey, type Allocation } from './state';
import { getOperator, getOperatorSet } from './lookup';
import { operatorStrategy } from './stakers';
import { stepValue } from './machines/step';
import { allocationChangeMachine } from './machines/allocationMachine';
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

/** modifyAllocations for one (operator, set, strategy): `magnitude` is the new target (WAD). */
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
  const refusal = checkAllocationFits(s.encumbered, a.magnitude, a.pendingDiff, magnitude, s.maxMagnitude);
  if (refusal) {
    throw new RefusedEvent(
      say('restaking.refused.allocationDoesNotFit', {
        operator: op.name,
        magnitude,
        setKey: setKey(avs, set),
        strategy,
        refusal,
        overAllocated: refusal.key === 'restaking.allocation.overAllocated',
        free: s.maxMagnitude - s.encumbered,
      }),
    );
  }
  const diff = magnitude - a.magnitude;
  if (diff === 0n)
    throw new RefusedEvent(
      say('restaking.refused.allocationUnchanged', { operator: op.name, setKey: setKey(avs, set) }),
    );
  if (diff > 0n) {
    s.encumbered += diff;
    if (op.allocationDelay === 0) {
      a.magnitude = magnitude;
      a.change = 'effective';
      return { allocation: a, immediate: true };
    }
    a.pendingDiff = diff;
    a.effectEpoch = world.epoch + op.allocationDelay;
    a.change = 'pending';
    return { allocation: a, immediate: false };
  }
  if (!isRegisteredOrSlashable(world, operator, avs, set)) {
    a.magnitude = magnitude;
    s.encumbered += diff;
    a.change = 'effective';
    return { allocation: a, immediate: true };
  }
  a.pendingDiff = diff;
  a.effectEpoch = world.epoch + DEALLOCATION_EFFECT_EPOCHS;
  a.change = 'pending';
  return { allocation: a, immediate: false };
}

/** Pending changes whose effect epoch has come take effect (increases raise m; decreases free encumbered magnitude). */
export function applyDueAllocations(world: World): Allocation[] {
  const done: Allocation[] = [];
  for (const a of Object.values(world.restaking.allocations)) {
    if (a.effectEpoch === null || a.effectEpoch > world.epoch) continue;
    const next = stepValue(allocationChangeMachine, a.change ?? 'pending', { type: 'EFFECT_REACHED' });
    a.change = (next ?? 'effective') as Allocation['change'];
    a.magnitude += a.pendingDiff;
    if (a.pendingDiff < 0n) operatorStrategy(world, a.operator, a.strategy).encumbered += a.pendingDiff;
    a.pendingDiff = 0n;
    a.effectEpoch = null;
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
