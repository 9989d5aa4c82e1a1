/**
 * Test helpers for the liquid model: a world from a scenario, a ctx to call the model's functions directly, and
 * test doubles for what the chain would do over days (a validator's balance moving, a validator withdrawn), so
 * the expected numbers stay exact and hand-checkable.
 */
import * as v from 'valibot';
import { ScenarioSchema, type ScenarioInput } from '../../../src/engine/scenario/schema';
import { SimEventSchema, type SimEventInput } from '../../../src/engine/events';
import { initWorld, applyEvent } from '../../../src/engine/sim';
import { MODULES } from '../../../src/engine/registry';
import { Tracer, type TraceStep } from '../../../src/engine/trace';
import type { Ctx } from '../../../src/engine/module';
import type { World } from '../../../src/engine/world';
import { balanceOf, burn, mint, transfer } from '../../../src/engine/ledger/ledger';
import { validatorAccount } from '../../../src/engine/staking/ethereum/state';

export const E = (x: string | number): bigint => {
  const [w, f = ''] = String(x).split('.');
  return BigInt(w) * 1_000_000_000n + BigInt(f.padEnd(9, '0'));
};

export function scenario(partial: Omit<ScenarioInput, 'format' | 'version' | 'name'>) {
  return v.parse(ScenarioSchema, { format: 'restaking-lab/scenario', version: 1, name: 'liquid test', ...partial });
}

export function world(partial: Omit<ScenarioInput, 'format' | 'version' | 'name'>): World {
  return initWorld(scenario(partial)).world;
}

export function ctxOf(w: World): Ctx & { trace: Tracer } {
  return { world: w, trace: new Tracer(), modules: MODULES };
}

export function apply(w: World, event: SimEventInput): TraceStep[] {
  return applyEvent(w, v.parse(SimEventSchema, event));
}

/** Stands in for rewards or penalties the chain would apply: moves a validator's balance to `target`. */
export function setValidatorBalance(w: World, id: string, target: bigint): void {
  const have = balanceOf(w.ledger, 'ETH', validatorAccount(id));
  if (target > have) mint(w.ledger, 'ETH', validatorAccount(id), target - have, 'test:reward');
  else if (target < have) burn(w.ledger, 'ETH', validatorAccount(id), have - target, 'test:penalty');
}

export function addToValidator(w: World, id: string, delta: bigint): void {
  setValidatorBalance(w, id, balanceOf(w.ledger, 'ETH', validatorAccount(id)) + delta);
}

/** Stands in for the chain's exit and withdrawal sweep: the whole balance goes to the withdrawal account. */
export function withdrawValidator(w: World, id: string): void {
  const val = w.ethereum.validators[id];
  const amount = balanceOf(w.ledger, 'ETH', validatorAccount(id));
  if (amount > 0n) transfer(w.ledger, 'ETH', validatorAccount(id), val.withdrawalAccount, amount, 'withdrawal');
  val.status = 'withdrawn';
}
