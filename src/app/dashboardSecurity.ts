/**
 * The exact security analysis for the dashboard, run in a Web Worker so the page never blocks. The world is mapped
 * to a restaking graph by the engine (security/fromWorld.ts: stake nodes under the active model, with the AVSs
 * each can be slashed by); amounts become exact ratio strings in ETH for the worker (securityClient.ts). The
 * runner asks twice: a quick anytime result (its `exact` flag says whether the verdict is proven) and, when that
 * was not exact, a longer run.
 */
import type { World } from '../engine/world';
import { worldGraph } from '../engine/security/fromWorld';
import type { SecurityReport } from '../engine/security/analyze';
import type { GraphMessage } from './securityProtocol';

export interface SecurityInput {
  graph: GraphMessage;
  /** Stake unit id -> operator id, to name the worst attack's operators in the graph. */
  operatorOf: Record<string, string>;
}

export function securityInput(world: World): SecurityInput {
  // The engine maps the world under its security model (security/fromWorld.ts); the worker takes exact ratio
  // strings, so the graph crosses the postMessage boundary without losing a gwei.
  const { graph, operatorOf } = worldGraph(world);
  const ratio = (r: { n: bigint; d: bigint }) => `${r.n}/${r.d}`;
  return {
    graph: {
      validators: graph.validators.map((v) => ({ id: v.id, stake: ratio(v.stake) })),
      services: graph.services.map((s) => ({ id: s.id, profit: ratio(s.profit), threshold: ratio(s.threshold) })),
      edges: graph.edges,
    },
    operatorOf,
  };
}

/** Graph node ids of an attack: its AVSs and the operators behind its stake units. */
export function attackNodes(report: SecurityReport, operatorOf: Record<string, string>): string[] {
  const a = report.worstAttack;
  if (!a) return [];
  const ops = new Set(a.validators.map((v) => operatorOf[v]).filter(Boolean));
  return [...a.services.map((s) => `avs:${s}`), ...[...ops].map((o) => `operator:${o}`)];
}
