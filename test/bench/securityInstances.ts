/**
 * Random restaking graphs for the security benchmark and the HiGHS cross-check (docs/security-analysis.md section 6):
 * V validators x S services, each edge present with probability `density`, integer stakes 1..100, thresholds
 * from {1/3, 1/2, 2/3}, profits p_j = c · k_j · a_j · S(N(j)) with k_j ~ U[0.3, 1.2], rounded to 2 decimals.
 * Seeded (the engine's generator), so every run and both solvers see the same graphs.
 */
import { uniformSource } from '../../src/engine/random/rng';
import type { RestakingGraph } from '../../src/engine/security/graph';
import { rat, type Rational } from '../../src/engine/security/rational';

/** A seeded uniform [0, 1) stream (the engine's generator, src/engine/random/rng.ts). */
export function seededUniform(seed: number): () => number {
  return uniformSource(seed).float;
}

export interface RawInstance {
  V: number;
  S: number;
  stake: number[];
  /** thresholds as [num, den] */
  thr: [number, number][];
  /** q_j = k_j · a_j · S(N(j)); the profit is c · q_j */
  q: number[];
  edges: [number, number][];
}

export function rawInstance(V: number, S: number, seed: number, density = 0.3): RawInstance {
  const rnd = seededUniform(seed * 7919 + V * 31 + S);
  const stake = Array.from({ length: V }, () => 1 + Math.floor(rnd() * 100));
  const choices: [number, number][] = [
    [1, 3],
    [1, 2],
    [2, 3],
  ];
  const thr = Array.from({ length: S }, () => choices[Math.floor(rnd() * 3)]);
  const edges: [number, number][] = [];
  for (let v = 0; v < V; v++) for (let j = 0; j < S; j++) if (rnd() < density) edges.push([v, j]);
  const sn = new Array(S).fill(0);
  for (const [v, j] of edges) sn[j] += stake[v];
  const q = thr.map(([a, b], j) => (0.3 + 0.9 * rnd()) * (a / b) * sn[j]);
  return { V, S, stake, thr, q, edges };
}

/** profit in cents: round(c·q_j·100) */
export function profitsCents(raw: RawInstance, c: number): number[] {
  return raw.q.map((q) => Math.round(c * q * 100));
}

export function toGraph(raw: RawInstance, c: number): RestakingGraph {
  const cents = profitsCents(raw, c);
  return {
    validators: raw.stake.map((s, v) => ({ id: `v${v}`, stake: rat(BigInt(s)) })),
    services: raw.thr.map(([a, b], j) => ({
      id: `s${j}`,
      profit: rat(BigInt(cents[j]), 100n),
      threshold: rat(BigInt(a), BigInt(b)) as Rational,
    })),
    edges: raw.edges.map(([v, j]): [string, string] => [`v${v}`, `s${j}`]),
  };
}

/** The same instance as a HiGHS LP (CPLEX LP format), everything in cents so coefficients are integers. */
export function toLp(raw: RawInstance, c: number): string {
  const cents = profitsCents(raw, c);
  const sn = new Array(raw.S).fill(0);
  for (const [v, j] of raw.edges) sn[j] += raw.stake[v];
  const byService: number[][] = Array.from({ length: raw.S }, () => []);
  const byValidator: number[][] = Array.from({ length: raw.V }, () => []);
  for (const [v, j] of raw.edges) {
    byService[j].push(v);
    byValidator[v].push(j);
  }
  const obj: string[] = [];
  cents.forEach((p, j) => obj.push(`+ ${p} y${j}`));
  raw.stake.forEach((s, v) => {
    if (byValidator[v].length) obj.push(`- ${s * 100} x${v}`);
  });
  const rows: string[] = [];
  byService.forEach((vs, j) => {
    // s(B ∩ N(j)) ≥ need_j·y_j with need_j = ceil(a_j S_j): exact, integer (1/3 and 2/3 never enter the LP text)
    const [a, b] = raw.thr[j];
    if (vs.length === 0) return; // a service without validators needs nothing
    const need = Math.floor((a * sn[j] + b - 1) / b);
    const lhs = vs.map((v) => `+ ${raw.stake[v]} x${v}`).join(' ');
    rows.push(` c${j}: ${lhs} - ${need} y${j} >= 0`);
  });
  byValidator.forEach((js, v) => {
    if (js.length) rows.push(` d${v}: x${v} ${js.map((j) => `- y${j}`).join(' ')} <= 0`);
  });
  const bins = [
    ...raw.stake.map((_, v) => (byValidator[v].length ? `x${v}` : '')),
    ...raw.thr.map((_, j) => `y${j}`),
  ].filter(Boolean);
  return `Maximize\n obj: ${obj.join(' ')}\nSubject To\n${rows.join('\n')}\nBinary\n ${bins.join(' ')}\nEnd\n`;
}
