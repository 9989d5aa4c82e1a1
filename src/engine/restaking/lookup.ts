/** Finding entities of the restaking slice, refusing with a sentence when they do not exist. */
import { RefusedEvent } from '../errors';
import type { World } from '../world';
import type { Avs, OperatorSet } from '../services/avs';
import type { Operator, Staker, Strategy, Vault, Lrt } from './state';
import { say } from '../messages/say';

export function getOperator(world: World, id: string): Operator {
  const o = world.restaking.operators[id];
  if (!o) throw new RefusedEvent(say('restaking.refused.noOperator', { id }));
  return o;
}

export function getStrategy(world: World, id: string): Strategy {
  const s = world.restaking.strategies[id];
  if (!s) {
    const known = Object.keys(world.restaking.strategies).join(', ') || 'none';
    throw new RefusedEvent(say('restaking.refused.noStrategy', { id, known }));
  }
  return s;
}

export function getStaker(world: World, id: string): Staker {
  const s = world.restaking.stakers[id];
  if (!s) throw new RefusedEvent(say('restaking.refused.noStaker', { id }));
  return s;
}

export function getAvs(world: World, id: string): Avs {
  const a = world.restaking.avss[id];
  if (!a) throw new RefusedEvent(say('restaking.refused.noAvs', { id }));
  return a;
}

export function getOperatorSet(world: World, avs: string, set: number): OperatorSet {
  const a = getAvs(world, avs);
  const s = a.sets[String(set)];
  if (!s)
    throw new RefusedEvent(
      say('restaking.refused.noOperatorSet', { name: a.name, set, join: Object.keys(a.sets).join(', ') }),
    );
  return s;
}

export function getVault(world: World, id: string): Vault {
  const v = world.restaking.vaults[id];
  if (!v) throw new RefusedEvent(say('restaking.refused.noVault', { id }));
  return v;
}

export function getLrt(world: World, id: string): Lrt {
  const l = world.restaking.lrts[id];
  if (!l) throw new RefusedEvent(say('restaking.refused.noLrt', { id }));
  return l;
}

export const avsName = (world: World, id: string): string => world.restaking.avss[id]?.name ?? id;

/** A strategy by the token it holds ("LST", "stETH"; natively restaked ETH is "beaconETH"), not its id ("lst"). */
export const strategyName = (world: World, id: string): string => {
  const asset = world.restaking.strategies[id]?.asset;
  return asset ? asset.split(':')[0] : id;
};
