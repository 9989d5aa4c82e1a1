/**
 * The restaking network as the security analysis sees it (docs/security-analysis.md §5): stake units
 * ("validators" of the Durvasula–Roughgarden graph) with the services they are restaked to.
 *   unique      one unit per (operator, operator set) allocation, σ = shares × m / M, restaked to exactly one AVS;
 *   pooled      one unit per operator, σ = its whole delegated stake, restaked to every AVS it is registered with;
 *   sharedVault one unit per (vault, operator), σ = the largest stake it gives any network, restaked to every
 *               network that sees it (an approximation: each network sees min(active, limit) of it).
 * (Provisional shape until security/fromNetwork.ts defines RestakingNetworkView; the security model adapts it.)
 */
import type { SecurityModel, World } from '../world';
import { ethValue } from './prices';
import { networkRestakeStake } from './networkRestake';
import { allocatedStake, delegatedStake, setStake, stakeSeenByAll } from './views';
import { setKey } from './state';
import type { AvsKind } from '../services/avs';

export interface NetworkStakeUnit {
  id: string;
  operator: string;
  /** ETH gwei. */
  stake: bigint;
  services: string[];
}

export interface NetworkService {
  id: string;
  name: string;
  kind: AvsKind;
  /** ETH gwei. */
  profitFromCorruption: bigint;
  attackThreshold: [bigint, bigint];
  stakeSeen: bigint;
}

export interface RestakingNetworkView {
  model: SecurityModel;
  operators: Array<{ id: string; name: string; delegatedStake: bigint }>;
  services: NetworkService[];
  stakes: NetworkStakeUnit[];
}

export function networkView(world: World): RestakingNetworkView {
  const rs = world.restaking;
  // one pass over the allocations for every AVS, not one per AVS
  const seen = stakeSeenByAll(world);
  const services = Object.values(rs.avss).map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    profitFromCorruption: a.profitFromCorruption,
    attackThreshold: a.attackThreshold,
    stakeSeen: seen.get(a.id) ?? 0n,
  }));
  const operators = Object.values(rs.operators).map((o) => ({
    id: o.id,
    name: o.name,
    delegatedStake: delegatedStake(world, o.id),
  }));
  const stakes: NetworkStakeUnit[] = [];
  if (world.securityModel === 'unique') {
    for (const o of Object.values(rs.operators)) {
      for (const a of Object.values(rs.avss)) {
        for (const s of Object.values(a.sets)) {
          // an operator has stake only in the sets it registered with (most of the 445 x 10 pairs are empty)
          if (!o.sets[setKey(a.id, s.id)]) continue;
          const stake = setStake(world, o.id, a.id, s.id);
          if (stake > 0n) stakes.push({ id: `${o.id}@${a.id}/${s.id}`, operator: o.id, stake, services: [a.id] });
        }
      }
    }
  } else if (world.securityModel === 'pooled') {
    for (const o of Object.values(rs.operators)) {
      const svc = Object.keys(rs.avss).filter((a) => allocatedStake(world, o.id, a) > 0n);
      const stake = delegatedStake(world, o.id);
      if (stake > 0n && svc.length) stakes.push({ id: o.id, operator: o.id, stake, services: svc });
    }
  } else {
    for (const v of Object.values(rs.vaults)) {
      for (const o of Object.values(rs.operators)) {
        let best = 0n;
        const svc: string[] = [];
        for (const [n, shares] of Object.entries(v.operatorShares)) {
          const mine = shares[o.id] ?? 0n;
          if (mine === 0n) continue;
          const total = Object.values(shares).reduce((x, y) => x + y, 0n);
          const st = ethValue(
            world,
            v.asset,
            networkRestakeStake(v.activeStake, v.networkLimits[n] ?? 0n, mine, total),
          );
          if (st === 0n) continue;
          svc.push(n);
          if (st > best) best = st;
        }
        if (best > 0n) stakes.push({ id: `${v.id}:${o.id}`, operator: o.id, stake: best, services: svc });
      }
    }
  }
  return { model: world.securityModel, operators, services, stakes };
}
