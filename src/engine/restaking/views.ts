/**
 * What each party sees, per security model (docs/security-analysis.md section 5), in ETH (gwei):
 *   unique      an AVS sees, per operator, shares × m / M of each allocation to its sets (ELIP-002);
 *   pooled      an AVS sees the whole delegated stake of every operator registered with it (whitepaper);
 *   sharedVault a network sees shares/totalShares × min(activeStake, networkLimit) per vault (Symbiotic).
 */
import type { World } from '../world';
import { ethPricer, ethValue } from './prices';
import { allocatedStake as allocatedShares } from './magnitude';
import { networkRestakeStake } from './networkRestake';
import { isRegisteredOrSlashable } from './allocations';
import { withdrawableShares } from './stakers';
import { setKey, type Staker } from './state';

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
      total += ethValue(
        world,
        v.asset,
        networkRestakeStake(v.activeStake, v.networkLimits[avs] ?? 0n, mine, totalShares),
      );
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

/**
 * allocatedStake(world, operator, avs) for every AVS that can see some of the operator's stake, in one pass over
 * the operator's registrations (or the vaults' shares), rather than one lookup of every set of every AVS: a slash
 * reports what each other AVS of the operator sees before and after. AVSs it gives nothing are left out (or 0n).
 */
export function allocatedStakeByAvs(world: World, operator: string): Map<string, bigint> {
  const rs = world.restaking;
  const out = new Map<string, bigint>();
  const add = (avs: string, x: bigint): void => {
    out.set(avs, (out.get(avs) ?? 0n) + x);
  };
  if (world.securityModel === 'sharedVault') {
    for (const v of Object.values(rs.vaults)) {
      for (const [avs, shares] of Object.entries(v.operatorShares)) {
        const mine = shares[operator] ?? 0n;
        if (mine === 0n) continue;
        const totalShares = Object.values(shares).reduce((a, b) => a + b, 0n);
        add(
          avs,
          ethValue(world, v.asset, networkRestakeStake(v.activeStake, v.networkLimits[avs] ?? 0n, mine, totalShares)),
        );
      }
    }
    return out;
  }
  const op = rs.operators[operator];
  if (!op) return out;
  const registered = new Set<string>();
  for (const key of Object.keys(op.sets)) {
    // A set key is "<avs>/<set>" and a set number has no "/", so the last "/" splits it.
    const cut = key.lastIndexOf('/');
    const avs = key.slice(0, cut);
    const set = rs.avss[avs]?.sets[key.slice(cut + 1)];
    if (!set || setKey(avs, set.id) !== key) continue;
    if (world.securityModel === 'pooled') {
      if (isRegisteredOrSlashable(world, operator, avs, set.id)) registered.add(avs);
    } else add(avs, setStake(world, operator, avs, set.id));
  }
  for (const avs of registered) {
    let total = 0n;
    for (const strategy of strategiesOfAvs(world, avs)) {
      const st = op.strategies[strategy];
      if (st) total += sharesEth(world, strategy, st.shares);
    }
    add(avs, total);
  }
  return out;
}

/**
 * Total stake the AVS can slash (ETH gwei): what an attacker must put at risk, summed over operators. Equal to
 * Σ_operators allocatedStake(world, operator, avs) (tested against that sum on random worlds).
 */
export function stakeSeenBy(world: World, avs: string): bigint {
  if (!world.restaking.avss[avs]) return 0n;
  return stakeSeenByAll(world, [avs]).get(avs) ?? 0n;
}

/**
 * stakeSeenBy for every AVS (or just `only`) in one pass over the registrations and vault shares, rather than
 * one pass over every operator per AVS: the cascade tracer asks for all of them before and after each fault, and
 * on the real-network scenario (445 operators × 10 AVSs) the per-AVS loop was most of a fault's cost. Each
 * (operator, set, strategy) term is priced on its own exactly as allocatedStake prices it (ethValue rounds down
 * per call, so summing shares before pricing would change the figure).
 */
export function stakeSeenByAll(world: World, only?: readonly string[]): Map<string, bigint> {
  const rs = world.restaking;
  const out = new Map<string, bigint>();
  const wanted = only ? new Set(only) : null;
  for (const id of Object.keys(rs.avss)) if (!wanted || wanted.has(id)) out.set(id, 0n);
  const add = (avs: string, x: bigint): void => {
    if (x !== 0n) out.set(avs, out.get(avs)! + x);
  };
  if (world.securityModel === 'sharedVault') {
    for (const v of Object.values(rs.vaults)) {
      const price = ethPricer(world, v.asset);
      for (const [avs, shares] of Object.entries(v.operatorShares)) {
        if (!out.has(avs)) continue;
        const totalShares = Object.values(shares).reduce((a, b) => a + b, 0n);
        const limit = v.networkLimits[avs] ?? 0n;
        for (const [operator, mine] of Object.entries(shares)) {
          if (mine === 0n || !rs.operators[operator]) continue;
          add(avs, price(networkRestakeStake(v.activeStake, limit, mine, totalShares)));
        }
      }
    }
    return out;
  }
  // One pricer per strategy for the pass (the world does not change while we read it).
  const pricers = new Map<string, (shares: bigint) => bigint>();
  const priceOf = (strategy: string): ((shares: bigint) => bigint) => {
    let p = pricers.get(strategy);
    if (!p) {
      const s = rs.strategies[strategy];
      p = s ? ethPricer(world, s.asset) : (x: bigint) => x;
      pricers.set(strategy, p);
    }
    return p;
  };
  if (world.securityModel === 'unique') {
    // Unique stake: each allocation (operator, set, strategy) of a registered (or still slashable) operator adds
    // shares × m / M, as setStake does; allocations of strategies the set does not accept count for nothing.
    for (const a of Object.values(rs.allocations)) {
      if (a.magnitude === 0n || !out.has(a.avs)) continue;
      const os = rs.avss[a.avs].sets[String(a.set)];
      const st = rs.operators[a.operator]?.strategies[a.strategy];
      if (
        !os ||
        !st ||
        !os.strategies.includes(a.strategy) ||
        !isRegisteredOrSlashable(world, a.operator, a.avs, a.set)
      )
        continue;
      add(a.avs, priceOf(a.strategy)(allocatedShares(st.shares, a.magnitude, st.maxMagnitude)));
    }
    return out;
  }
  // Pooled: every AVS an operator is registered with (in any of its sets) sees its whole delegation in the
  // AVS's strategies, once. Operator set key "<avs>/<set>" -> the AVS it belongs to, for the AVSs asked about.
  const avsBySetKey = new Map<string, { avs: string; set: number }>();
  const strategiesByAvs = new Map<string, Set<string>>();
  for (const avs of out.keys()) {
    for (const s of Object.values(rs.avss[avs].sets)) avsBySetKey.set(setKey(avs, s.id), { avs, set: s.id });
    strategiesByAvs.set(avs, strategiesOfAvs(world, avs));
  }
  for (const op of Object.values(rs.operators)) {
    const seenBy = new Set<string>();
    for (const key of Object.keys(op.sets)) {
      const ref = avsBySetKey.get(key);
      if (ref && isRegisteredOrSlashable(world, op.id, ref.avs, ref.set)) seenBy.add(ref.avs);
    }
    for (const avs of seenBy) {
      for (const strategy of strategiesByAvs.get(avs)!) {
        const st = op.strategies[strategy];
        if (st) add(avs, priceOf(strategy)(st.shares));
      }
    }
  }
  return out;
}

/** AVSs whose slashable stake includes this operator. */
export function avssOf(world: World, operator: string): string[] {
  return Object.keys(world.restaking.avss).filter(
    (a) => allocatedStake(world, operator, a) > 0n || registeredWith(world, operator, a),
  );
}

/** The stakers delegated to an operator (EigenLayer models) or holding shares of a vault it serves (sharedVault). */
export function stakersOf(world: World, operator: string): Staker[] {
  const out: Staker[] = [];
  const stakers = world.restaking.stakers;
  for (const id in stakers) if (stakers[id].delegatedTo === operator) out.push(stakers[id]);
  return out;
}

/** The whole delegated stake of an operator, in ETH. */
export function delegatedStake(world: World, operator: string): bigint {
  const op = world.restaking.operators[operator];
  if (!op) return 0n;
  let total = 0n;
  for (const [strategy, st] of Object.entries(op.strategies)) total += sharesEth(world, strategy, st.shares);
  return total;
}

/**
 * An operator's stake as a learner reads it, the one figure its card, inspector and history chart show. Under
 * EigenLayer's models, the stake delegated to it. Under shared vaults nobody delegates to an operator: a vault's
 * delegator lends it collateral per network, so the figure is the most of the vaults' collateral any one network
 * can slash through it (Symbiotic NetworkRestakeDelegator._stakeAt, the figure on its vault edge; the same
 * collateral backs every network, so these do not add up), `vaultBacked`. An operator that also has EigenLayer
 * stake delegated keeps that figure.
 */
export function operatorStake(world: World, operator: string): { kind: 'delegated' | 'vaultBacked'; amount: bigint } {
  const delegated = delegatedStake(world, operator);
  if (world.securityModel !== 'sharedVault' || delegated !== 0n) return { kind: 'delegated', amount: delegated };
  let backed = 0n;
  for (const x of allocatedStakeByAvs(world, operator).values()) if (x > backed) backed = x;
  return backed > 0n ? { kind: 'vaultBacked', amount: backed } : { kind: 'delegated', amount: 0n };
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
