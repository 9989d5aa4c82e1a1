/**
 * The faults a node offers: the engine's fault catalogue decides (faultsFor); this turns each offer's parsed
 * event back into the JSON form the session logs (amounts as decimal strings, fractions as "n/d").
 */
import type { World } from '../engine/world';
import { faultsFor } from '../engine/faults/catalogue';
import { formatEth } from '../engine/ledger/amount';
import type { Entity } from './worldView';
import type { EventJson } from './session.svelte';
import { splitNodeId } from './dropActions';
import { formatPercent } from '../engine/staking/cosmos/dec';

export interface FaultOption {
  kind: string;
  title: string;
  description: string;
  /** The other party (an operator or AVS) when an entity offers the same fault for several. */
  detail: string | null;
  event: EventJson;
}

/** bigint -> decimal units; [num, den] -> "num/den"; arrays and objects recursively. */
export function eventToJson(value: unknown): unknown {
  if (typeof value === 'bigint') return formatEth(value);
  if (Array.isArray(value)) {
    if (value.length === 2 && typeof value[0] === 'bigint' && typeof value[1] === 'bigint')
      return `${value[0]}/${value[1]}`;
    return value.map(eventToJson);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, eventToJson(v)]));
  }
  return value;
}

export function faultsForNode(world: World, entity: Entity): FaultOption[] {
  const { kind, ref } = splitNodeId(entity.id);
  if (kind === 'cosmosValidator') return cosmosFaults(world, ref);
  let offers: ReturnType<typeof faultsFor>;
  try {
    offers = faultsFor(world, ref);
  } catch {
    return [];
  }
  return offers.map((o) => {
    const e = o.event as unknown as Record<string, unknown>;
    const other = e.avs && e.avs !== ref ? String(e.avs) : e.operator && e.operator !== ref ? String(e.operator) : null;
    const name = other
      ? (world.restaking?.avss?.[other]?.name ?? world.restaking?.operators?.[other]?.name ?? other)
      : null;
    return {
      kind: o.kind,
      title: o.title,
      description: o.description,
      detail: name,
      event: eventToJson(o.event) as EventJson,
    };
  });
}

/**
 * The Cosmos chain's two punished faults (x/evidence double sign, x/slashing downtime) for one of its validators,
 * with the chain's own parameters in the description. Not offered where the chain would ignore them: evidence
 * against a tombstoned validator, downtime of a validator already jailed (out of the active set).
 */
function cosmosFaults(world: World, validator: string): FaultOption[] {
  const c = world.cosmos;
  const v = c?.validators?.[validator];
  if (!v) return [];
  const out: FaultOption[] = [];
  if (v.status !== 'tombstoned') {
    out.push({
      kind: 'double-sign',
      title: 'Double-sign',
      description: `${v.name} signs two blocks at the same height: the chain slashes ${formatPercent(c.params.slashFractionDoubleSign)}% of the stake it had then, including unbonding and redelegation entries started since, then jails and tombstones it for ever.`,
      detail: null,
      event: { type: 'CosmosDoubleSign', validator },
    });
  }
  if (v.status === 'bonded') {
    out.push({
      kind: 'downtime',
      title: 'Downtime',
      description: `${v.name} misses too many blocks of the signing window: the chain slashes ${formatPercent(c.params.slashFractionDowntime)}% of its stake and jails it for ${Math.round(c.params.downtimeJailSeconds / 60)} minutes; its delegators earn nothing until it unjails.`,
      detail: null,
      event: { type: 'CosmosDowntime', validator },
    });
  }
  return out;
}
