/**
 * The Lagrangian bound of the security branch-and-bound (src/engine/security/bounds.ts) never cuts the optimum:
 * at random search nodes (validators fixed in, out or undecided; services open, forced, excluded or dead), with
 * random multipliers and any number of coordinate-descent passes, the bound is at least the best value of the
 * node's sub-problem found by enumerating every set of undecided validators. This checks the bound itself,
 * including the coefficient tightening (a validator counts for at most a row's residual need), not just the
 * final answers of the search (those are checked in security.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BoundState,
  lagrangianBound,
  X_IN,
  X_OUT,
  X_UNDECIDED,
  Y_DEAD,
  Y_FORCED,
  Y_OPEN,
  Y_OUT,
} from '../../src/engine/security/bounds';

interface Node {
  n: number;
  m: number;
  s: number[];
  w: number[];
  need: number[];
  adj: boolean[][];
  xs: number[];
  ys: number[];
  mu: number[];
  nu: number[];
  passes: number;
}

const nodeArb = fc
  .record({ n: fc.integer({ min: 1, max: 8 }), m: fc.integer({ min: 1, max: 4 }) })
  .chain(({ n, m }) =>
    fc.record({
      n: fc.constant(n),
      m: fc.constant(m),
      s: fc.array(fc.constantFrom(1, 2, 3, 5, 10, 10, 40, 100), { minLength: n, maxLength: n }),
      w: fc.array(fc.constantFrom(0, 1, 3, 7, 15, 30, 60, 150), { minLength: m, maxLength: m }),
      needFrac: fc.array(fc.constantFrom(0.2, 1 / 3, 0.5, 2 / 3, 0.9, 1), { minLength: m, maxLength: m }),
      adj: fc.array(fc.array(fc.boolean(), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
      xs: fc.array(fc.constantFrom(X_UNDECIDED, X_UNDECIDED, X_UNDECIDED, X_IN, X_OUT), { minLength: n, maxLength: n }),
      ys: fc.array(fc.constantFrom(Y_OPEN, Y_OPEN, Y_FORCED, Y_OUT, Y_DEAD), { minLength: m, maxLength: m }),
      mu: fc.array(fc.constantFrom(0, 0.1, 0.5, 1, 2, 7), { minLength: m, maxLength: m }),
      nu: fc.array(fc.constantFrom(0, 0.1, 0.5, 1, 3), { minLength: m, maxLength: m }),
      passes: fc.integer({ min: 0, max: 3 }),
    }),
  )
  .map(({ needFrac, ...r }): Node => {
    const need = needFrac.map((f, j) => {
      let tot = 0;
      for (let v = 0; v < r.n; v++) if (r.adj[v][j]) tot += r.s[v];
      return Math.max(1, Math.ceil(f * tot));
    });
    return { ...r, need };
  });

function state(nd: Node): BoundState {
  const { n, m, s, adj } = nd;
  const vAdj: number[][] = Array.from({ length: n }, (_, v) =>
    Array.from({ length: m }, (_, j) => j).filter((j) => adj[v][j]),
  );
  const sAdj: number[][] = Array.from({ length: m }, (_, j) =>
    Array.from({ length: n }, (_, v) => v).filter((v) => adj[v][j]),
  );
  const csr = (a: number[][]): [Int32Array, Int32Array] => {
    const start = new Int32Array(a.length + 1);
    a.forEach((x, i) => (start[i + 1] = start[i] + x.length));
    return [start, Int32Array.from(a.flat())];
  };
  const [vStart, vList] = csr(vAdj);
  const [sStart, sList] = csr(sAdj);
  const cov = new Float64Array(m);
  for (let v = 0; v < n; v++) if (nd.xs[v] === X_IN) for (const j of vAdj[v]) cov[j] += s[v];
  const sat = Int8Array.from(nd.need, (x, j) => (cov[j] >= x ? 1 : 0));
  // the search keeps validator lists undecided-first, with a count of the undecided ones
  const undecided = (vs: number[]): number[] => vs.filter((v) => nd.xs[v] === X_UNDECIDED);
  const undecidedFirst = (vs: number[]): number[] => [...undecided(vs), ...vs.filter((v) => nd.xs[v] !== X_UNDECIDED)];
  const all = [...Array(n).keys()];
  return {
    n,
    m,
    s: Float64Array.from(s),
    invS: Float64Array.from(s, (x) => 1 / x),
    w: Float64Array.from(nd.w),
    need: Float64Array.from(nd.need),
    vStart,
    vList,
    sStart,
    sList,
    ul: Int32Array.from(sAdj.flatMap(undecidedFirst)),
    ucnt: Int32Array.from(sAdj, (vs) => undecided(vs).length),
    uv: Int32Array.from(undecidedFirst(all)),
    nUV: undecided(all).length,
    xs: Int8Array.from(nd.xs),
    ys: Int8Array.from(nd.ys),
    sat,
    cov,
    mu: Float64Array.from(nd.mu),
    nu: Float64Array.from(nd.nu),
    R: new Float64Array(n),
    capDelta: 1,
    act: new Int32Array(m),
    nAct: 0,
    ex: new Int32Array(m),
    nEx: 0,
    bpKey: new Float64Array(n + 1),
    bpW: new Float64Array(n + 1),
    uIdx: new Int32Array(n + 1),
    uCoef: new Float64Array(n + 1),
    tolU: 0,
  };
}

/** max w(A) − s(B) at the node by enumeration; null if the node has no feasible completion */
function bruteNode(nd: Node): number | null {
  const { n, m, s, w, need, adj, xs, ys } = nd;
  const und = Array.from({ length: n }, (_, v) => v).filter((v) => xs[v] === X_UNDECIDED);
  let best: number | null = null;
  for (let mask = 0; mask < 1 << und.length; mask++) {
    const inB = xs.map((x) => x === X_IN);
    und.forEach((v, i) => (inB[v] = ((mask >> i) & 1) === 1));
    let value = 0;
    let ok = true;
    for (let v = 0; v < n; v++) if (inB[v]) value -= s[v];
    for (let j = 0; j < m && ok; j++) {
      let c = 0;
      for (let v = 0; v < n; v++) if (inB[v] && adj[v][j]) c += s[v];
      const covered = c >= need[j];
      if (ys[j] === Y_FORCED && !covered) ok = false;
      else if (ys[j] === Y_OUT && covered) ok = false;
      else if ((ys[j] === Y_OPEN || ys[j] === Y_FORCED) && covered) value += w[j];
    }
    if (ok && (best === null || value > best)) best = value;
  }
  return best;
}

describe('Lagrangian bound (bounds.ts)', () => {
  it('is never below the best completion of the node (any multipliers, any passes; 3000 nodes)', () => {
    let checked = 0;
    fc.assert(
      fc.property(nodeArb, (nd) => {
        const opt = bruteNode(nd);
        if (opt === null) return;
        checked++;
        const st = state(nd);
        const sI = nd.s.reduce((a, x, v) => a + (nd.xs[v] === X_IN ? x : 0), 0);
        const ub = lagrangianBound(st, sI, nd.passes);
        expect(ub + st.tolU + 1e-9).toBeGreaterThanOrEqual(opt);
        // again from the tuned multipliers (the search warm-starts from the previous node's)
        const ub2 = lagrangianBound(st, sI, 2);
        expect(ub2 + st.tolU + 1e-9).toBeGreaterThanOrEqual(opt);
      }),
      { numRuns: 3000 },
    );
    expect(checked).toBeGreaterThan(1000);
  });

  it('is tight where it must be: a node with every validator decided bounds its own value', () => {
    // one service, need 5, validators 3 and 4 in: covered, value 10 − 7 = 3; nothing undecided
    const nd: Node = {
      n: 2,
      m: 1,
      s: [3, 4],
      w: [10],
      need: [5],
      adj: [[true], [true]],
      xs: [X_IN, X_IN],
      ys: [Y_OPEN],
      mu: [0],
      nu: [0],
      passes: 1,
    };
    expect(lagrangianBound(state(nd), 7, 1)).toBe(3);
  });
});
