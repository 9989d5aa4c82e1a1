/**
 * The figures the chart widget draws, all the engine's: the security read-model per service (as the dashboard's
 * bars), or each charted holder's value after each sampled event of the log (as the dashboard's lines).
 */
import { avsRows, chartedHolders, type AvsRow } from '../dashboardData';
import { history } from '../history';
import type { ScenarioStore } from '../scenario.svelte';
import { holderValue } from '../../engine/views/holderValue';

export type { AvsRow };

export function serviceRows(scenario: ScenarioStore): AvsRow[] {
  return scenario.world ? avsRows(scenario.world) : [];
}

export interface HolderLines {
  xs: number[];
  series: { name: string; values: number[] }[];
}

/** Each charted holder's value in ETH (the engine's gwei / 1e9) after each sampled event. */
export function holderLines(scenario: ScenarioStore): HolderLines {
  const world = scenario.world;
  if (!world) return { xs: [], series: [] };
  const ids = chartedHolders(world);
  const samples = history(scenario, (w) => ids.map((id) => (w.holders[id] ? holderValue(w, id) : 0n)));
  return {
    xs: samples.map((s) => s.position),
    series: ids.map((id, i) => ({
      name: world.holders[id]?.name ?? id,
      values: samples.map((s) => Number(s.value[i]) / 1e9),
    })),
  };
}
