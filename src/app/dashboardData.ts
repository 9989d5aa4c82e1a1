/**
 * The dashboard's numbers, from one replay of the session's log (scenario + events): per AVS the stake it sees
 * (the stake at risk if it slashes), the stake needed to attack it, the cost of corrupting it alone (the security
 * analysis's exact figure) and its profit from corruption; per holder
 * their value at sampled positions and their yield breakdown from the ledger movements. The compare view runs the
 * same replay under another security model. All amounts come from the engine; nothing is estimated here.
 */
import type { SecurityModel, World } from '../engine/world';
import { servicesSecurity, type ServiceSecurity } from '../engine/views/costOfCorruption';
import { holderValue } from '../engine/views/holderValue';
import type { YieldBreakdown } from './dashboardYield';

/** One AVS's security figures as the dashboard lists them: the engine's read-model, keyed by `id`. */
export type AvsRow = Omit<ServiceSecurity, 'avs'> & { id: string };

export interface HolderSeries {
  id: string;
  name: string;
  points: { position: number; epoch: number; value: bigint }[];
}

export interface DashboardData {
  model: SecurityModel;
  avs: AvsRow[];
  holders: HolderSeries[];
  yields: YieldBreakdown[];
}

/** Per AVS, the engine's security read-model (engine/views/costOfCorruption.ts), as the dashboard lists it. */
export function avsRows(world: World): AvsRow[] {
  return servicesSecurity(world).map(({ avs, ...figures }) => ({ id: avs, ...figures }));
}

/** The holders worth charting: all of them when few, else the largest now (by value). */
export function chartedHolders(world: World, max = 8): string[] {
  const ids = Object.keys(world.holders ?? {});
  if (ids.length <= max) return ids;
  return ids
    .map((id) => ({ id, v: holderValue(world, id) }))
    .sort((a, b) => (b.v > a.v ? 1 : b.v < a.v ? -1 : 0))
    .slice(0, max)
    .map((x) => x.id);
}

/** The model to compare the current one with: pooled vs unique, or sharedVault when the scenario has vaults. */
export function otherModel(world: World): SecurityModel {
  if (world.securityModel !== 'sharedVault' && Object.keys(world.restaking?.vaults ?? {}).length) return 'sharedVault';
  return world.securityModel === 'unique' ? 'pooled' : 'unique';
}
