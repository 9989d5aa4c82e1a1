/**
 * The exact security analysis for the dashboard, run in a Web Worker so the page never blocks. The world is mapped
 * to a restaking graph by the engine's restaking networkView (stake units under the active model, with the AVSs
 * each can be slashed by); amounts become exact ratio strings in ETH ("gwei/1e9") for the security engineer's
 * worker (securityClient.ts). The runner asks twice: a quick anytime result (its `exact` flag says whether the
 * verdict is proven) and, when that was not exact, a longer run.
 */
import type { World } from '../engine/world';
import { networkView } from '../engine/restaking/networkView';
import type { SecurityReport } from '../engine/security/analyze';
import type { GraphMessage } from './securityClient';

const GWEI = 1_000_000_000n;

export interface SecurityInput {
  graph: GraphMessage;
  /** Stake unit id -> operator id, to name the worst attack's operators in the graph. */
  operatorOf: Record<string, string>;
}

export function securityInput(world: World): SecurityInput {
  const view = networkView(world);
  const operatorOf: Record<string, string> = {};
  for (const s of view.stakes) operatorOf[s.id] = s.operator;
  return {
    graph: {
      validators: view.stakes.map((s) => ({ id: s.id, stake: `${s.stake}/${GWEI}` })),
      services: view.services.map((s) => ({ id: s.id, profit: `${s.profitFromCorruption}/${GWEI}`, threshold: `${s.attackThreshold[0]}/${s.attackThreshold[1]}` })),
      edges: view.stakes.flatMap((s) => s.services.map((j) => [s.id, j] as [string, string])),
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
