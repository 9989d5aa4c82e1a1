/**
 * From the engine's restaking world to a restaking graph, under each security model (issue 4, deliverable 2;
 * ELIP-002, Symbiotic NetworkRestakeDelegator). The engine's own restaking state is still being written, so this module
 * defines a small plain view of it; whoever owns that state maps it into a RestakingNetworkView.
 *
 * - unique (EigenLayer since ELIP-002): every (operator, service) allocation is its own stake node, holding
 *   floor(stake · magnitude / 1e18) (AllocationManager rounds the allocated stake down) and restaked to that
 *   one service only. Services never share stake; every component of the graph is a single service.
 * - pooled (the pre-slashing whitepaper model): every operator is one node with its whole stake, restaked to
 *   every service it has a positive allocation to. Any of them can slash all of it.
 * - sharedVault (Symbiotic NetworkRestakeDelegator): a vault's collateral backs several networks up to each
 *   network's limit, and inside a network operators split it by shares: network j sees
 *   shares(o, j) / totalShares(j) · min(activeStake, limit_j) of operator o. Several networks can see the same
 *   collateral, each only up to its own amount, which a restaking graph can express with layers: sort o's
 *   amounts a_1 ≤ a_2 ≤ …; layer k holds a_k − a_{k−1} and is restaked to every network seeing at least a_k.
 *   Each network then sees exactly its amount, and the bottom layer is shared by all of o's networks. (The
 *   model lets an attacker commit some layers and not others, which a real operator cannot; that can only make
 *   attacks cheaper, so the verdict errs on the side of "insecure".)
 *
 * Amounts are gwei; the graph is in ETH (exact rationals gwei/1e9), so reports read in ETH. Stake nobody can
 * slash (unallocated stake, operators serving nothing) is not part of the graph, so s(V) is slashable stake.
 */
import { networkRestakeStake } from '../restaking/networkRestake';
import { WAD } from '../restaking/wad';
import type { RestakingGraph } from './graph';
import { type Rational, rat, toRational } from './rational';

export type SecurityModel = 'unique' | 'pooled' | 'sharedVault';

export const GWEI_PER_ETH = 10n ** 9n;

export interface RestakingNetworkView {
  model: SecurityModel;
  operators: { id: string; stakeGwei: bigint }[];
  /** threshold: a decimal ("0.5") or a ratio ("2/3") or an exact rational */
  services: { id: string; profitGwei: bigint; threshold: string | Rational }[];
  /** magnitudeWad: fraction of the operator's stake allocated to the service, 1e18 = 100% */
  allocations: { operator: string; service: string; magnitudeWad: bigint }[];
  vaults?: {
    id: string;
    activeStakeGwei: bigint;
    networkLimits: { service: string; limitGwei: bigint }[];
    operatorShares: { service: string; operator: string; shares: bigint }[];
  }[];
}

/** What each validator node of the graph stands for. */
export interface StakeNode {
  id: string;
  operator: string;
  /** unique: the one service of the allocation */
  service?: string;
  /** sharedVault: the vault and the layer (1 = bottom) */
  vault?: string;
  layer?: number;
  stakeGwei: bigint;
  services: string[];
}

export interface MappedGraph {
  model: SecurityModel;
  graph: RestakingGraph;
  nodes: StakeNode[];
}

export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

const eth = (gwei: bigint): Rational => rat(gwei, GWEI_PER_ETH);

export function toRestakingGraph(view: RestakingNetworkView, model: SecurityModel = view.model): MappedGraph {
  const opIndex = new Map<string, number>();
  view.operators.forEach((o, i) => {
    if (opIndex.has(o.id)) throw new NetworkError(`$.operators[${i}].id`, `duplicate operator id "${o.id}"`);
    if (o.stakeGwei < 0n) throw new NetworkError(`$.operators[${i}].stake`, 'stake must not be negative');
    opIndex.set(o.id, i);
  });
  const svcIndex = new Map<string, number>();
  const services = view.services.map((s, i) => {
    if (svcIndex.has(s.id)) throw new NetworkError(`$.services[${i}].id`, `duplicate service id "${s.id}"`);
    svcIndex.set(s.id, i);
    if (s.profitGwei < 0n) throw new NetworkError(`$.services[${i}].profit`, 'profit must not be negative');
    let threshold: Rational;
    try {
      threshold = toRational(s.threshold);
    } catch (e) {
      throw new NetworkError(`$.services[${i}].threshold`, (e as Error).message);
    }
    if (threshold.n <= 0n || threshold.n > threshold.d)
      throw new NetworkError(`$.services[${i}].threshold`, 'threshold must be in (0, 1]');
    return { id: s.id, profit: eth(s.profitGwei), threshold };
  });
  view.allocations.forEach((a, i) => {
    if (!opIndex.has(a.operator))
      throw new NetworkError(`$.allocations[${i}].operator`, `unknown operator id "${a.operator}"`);
    if (!svcIndex.has(a.service))
      throw new NetworkError(`$.allocations[${i}].service`, `unknown service id "${a.service}"`);
    if (a.magnitudeWad < 0n || a.magnitudeWad > WAD)
      throw new NetworkError(`$.allocations[${i}].magnitude`, 'magnitude must be between 0 and 1');
  });
  // EigenLayer keeps Σ allocations ≤ maxMagnitude per operator (encumbered magnitude)
  const encumbered = new Map<string, bigint>();
  view.allocations.forEach((a, i) => {
    const e = (encumbered.get(a.operator) ?? 0n) + a.magnitudeWad;
    encumbered.set(a.operator, e);
    if (model === 'unique' && e > WAD)
      throw new NetworkError(
        `$.allocations[${i}].magnitude`,
        `operator "${a.operator}" allocates more than 100% in total`,
      );
  });

  const nodes: StakeNode[] = [];
  if (model === 'unique') {
    for (const a of view.allocations) {
      const o = view.operators[opIndex.get(a.operator)!];
      const stake = (o.stakeGwei * a.magnitudeWad) / WAD;
      if (stake > 0n)
        nodes.push({
          id: `${a.operator}@${a.service}`,
          operator: a.operator,
          service: a.service,
          stakeGwei: stake,
          services: [a.service],
        });
    }
    mergeDuplicates(nodes);
  } else if (model === 'pooled') {
    const served = new Map<string, string[]>();
    for (const a of view.allocations) {
      if (a.magnitudeWad === 0n) continue;
      const list = served.get(a.operator) ?? [];
      if (!list.includes(a.service)) list.push(a.service);
      served.set(a.operator, list);
    }
    for (const o of view.operators) {
      const list = served.get(o.id);
      if (list && o.stakeGwei > 0n) nodes.push({ id: o.id, operator: o.id, stakeGwei: o.stakeGwei, services: list });
    }
  } else {
    if (!view.vaults) throw new NetworkError('$.vaults', 'the sharedVault model needs vaults');
    view.vaults.forEach((vault, vi) => {
      const limits = new Map<string, bigint>();
      vault.networkLimits.forEach((l, li) => {
        if (!svcIndex.has(l.service))
          throw new NetworkError(`$.vaults[${vi}].networkLimits[${li}].service`, `unknown service id "${l.service}"`);
        limits.set(l.service, l.limitGwei);
      });
      const total = new Map<string, bigint>();
      vault.operatorShares.forEach((s, si) => {
        if (!svcIndex.has(s.service))
          throw new NetworkError(`$.vaults[${vi}].operatorShares[${si}].service`, `unknown service id "${s.service}"`);
        if (!opIndex.has(s.operator))
          throw new NetworkError(
            `$.vaults[${vi}].operatorShares[${si}].operator`,
            `unknown operator id "${s.operator}"`,
          );
        if (s.shares < 0n)
          throw new NetworkError(`$.vaults[${vi}].operatorShares[${si}].shares`, 'shares must not be negative');
        total.set(s.service, (total.get(s.service) ?? 0n) + s.shares);
      });
      // amount each network sees of each operator
      const seen = new Map<string, Map<string, bigint>>();
      for (const s of vault.operatorShares) {
        const limit = limits.get(s.service) ?? 0n;
        const amount = networkRestakeStake(vault.activeStakeGwei, limit, s.shares, total.get(s.service) ?? 0n);
        if (amount <= 0n) continue;
        const m = seen.get(s.operator) ?? new Map<string, bigint>();
        m.set(s.service, (m.get(s.service) ?? 0n) + amount);
        seen.set(s.operator, m);
      }
      for (const [operator, bySvc] of seen) {
        const levels = [...new Set(bySvc.values())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        let below = 0n;
        levels.forEach((level, k) => {
          const svcs = [...bySvc.entries()].filter(([, amt]) => amt >= level).map(([svc]) => svc);
          nodes.push({
            id: levels.length === 1 ? `${vault.id}/${operator}` : `${vault.id}/${operator}#${k + 1}`,
            operator,
            vault: vault.id,
            layer: k + 1,
            stakeGwei: level - below,
            services: svcs,
          });
          below = level;
        });
      }
    });
  }
  const graph: RestakingGraph = {
    validators: nodes.map((n) => ({ id: n.id, stake: eth(n.stakeGwei) })),
    services,
    edges: nodes.flatMap((n) => n.services.map((j): [string, string] => [n.id, j])),
  };
  return { model, graph, nodes };
}

/** Two allocation entries for the same (operator, service) add up (one node). */
function mergeDuplicates(nodes: StakeNode[]): void {
  const byId = new Map<string, StakeNode>();
  let w = 0;
  for (const n of nodes) {
    const prev = byId.get(n.id);
    if (prev) prev.stakeGwei += n.stakeGwei;
    else {
      byId.set(n.id, n);
      nodes[w++] = n;
    }
  }
  nodes.length = w;
}
