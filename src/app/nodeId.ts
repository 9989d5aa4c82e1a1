/** A graph node's id is `<kind>:<engine id>` (graphModel.ts makes them); this reads one back. */
import type { EntityKind } from './worldView';

export const splitNodeId = (nodeId: string): { kind: EntityKind; ref: string } => {
  const at = nodeId.indexOf(':');
  return { kind: nodeId.slice(0, at) as EntityKind, ref: nodeId.slice(at + 1) };
};
