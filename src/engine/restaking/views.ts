/**
 * What each party sees, per security model (mechanics.md §4.2, §4.3, §5.1, §6.4), in ETH (gwei):
 *   unique      an AVS sees, per operator, shares × m / M of each allocation to its sets (ELIP-002);
 *   pooled      an AVS sees the whole delegated stake of every operator registered with it (whitepaper);
 *   sharedVault a network sees shares/totalShares × min(activeStake, networkLimit) per vault (Symbiotic).
 */
import type { World } from '../world';
import { ethValue } from './prices';
import { allocatedStake as allocatedShares } from './magnitude';
import { networkRestakeStake } from './networkRestake';
import { isRegisteredOrSlashable } from './allocations';
import { withdrawableShares } from './stakers';
import type { Operator, Staker } from './state';

function strategiesOfAvs(world: World, avs: string): Set<string> {
  const out = new Set<string>();
  for (const s of Object.values(world.restaking.avss[avs]?.sets ?? {})) for (const st of s.strategies) out.add(st);
  return out;
}

function registeredWith(world: World, operator: string, avs: string): boolean {
  const a = world.restaking.avss[avs];
  if (!a) return false;
  return Object.values(a.sets).some((s) => isRegisteredOrSlashable(world, operator, avs, s.id));
}

function sharesEth(world: World, strategy: string, shares: bigint): bigint {
  const s = world.restaking.strategies[strategy];
  return s ? ethValue(world, s.asset, shares) : shares;
}

/** Stake of one operator in one operator set (ETH), under the world's model. */
export function setStake(world: World, operator: string, avs: string, set: number): bigint {
  const op = world.restaking.operators[operator];
  const os = world.restaking.avss[avs]?.sets[String(set)];
  if (!op || !os || !isRegisteredOrSlashable(world, operator, avs, set)) return 0n;
  let total = 0n;
  for (const strategy of os.strategies) {
    const st = op.strategies[strategy];
    if (!st) continue;
    if (world.securityModel === 'pooled') total += sharesEth(world, strategy, st.shares);
    else {
      const m = world.restaking.allocations[`${operator}|${avs}/${set}|${strategy}`]?.magnitude ?? 0n;
      total += sharesEth(world, strategy, allocatedShares(st.shares, m, st.maxMagnitude));
    }
  }
  return total;
}

/** Stake of `operator` that `avs` can slash (ETH gwei), under the world's model. */
export function allocatedStake(world: World, operator: string, avs: string): bigint {
  if (world.securityModel === 'sharedVault') {
    let total = 0n;
    for (const v of Object.values(world.restaking.vaults)) {
      const shares = v.operatorShares[avs] ?? {};
      const mine = shares[operator] ?? 0n;
      if (mine === 0n) continue;
      const totalShares = Object.values(shares).reduce((a, b) => a + b, 0n);
      total += ethValue(world, v.asset, networkRestakeStake(v.activeStake, v.networkLimits[avs] ?? 0n, mine, totalShares));
    }
    return total;
  }
  const op = world.restaking.operators[operator];
  const a = world.restaking.avss[avs];
  if (!op || !a) return 0n;
  if (world.securityModel === 'pooled') {
    if (!registeredWith(world, operator, avs)) return 0n;
    let total = 0n;
    for (const strategy of strategiesOfAvs(world, avs)) {
      const st = op.strategies[strategy];
      if (st) total += sharesEth(world, strategy, st.shares);
    }
    return total;
  }
  let total = 0n;
  for (const s of Object.values(a.sets)) total += setStake(world, operator, avs, s.id);
  return total;
}

/** Total stake the AVS can slash (ETH gwei): what an attacker must put at risk, summed over operators. */
export function stakeSeenBy(world: World, avs: string): bigint {
  let total = 0n;
  for (const op of operatorIds(world)) total += allocatedStake(world, op, avs);
  return total;
}

function operatorIds(world: World): string[] {
  return Object.keys(world.restaking.operators);
}

/** Every operator, in declaration order. */
export function operatorsOf(world: World): Operator[] {
  return Object.values(world.restaking.operators);
}

/** AVSs whose slashable stake includes this operator. */
export function avssOf(world: World, operator: string): string[] {
  return Object.keys(world.restaking.avss).filter((a) => allocatedStake(world, operator, a) > 0n || registeredWith(world, operator, a));
}

/** The stakers delegated to an operator (EigenLayer models) or holding shares of a vault it serves (sharedVault). */
export function stakersOf(world: World, operator: string): Staker[] {
  return Object.values(world.restaking.stakers).filter((s) => s.delegatedTo === operator);
}

/** The whole delegated stake of an operator, in ETH. */
export function delegatedStake(world: World, operator: string): bigint {
  const op = world.restaking.operators[operator];
  if (!op) return 0n;
  let total = 0n;
  for (const [strategy, st] of Object.entries(op.strategies)) total += sharesEth(world, strategy, st.shares);
  return total;
}

/** What a staker could withdraw now, in ETH, summed over strategies. */
export function stakerEthValue(world: World, staker: Staker): bigint {
  let total = 0n;
  for (const strategy of Object.keys(staker.depositShares)) {
    total += sharesEth(world, strategy, withdrawableShares(world, staker, strategy));
  }
  return total;
}

export { sharesEth };
