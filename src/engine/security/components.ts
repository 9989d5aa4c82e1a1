/**
 * Splitting the graph into independent pieces.
 *
 * For the profit-driven questions (is there a valid attack, what is the best one, what is the slack) only
 * services with p_j > 0 matter: a zero-profit service never raises p(A) and only adds coverage to pay for. Two
 * services interact only through shared validators, so the connected components of the bipartite graph
 * restricted to profitable services are independent: the best attack is the union of each component's best
 * positive attack, and the slack is the minimum of the components' slacks (a union's ratio s/p is a mediant,
 * never below the smallest part). Under EigenLayer's unique stake every allocation is its own validator node
 * with a single service, so every component is one service: real networks split into many tiny problems.
 */
import type { ScaledGraph } from './scaled';

export interface Component {
  /** global service indices, ascending */
  services: number[];
  /** global validator indices adjacent to those services, ascending */
  validators: number[];
}

/** Components over services selected by `keep` (default: profit > 0). Validators touching none are dropped. */
export function components(sg: ScaledGraph, keep: (j: number) => boolean = (j) => sg.P[j] > 0n): Component[] {
  const { n, m, vServices } = sg.g;
  // union-find over services; a validator links all its kept services
  const parent = Int32Array.from({ length: m }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (let v = 0; v < n; v++) {
    let first = -1;
    for (const j of vServices[v]) {
      if (!keep(j)) continue;
      if (first < 0) first = j;
      else {
        const a = find(first);
        const b = find(j);
        if (a !== b) parent[a] = b;
      }
    }
  }
  const byRoot = new Map<number, Component>();
  for (let j = 0; j < m; j++) {
    if (!keep(j)) continue;
    const r = find(j);
    let c = byRoot.get(r);
    if (!c) byRoot.set(r, (c = { services: [], validators: [] }));
    c.services.push(j);
  }
  for (let v = 0; v < n; v++) {
    const j = vServices[v].find(keep);
    if (j !== undefined) byRoot.get(find(j))!.validators.push(v);
  }
  return [...byRoot.values()];
}
