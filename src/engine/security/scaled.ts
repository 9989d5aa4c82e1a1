/**
 * The graph scaled to integers, once, exactly.
 *
 * Every stake and profit is multiplied by one unit L = lcm of all their denominators, so s_v and p_j become
 * integers S_v, P_j in the same unit. A threshold stays a ratio a_j = tn/td, and the stake a service needs is
 * NEED_j = ceil(tn · S(N(j)) / td): because coalition stake is an integer, s(B ∩ N(j)) ≥ a_j·S(N(j)) holds
 * exactly when it is ≥ NEED_j. That turns every coverage test into an integer comparison.
 *
 * When all sums fit below 2^53 (`exactFloat`), the float copies are exact integers too and the hot loops can
 * use plain numbers with no rounding at all (the usual case: gwei amounts of the whole of EigenLayer, 3.7e15,
 * still fit). Otherwise the searches use tolerances plus bigint fallbacks (see branchAndBound.ts).
 */
import { ceilDiv, lcm } from './rational';
import type { IndexedGraph } from './graph';

export const MAX_SAFE = 2 ** 53;

export interface ScaledGraph {
  g: IndexedGraph;
  /** amounts × unit are integers */
  unit: bigint;
  S: bigint[];
  P: bigint[];
  tn: bigint[];
  td: bigint[];
  /** ceil(a_j · S(N(j))) in scaled units, on this (possibly shocked) graph; 0 for a service without validators */
  NEED: bigint[];
  SN: bigint[];
  totalS: bigint;
  totalP: bigint;
  exactFloat: boolean;
  s: Float64Array;
  p: Float64Array;
  need: Float64Array;
}

export function unitOf(g: IndexedGraph): bigint {
  let L = 1n;
  for (const x of g.stake) L = lcm(L, x.d);
  for (const x of g.profit) L = lcm(L, x.d);
  return L;
}

/** Scales `g`; pass `unit` to reuse the unit of an unshocked parent graph (so numbers stay comparable). */
export function scaleGraph(g: IndexedGraph, unit: bigint = unitOf(g)): ScaledGraph {
  const S = g.stake.map((x) => (x.n * unit) / x.d);
  const P = g.profit.map((x) => (x.n * unit) / x.d);
  const tn = g.threshold.map((x) => x.n);
  const td = g.threshold.map((x) => x.d);
  const SN = g.sValidators.map((vs) => vs.reduce((a, v) => a + S[v], 0n));
  const NEED = SN.map((sn, j) => ceilDiv(tn[j] * sn, td[j]));
  const totalS = S.reduce((a, b) => a + b, 0n);
  const totalP = P.reduce((a, b) => a + b, 0n);
  const exactFloat = totalS + totalP < BigInt(MAX_SAFE);
  return {
    g,
    unit,
    S,
    P,
    tn,
    td,
    NEED,
    SN,
    totalS,
    totalP,
    exactFloat,
    s: Float64Array.from(S, Number),
    p: Float64Array.from(P, Number),
    need: Float64Array.from(NEED, Number),
  };
}
