/**
 * The faults a node offers: the engine's fault catalogue decides (faultsFor, and cosmosFaultsFor for a Cosmos-like
 * chain's validators); this turns each offer's parsed event back into the JSON form the session logs (amounts as
 * decimal strings, fractions as "n/d"). Titles and descriptions are the catalogue's: English as the engine renders
 * it, and as engine messages for another language (the UI's tFault).
 */
import type { World } from '../engine/world';
import type { EngineMessage } from '../engine/messages/say';
import { cosmosFaultsFor, faultsFor } from '../engine/faults/catalogue';
import { formatNumber as formatEth } from './format/amount';
import type { Entity } from './worldView';
import type { EventJson } from './session.svelte';
import { splitNodeId } from './dropActions';

export interface FaultOption {
  kind: string;
  /** The catalogue's title and description, rendered in English (see `messages`). */
  title: string;
  description: string;
  messages: { title: EngineMessage; description: EngineMessage };
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
  if (kind === 'cosmosValidator')
    return cosmosFaultsFor(world, ref).map((o) => ({
      kind: o.kind,
      title: o.title,
      description: o.description,
      messages: o.messages,
      detail: null,
      event: o.event as unknown as EventJson,
    }));
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
      messages: o.messages,
      detail: name,
      event: eventToJson(o.event) as EventJson,
    };
  });
}
