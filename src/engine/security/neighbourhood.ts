/**
 * Large-neighbourhood search (LNS): the primal heuristic that feeds the branch-and-bound its incumbents on
 * large graphs.
 *
 * Near the secure/insecure boundary the best attack differs from a good one by a handful of validators spread
 * over several services, which single flips and swaps (heuristic.ts) cannot cross. LNS keeps the incumbent's
 * choice for most validators and re-solves the rest *exactly*: a neighbourhood frees about `free` validators
 * (all validators of a random service, topped up with random ones; or random validators in and out of the
 * incumbent), the others stay as they are (in B or out), and the sub-problem — the same "max w(A) − s(B)" on
 * the freed validators, with every service's need lowered by the stake already fixed in — goes to the
 * branch-and-bound itself with a node limit. Whatever it finds is re-evaluated exactly (closure of B) and kept
 * only if strictly better; the next neighbourhood starts from it.
 *
 * Deterministic (its own xorshift generator seeded from the instance size and the round), so an exact
 * analysis gives the same answer every time; only a deadline (`stop`) can cut it short.
 */
import { buildInstance, type GainInstance } from './gainInstance';

export interface NeighbourhoodOptions {
  rounds: number;
  /** validators freed per neighbourhood */
  free: number;
  /** node limit of each sub-search */
  maxNodes: number;
  seed: number;
  /** end after this many rounds in a row without improvement */
  stale?: number;
  stop?: () => boolean;
  /**
   * The exact search that re-solves each neighbourhood: branchAndBound.ts's maxGain, passed in by its caller
   * (the branch-and-bound runs this search, and this search runs a node-limited copy of it).
   */
  solve: SubSearch;
}

/** A node-limited exact search of a sub-instance: the best value above `initialValue`, its coalition, its nodes. */
export type SubSearch = (
  inst: GainInstance,
  opts: { initialValue: bigint; maxNodes: number; inner: true },
) => { value: bigint; A: number[]; B: number[]; nodes: number };

export interface Coalition {
  /** exact alpha·P(A) − beta·S(B) */
  value: bigint;
  A: number[];
  B: number[];
}

/** Exact value of a validator set: its closure A (every service it covers) and B ∩ N(A). */
export function evaluateSet(inst: GainInstance, inB: Uint8Array): Coalition {
  const { n, m, sStart, sList, vStart, vList } = inst;
  const inA = new Uint8Array(m);
  const A: number[] = [];
  let pA = 0n;
  for (let j = 0; j < m; j++) {
    let c = 0n;
    for (let k = sStart[j]; k < sStart[j + 1]; k++) if (inB[sList[k]]) c += inst.S[sList[k]];
    if (c >= inst.NEED[j]) {
      A.push(j);
      inA[j] = 1;
      pA += inst.P[j];
    }
  }
  const B: number[] = [];
  let sB = 0n;
  for (let v = 0; v < n; v++) {
    if (!inB[v]) continue;
    let touches = false;
    for (let k = vStart[v]; k < vStart[v + 1]; k++) if (inA[vList[k]]) touches = true;
    if (touches) {
      B.push(v);
      sB += inst.S[v];
    }
  }
  if (A.length === 0) return { value: 0n, A: [], B: [] };
  return { value: inst.alpha * pA - inst.beta * sB, A, B };
}

/** Improves `start` by exact re-optimisation of neighbourhoods; returns the best coalition found. */
export function neighbourhoodSearch(
  inst: GainInstance,
  start: Coalition,
  opts: NeighbourhoodOptions,
): Coalition & { nodes: number } {
  const { n, m, sStart, sList, vStart, vList } = inst;
  let best = start;
  let nodes = 0;
  if (n <= opts.free) return { ...best, nodes };
  const vServices: number[][] = Array.from({ length: n }, (_, v) =>
    Array.from(vList.subarray(vStart[v], vStart[v + 1])),
  );
  const allServices = Array.from({ length: m }, (_, j) => j);
  let seed = (0x2545f491 ^ (n * 7919 + m * 31 + opts.seed * 104729)) | 1;
  const rnd = (k: number): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % k;
  };
  const inB = new Uint8Array(n);
  const free = new Uint8Array(n);
  let lastGain = 0;
  for (let round = 0; round < opts.rounds; round++) {
    if ((opts.stop && opts.stop()) || round - lastGain >= (opts.stale ?? Infinity)) break;
    inB.fill(0);
    for (const v of best.B) inB[v] = 1;
    free.fill(0);
    let nFree = 0;
    const freeOne = (v: number): void => {
      if (!free[v] && nFree < opts.free) {
        free[v] = 1;
        nFree++;
      }
    };
    const kind = round % 3;
    if (kind !== 1) {
      // a service's validators (its cover re-chosen, or the service given up), topped up at random; or two
      // services' validators, so that both can be given up together
      for (let t = 0; t < (kind === 0 ? 1 : 2); t++) {
        const j = rnd(m);
        const deg = sStart[j + 1] - sStart[j];
        const off = deg > 0 ? rnd(deg) : 0;
        for (let k = 0; k < deg; k++) freeOne(sList[sStart[j] + ((k + off) % deg)]);
      }
    } else {
      // half from the incumbent, half from outside it
      for (let t = 0; t < 4 * n && nFree < opts.free >> 1; t++) {
        const v = rnd(n);
        if (inB[v]) freeOne(v);
      }
    }
    for (let t = 0; t < 8 * n && nFree < opts.free; t++) freeOne(rnd(n));
    const freeList: number[] = [];
    for (let v = 0; v < n; v++) if (free[v]) freeList.push(v);
    // fixed in: the incumbent's validators that are not freed; needs drop by their stake
    const NEED = inst.NEED.slice();
    let sI = 0n;
    for (let v = 0; v < n; v++) {
      if (!inB[v] || free[v]) continue;
      sI += inst.S[v];
      for (let k = vStart[v]; k < vStart[v + 1]; k++) NEED[vList[k]] -= inst.S[v];
    }
    const sub = buildInstance({
      services: allServices,
      validators: freeList,
      vServices,
      S: inst.S,
      P: inst.P,
      NEED,
      alpha: inst.alpha,
      beta: inst.beta,
    });
    const offset = inst.beta * sI;
    const r = opts.solve(sub, { initialValue: best.value + offset, maxNodes: opts.maxNodes, inner: true });
    nodes += r.nodes;
    if (r.value > best.value + offset && r.A.length > 0) {
      for (const v of freeList) inB[v] = 0;
      for (const i of r.B) inB[freeList[i]] = 1;
      const cand = evaluateSet(inst, inB);
      if (cand.value > best.value) {
        best = cand;
        lastGain = round + 1;
      }
    }
  }
  return { ...best, nodes };
}
