/**
 * The restaking graph of Durvasula and Roughgarden ("Robust Restaking Networks", ITCS 2025), as the security
 * analysis sees it (section 2 of the paper; the contract is issue 4):
 *
 *   validators v with stake s_v > 0, services j with profit from corruption p_j ≥ 0 and threshold a_j ∈ (0, 1],
 *   edges v–j (v is restaked to j). N(j) = validators restaked to j.
 *
 * This module holds the plain input type, its validation (every problem with a JSON-style path), the indexed
 * form the algorithms use, and an exact checker for coalitions that every reported attack is run through.
 */
import { add, cmp, mul, type Rational, rat, ZERO } from './rational';

export interface GraphValidator {
  id: string;
  stake: Rational;
}
export interface GraphService {
  id: string;
  profit: Rational;
  threshold: Rational;
}
export interface RestakingGraph {
  validators: GraphValidator[];
  services: GraphService[];
  /** [validator id, service id] */
  edges: [string, string][];
}

export interface GraphIssue {
  /** JSON path like $.validators[2].stake */
  path: string;
  message: string;
}

/** Every problem in the graph, in document order; empty when the graph is usable. */
export function validateGraph(g: RestakingGraph): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const vIds = new Map<string, number>();
  g.validators.forEach((v, i) => {
    if (v.id === '') issues.push({ path: `$.validators[${i}].id`, message: 'must not be empty' });
    if (vIds.has(v.id))
      issues.push({
        path: `$.validators[${i}].id`,
        message: `duplicate validator id "${v.id}" (first at $.validators[${vIds.get(v.id)}])`,
      });
    else vIds.set(v.id, i);
    if (v.stake.n <= 0n)
      issues.push({
        path: `$.validators[${i}].stake`,
        message: v.stake.n < 0n ? 'stake must not be negative' : 'stake must be greater than zero',
      });
  });
  const sIds = new Map<string, number>();
  g.services.forEach((s, i) => {
    if (s.id === '') issues.push({ path: `$.services[${i}].id`, message: 'must not be empty' });
    if (sIds.has(s.id))
      issues.push({
        path: `$.services[${i}].id`,
        message: `duplicate service id "${s.id}" (first at $.services[${sIds.get(s.id)}])`,
      });
    else sIds.set(s.id, i);
    if (s.profit.n < 0n) issues.push({ path: `$.services[${i}].profit`, message: 'profit must not be negative' });
    if (s.threshold.n <= 0n || s.threshold.n > s.threshold.d) {
      issues.push({
        path: `$.services[${i}].threshold`,
        message: 'threshold must be in (0, 1]: greater than 0 and at most 1',
      });
    }
  });
  g.edges.forEach(([v, j], i) => {
    if (!vIds.has(v)) issues.push({ path: `$.edges[${i}][0]`, message: `unknown validator id "${v}"` });
    if (!sIds.has(j)) issues.push({ path: `$.edges[${i}][1]`, message: `unknown service id "${j}"` });
  });
  return issues;
}

/** Index-based form: validators 0..n-1, services 0..m-1, adjacency both ways (duplicate edges dropped). */
export interface IndexedGraph {
  n: number;
  m: number;
  vIds: string[];
  sIds: string[];
  stake: Rational[];
  profit: Rational[];
  threshold: Rational[];
  /** services of validator v, ascending */
  vServices: number[][];
  /** validators of service j, ascending */
  sValidators: number[][];
}

export class GraphError extends Error {
  override name = 'GraphError';
  constructor(readonly issues: GraphIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  }
}

export function indexGraph(g: RestakingGraph): IndexedGraph {
  const issues = validateGraph(g);
  if (issues.length) throw new GraphError(issues);
  const vIndex = new Map(g.validators.map((v, i) => [v.id, i]));
  const sIndex = new Map(g.services.map((s, i) => [s.id, i]));
  const n = g.validators.length;
  const m = g.services.length;
  const vSets: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const [v, j] of g.edges) vSets[vIndex.get(v)!].add(sIndex.get(j)!);
  const vServices = vSets.map((s) => [...s].sort((a, b) => a - b));
  const sValidators: number[][] = Array.from({ length: m }, () => []);
  vServices.forEach((js, v) => js.forEach((j) => sValidators[j].push(v)));
  return {
    n,
    m,
    vIds: g.validators.map((v) => v.id),
    sIds: g.services.map((s) => s.id),
    stake: g.validators.map((v) => v.stake),
    profit: g.services.map((s) => s.profit),
    threshold: g.services.map((s) => s.threshold),
    vServices,
    sValidators,
  };
}

/** The graph with validators `removed` deleted (services stay; their N(j) shrinks). Indices are kept. */
export function withoutValidators(g: IndexedGraph, removed: ReadonlySet<number>): IndexedGraph {
  if (removed.size === 0) return g;
  return {
    ...g,
    vServices: g.vServices.map((js, v) => (removed.has(v) ? [] : js)),
    sValidators: g.sValidators.map((vs) => vs.filter((v) => !removed.has(v))),
  };
}

export function stakeOf(g: IndexedGraph, vs: Iterable<number>): Rational {
  let acc = ZERO;
  for (const v of vs) acc = add(acc, g.stake[v]);
  return acc;
}
export function profitOf(g: IndexedGraph, js: Iterable<number>): Rational {
  let acc = ZERO;
  for (const j of js) acc = add(acc, g.profit[j]);
  return acc;
}

export interface CoalitionCheck {
  coalition: boolean;
  /** p(A) > s(B) strictly, on top of being a coalition */
  validAttack: boolean;
  profit: Rational;
  stake: Rational;
  reason?: string;
}

/**
 * Checks (A, B) against the definition with rational arithmetic only: A non-empty, every v in B restaked to
 * some service of A, s(B ∩ N(j)) ≥ a_j · s(N(j)) for every j in A. `g` may be a shocked graph.
 */
export function checkCoalition(g: IndexedGraph, A: readonly number[], B: readonly number[]): CoalitionCheck {
  const profit = profitOf(g, A);
  const stake = stakeOf(g, B);
  const fail = (reason: string): CoalitionCheck => ({ coalition: false, validAttack: false, profit, stake, reason });
  if (A.length === 0) return fail('A is empty');
  const inA = new Set(A);
  const inB = new Set(B);
  if (inA.size !== A.length || inB.size !== B.length) return fail('duplicate members');
  for (const v of B) {
    if (!g.vServices[v].some((j) => inA.has(j)))
      return fail(`validator ${g.vIds[v]} is not restaked to any service of A`);
  }
  for (const j of A) {
    const all = stakeOf(g, g.sValidators[j]);
    const mine = stakeOf(
      g,
      g.sValidators[j].filter((v) => inB.has(v)),
    );
    if (cmp(mine, mul(g.threshold[j], all)) < 0) return fail(`service ${g.sIds[j]} is not covered`);
  }
  return { coalition: true, validAttack: cmp(profit, stake) > 0, profit, stake };
}

/** Helper for tests and examples: a graph from plain numbers/strings. */
export function graphOf(spec: {
  validators: [string, number | string][];
  services: [string, number | string, number | string][];
  edges: [string, string][];
}): RestakingGraph {
  const r = (x: number | string): Rational => {
    const t = String(x).trim();
    const slash = t.indexOf('/');
    if (slash >= 0) return rat(BigInt(t.slice(0, slash)), BigInt(t.slice(slash + 1)));
    const [w, f = ''] = t.split('.');
    return rat(BigInt(w + f), 10n ** BigInt(f.length));
  };
  return {
    validators: spec.validators.map(([id, s]) => ({ id, stake: r(s) })),
    services: spec.services.map(([id, p, a]) => ({ id, profit: r(p), threshold: r(a) })),
    edges: spec.edges,
  };
}
