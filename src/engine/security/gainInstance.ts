/**
 * The instance the exact search (branchAndBound.ts) and its heuristics (heuristic.ts, neighbourhood.ts) work on:
 * one component of the graph, or a neighbourhood of it, with local indices, CSR adjacency, and every number both
 * as a float (for speed) and as an exact bigint (for the answer).
 */

/** A component prepared for the search: local indices, CSR adjacency, floats + exact bigints. */
export interface GainInstance {
  n: number;
  m: number;
  s: Float64Array;
  /** float objective weight of each service, ≈ P_j·alpha/beta */
  w: Float64Array;
  need: Float64Array;
  vStart: Int32Array;
  vList: Int32Array;
  sStart: Int32Array;
  sList: Int32Array;
  S: bigint[];
  P: bigint[];
  NEED: bigint[];
  /** exact objective: alpha·P(A) − beta·S(B) */
  alpha: bigint;
  beta: bigint;
  /** stakes, needs and their sums are exact in doubles */
  exactFloat: boolean;
  /** w is exact too (alpha = beta = 1 and exactFloat): float values equal exact values */
  exactValue: boolean;
}

/** Builds an instance for a subset of a scaled graph's services and validators. */
export function buildInstance(args: {
  services: number[];
  validators: number[];
  vServices: number[][];
  S: bigint[];
  P: bigint[];
  NEED: bigint[];
  alpha?: bigint;
  beta?: bigint;
}): GainInstance {
  const { services, validators, vServices } = args;
  const alpha = args.alpha ?? 1n;
  const beta = args.beta ?? 1n;
  const m = services.length;
  const n = validators.length;
  const sLocal = new Map(services.map((j, i) => [j, i]));
  const vAdj: number[][] = validators.map((v) => vServices[v].filter((j) => sLocal.has(j)).map((j) => sLocal.get(j)!));
  const sAdj: number[][] = Array.from({ length: m }, () => []);
  vAdj.forEach((js, v) => js.forEach((j) => sAdj[j].push(v)));
  const csr = (adj: number[][]): [Int32Array, Int32Array] => {
    const start = new Int32Array(adj.length + 1);
    adj.forEach((a, i) => (start[i + 1] = start[i] + a.length));
    const list = new Int32Array(start[adj.length]);
    adj.forEach((a, i) => list.set(a, start[i]));
    return [start, list];
  };
  const [vStart, vList] = csr(vAdj);
  const [sStart, sList] = csr(sAdj);
  const S = validators.map((v) => args.S[v]);
  const P = services.map((j) => args.P[j]);
  const NEED = services.map((j) => args.NEED[j]);
  const totS = S.reduce((a, b) => a + b, 0n);
  const totP = P.reduce((a, b) => a + b, 0n);
  const exactFloat = totS < 2n ** 53n;
  const ratio = Number(alpha) / Number(beta);
  return {
    n,
    m,
    s: Float64Array.from(S, Number),
    w: Float64Array.from(P, (p) => (alpha === beta ? Number(p) : Number(p) * ratio)),
    need: Float64Array.from(NEED, Number),
    vStart,
    vList,
    sStart,
    sList,
    S,
    P,
    NEED,
    alpha,
    beta,
    exactFloat,
    exactValue: exactFloat && alpha === beta && totP < 2n ** 53n,
  };
}
