/**
 * The engine's world as a restaking graph (issue 4, deliverable 2): the restaking slice mapped under the world's
 * security model, so the app, the CLI and the cascade tracer analyse exactly what the simulator holds.
 *   unique      one stake node per (operator, operator set) allocation, restaked to that AVS alone;
 *   pooled      one node per operator with its whole delegated stake, restaked to every AVS it serves;
 *   sharedVault the vaults' collateral as layers (fromNetwork.ts), each network seeing exactly
 *               shares/totalShares × min(activeStake, limit) of each operator.
 * Stake is valued in ETH by the restaking model's own pricing (LST and LRT rates), in gwei, exactly.
 */
import type { SecurityModel, World } from '../world';
import { networkView } from '../restaking/networkView';
import { ethValue } from '../restaking/prices';
import type { RestakingGraph } from './graph';
import { rat } from './rational';
import { GWEI_PER_ETH, toRestakingGraph, type RestakingNetworkView } from './fromNetwork';

export interface WorldGraph {
  model: SecurityModel;
  graph: RestakingGraph;
  /** Stake node id -> the operator behind it, to name an attack's operators. */
  operatorOf: Record<string, string>;
}

const eth = (gwei: bigint) => rat(gwei, GWEI_PER_ETH);

export function worldGraph(world: World, model: SecurityModel = world.securityModel): WorldGraph {
  const rs = world.restaking;
  const services = Object.values(rs.avss).map((a) => ({
    id: a.id,
    profit: eth(a.profitFromCorruption),
    threshold: rat(a.attackThreshold[0], a.attackThreshold[1]),
  }));
  if (model === 'sharedVault') {
    const view: RestakingNetworkView = {
      model,
      operators: Object.values(rs.operators).map((o) => ({ id: o.id, stakeGwei: 0n })),
      services: Object.values(rs.avss).map((a) => ({
        id: a.id,
        profitGwei: a.profitFromCorruption,
        threshold: rat(a.attackThreshold[0], a.attackThreshold[1]),
      })),
      allocations: [],
      vaults: Object.values(rs.vaults).map((v) => ({
        id: v.id,
        activeStakeGwei: ethValue(world, v.asset, v.activeStake),
        networkLimits: Object.entries(v.networkLimits).map(([service, limit]) => ({
          service,
          limitGwei: ethValue(world, v.asset, limit),
        })),
        operatorShares: Object.entries(v.operatorShares).flatMap(([service, shares]) =>
          Object.entries(shares).map(([operator, s]) => ({ service, operator, shares: s })),
        ),
      })),
    };
    const mapped = toRestakingGraph(view, model);
    return {
      model,
      graph: mapped.graph,
      operatorOf: Object.fromEntries(mapped.nodes.map((n) => [n.id, n.operator])),
    };
  }
  const view = networkView({ ...world, securityModel: model });
  return {
    model,
    graph: {
      validators: view.stakes.map((s) => ({ id: s.id, stake: eth(s.stake) })),
      services,
      edges: view.stakes.flatMap((s) => s.services.map((j) => [s.id, j] as [string, string])),
    },
    operatorOf: Object.fromEntries(view.stakes.map((s) => [s.id, s.operator])),
  };
}
