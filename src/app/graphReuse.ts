/**
 * A new graph model that keeps the previous model's node and edge objects wherever they are unchanged in value.
 * A cascade shows the world as of each step, so the graph is built again at every step, though a step changes a
 * few cards at most: with the unchanged objects kept, Svelte Flow and the card components leave those cards and
 * edges alone (on a 300-node graph, updating every card at each step cost most of a cascade's frames), and a step
 * that changes nothing drawn gives back the previous model itself, so nothing downstream runs at all.
 */
import type { GraphEdge, GraphModel, GraphNode } from './graphModel';

/** Equal as plain data (objects, arrays, strings, numbers, bigints, booleans); functions and classes by identity. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (
    Array.isArray(b) ||
    Object.getPrototypeOf(a) !== Object.prototype ||
    Object.getPrototypeOf(b) !== Object.prototype
  )
    return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k) || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  }
  return true;
}

function keepNode(old: GraphNode | undefined, n: GraphNode): GraphNode {
  if (!old) return n;
  if (sameData(old, n)) return old;
  // Moved or resized but showing the same: its data object stays, so the card itself does not render again.
  return sameData(old.data, n.data) ? { ...n, data: old.data } : n;
}

function keepEdge(old: GraphEdge | undefined, e: GraphEdge): GraphEdge {
  return old && sameData(old, e) ? old : e;
}

/** `next`, with `prev`'s objects kept where equal; `prev` itself when nothing changed. */
export function reuseGraph(prev: GraphModel | null, next: GraphModel): GraphModel {
  if (!prev) return next;
  const oldNodes = new Map(prev.nodes.map((n) => [n.id, n]));
  const oldEdges = new Map(prev.edges.map((e) => [e.id, e]));
  const nodes = next.nodes.map((n) => keepNode(oldNodes.get(n.id), n));
  const edges = next.edges.map((e) => keepEdge(oldEdges.get(e.id), e));
  const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (same(nodes, prev.nodes) && same(edges, prev.edges)) return prev;
  // Arrays whose every object is kept, in the same order, are kept too (a step that changed only edges).
  return { nodes: same(nodes, prev.nodes) ? prev.nodes : nodes, edges: same(edges, prev.edges) ? prev.edges : edges };
}
