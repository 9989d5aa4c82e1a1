/**
 * What dropping a holder's stake on a node means, as the engine event it becomes. The only place that knows the
 * mapping from a gesture to an event; the engine decides whether the protocol allows it (and says why not).
 */
import type { World } from '../engine/world';
import type { EntityKind } from './worldView';
import type { EventJson } from './session.svelte';

export interface DropTarget {
  /** Graph node id, `<kind>:<engine id>`. */
  nodeId: string;
  kind: EntityKind;
  ref: string;
  name: string;
}

/** Kinds a holder's ETH can be dropped on. */
export const DROPPABLE: ReadonlySet<EntityKind> = new Set(['validator', 'lstPool', 'operator', 'avs', 'lrt', 'vault']);

export const splitNodeId = (nodeId: string): { kind: EntityKind; ref: string } => {
  const at = nodeId.indexOf(':');
  return { kind: nodeId.slice(0, at) as EntityKind, ref: nodeId.slice(at + 1) };
};

/**
 * The event for `holder` putting `amount` (decimal ETH string) into `target`. Event shapes follow the engine's
 * schemas (src/engine/*\/events.ts); a target kind whose model has no such event yet gets a clear refusal from
 * the engine's parser, which the sandbox shows.
 */
export function dropEvent(world: World, holder: string, target: DropTarget, amount: string): EventJson {
  switch (target.kind) {
    case 'validator':
      return { type: 'Deposit', from: holder, validator: target.ref, amount };
    case 'lstPool':
      return world.liquid?.rocket?.[target.ref]
        ? { type: 'RocketDeposit', holder, pool: target.ref, amount }
        : { type: 'LidoSubmit', holder, pool: target.ref, amount };
    case 'operator':
      return { type: 'Restake', holder, operator: target.ref, amount };
    case 'avs':
      return { type: 'Allocate', holder, avs: target.ref, amount };
    case 'lrt':
      return { type: 'LrtDeposit', holder, lrt: target.ref, amount };
    case 'vault':
      return { type: 'VaultDeposit', holder, vault: target.ref, amount };
    default:
      return { type: 'Unsupported', target: target.nodeId };
  }
}
