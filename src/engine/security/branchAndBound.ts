/**
 * Exact search for the most profitable coalition: maximise  w(A) − s(B)  over coalitions (A, B).
 *
 * With w = p this is the worst attack (the graph is secure iff the maximum is ≤ 0); with w = r·p it is one
 * Dinkelbach step of the slack computation (slack.ts). The problem is NP-hard in general (it contains
 * subset-sum and set cover), so the search is a depth-first branch-and-bound whose speed comes from structure:
 *
 * 1. Component split (components.ts): only services with p > 0 and validators touching them; independent
 *    components are solved separately. Single-service components (all of them under unique stake) go to the
 *    subset-sum solver in subsetSum.ts instead.
 * 2. Exact integer needs: stakes are scaled to integers and need_j = ceil(a_j · S(N(j))) (scaled.ts), so
 *    "covered" is an integer comparison and the objective moves in whole units: a node is pruned as soon as
 *    its bound is below incumbent + 1 (the integrality gap), not merely below the incumbent.
 * 3. Service-first branching: open services are branched first (attack j: yes, then no), the most profitable
 *    first. A "yes" turns j's coverage row into a hard requirement, which (a) lets its Lagrange multiplier
 *    grow past w_j/d_j and tightens the bound sharply, and (b) drives propagation: a validator without which
 *    a forced service can no longer be covered is fixed in. A "no" adds an exclusion row: any B that still
 *    covers j is dominated by the same B with j attacked (found in the "yes" branch), so below a "no" the
 *    search demands s(B ∩ N(j)) < need_j, which fixes out every validator that would complete j's cover and
 *    gets its own multiplier in the bound (measured: 1.5–2x fewer nodes). Only when every service is decided
 *    does the search branch on validators (largest s_v·min(R_v, 1) first, "in" first).
 * 4. Propagation and dominance at every node: a service whose remaining stake cannot reach its need is dropped
 *    (or the node is infeasible if it was forced); an excluded service that is covered makes the node
 *    infeasible; a validator touching no service still short of coverage is out (it could only cost; a count per
 *    validator of its wanted, uncovered services finds these without a sweep);
 *    identical validators (same stake, same services) are interchangeable, so when one is branched out its
 *    later twins are out too.
 * 5. The Lagrangian bound of bounds.ts (at least the LP bound at the root: a validator counts for at most a
 *    row's residual need, the coefficient tightening MIP solvers apply; tightened further by forced and
 *    excluded services), with multipliers tuned by exact coordinate descent and warm-started from node to
 *    node, plus reduced-cost fixing from the same multipliers (then re-propagate and re-bound, up to three
 *    rounds). The coefficient tightening alone cut the 50x20 benchmark trees 2.6x. The bound's loops visit
 *    only undecided validators: each service keeps them first in its list (a sparse set restored on
 *    backtracking by resetting one count per service).
 * 6. Incumbents: every node offers the validators fixed in together with every service they already cover
 *    (their closure), evaluated whenever that set grows; each new incumbent is polished by a local climb; the
 *    root runs an iterated local search (heuristic.ts). On components of more than 24 validators a
 *    large-neighbourhood search (neighbourhood.ts) runs after the first 512 nodes and then in batches, its
 *    sub-search nodes kept to about a third of the main search's: 40% of the validators around the incumbent
 *    are re-solved exactly by a node-limited copy of this search. It finds at 100x40 in a second what the
 *    tree search alone did not find in 30 s. Service-first, "yes"-first branching finds attacks early, so
 *    the decision question ("is there any attack?") usually ends at the first one.
 *
 * Complexity: O(2^(n+m)) nodes in the worst case, O(|E| log deg) work per node (bound + propagation), about
 * 10 µs per node at 50x20. In practice a few thousand nodes on 50x20 random graphs near the secure/insecure
 * boundary (the hard region). What stays hard: there the best attacks cover almost every service with about
 * half the stake, so the core is a minimum-cost multi-cover (a multidimensional knapsack) whose LP gap the
 * search closes by enumeration; at 100x40 most such graphs take far more than 10 s (as for HiGHS).
 *
 * Anytime: the search polls `budget.now()` every 64 nodes; when it runs out it returns the best coalition
 * found and a proven upper bound (max of the bounds of the subtrees not yet explored), with complete=false.
 *
 * Exactness: floats are used only for speed. Every candidate coalition is re-evaluated in bigint before it
 * becomes the incumbent, every prune adds the float error estimate of its bound, and when the instance does
 * not fit in 2^53 (`exactFloat` false) coverage comparisons that land within rounding distance of the need
 * are redone in bigint. The result's value is therefore exact.
 */
import { type Budget, UNLIMITED } from './budget';
import * as codes from './bounds';
import { type BoundState, lagrangianBound } from './bounds';
import type { GainInstance } from './gainInstance';
import { improveCoalition } from './heuristic';
import { type Coalition, evaluateSet, neighbourhoodSearch } from './neighbourhood';

/** Neighbourhood search: validators freed per neighbourhood, node limit per sub-search, rounds at the root
 * and in each later batch, and the fewest main-search nodes between batches (tuned on 50x20 and 100x40). */
const LNS_FREE_SHARE = 0.4;
const LNS_SUB_NODES_PER_FREE = 50;
const LNS_FIRST = 512;
const LNS_ROUNDS_FIRST = 30;
const LNS_ROUNDS_LATER = 10;
const LNS_EVERY = 4096;
const LNS_STALE = 12;

// Module-local copies: imported bindings can compile to getter calls (tsx/CommonJS interop), which showed up
// as 20% of the time in this hot loop.
const X_UNDECIDED = codes.X_UNDECIDED;
const X_IN = codes.X_IN;
const X_OUT = codes.X_OUT;
const Y_OPEN = codes.Y_OPEN;
const Y_FORCED = codes.Y_FORCED;
const Y_OUT = codes.Y_OUT;
const Y_DEAD = codes.Y_DEAD;

export interface GainOptions {
  budget?: Budget;
  /** stop as soon as a coalition with exact value > 0 is found (decision mode) */
  stopAtFirst?: boolean;
  /**
   * A value known to be achievable (exact, same units as `value`), e.g. from a previous run: only better
   * coalitions are searched for. If none exists the result has this value and empty A and B.
   */
  initialValue?: bigint;
  /** give up (complete = false) after this many nodes */
  maxNodes?: number;
  /** a sub-search of the neighbourhood search: no root heuristic, no neighbourhood search of its own */
  inner?: boolean;
  /** run the neighbourhood search (neighbourhood.ts) on components of more than 24 validators (default true) */
  neighbourhoods?: boolean;
  /** called with every new incumbent's exact value and the node count (profiling) */
  onIncumbent?: (value: bigint, nodes: number) => void;
}

export interface GainResult {
  /** exact best value found, alpha·P(A) − beta·S(B); 0n when nothing better than 0 was found */
  value: bigint;
  /** local indices; empty when value is 0n */
  A: number[];
  B: number[];
  /**
   * The search did not run out of time. Then value is the maximum (clipped at 0), except in decision mode,
   * where it only means the question is settled: value > 0 (an attack) or no attack exists.
   */
  complete: boolean;
  /** proven upper bound on the maximum, in float units of w (= value/beta when complete) */
  upperBound: number;
  nodes: number;
  /** nodes of the neighbourhood search's sub-searches (not in `nodes`) */
  subNodes: number;
}

class GainSearch implements BoundState {
  // instance
  n: number;
  m: number;
  s: Float64Array;
  invS: Float64Array;
  w: Float64Array;
  need: Float64Array;
  vStart: Int32Array;
  vList: Int32Array;
  sStart: Int32Array;
  sList: Int32Array;
  // current node (views into the level arrays)
  xs!: Int8Array;
  ys!: Int8Array;
  sat!: Int8Array;
  cov!: Float64Array;
  pot!: Float64Array;
  /** per validator: how many of its services are still wanted (open or forced) and short of coverage */
  live!: Int32Array;
  /** per service: how many of its validators are undecided (the first ones of its slice of `ul`) */
  ucnt!: Int32Array;
  /**
   * Each service's validators, in sList's layout, kept undecided-first (a sparse set: deciding a validator
   * swaps it just past its services' undecided prefixes). Backtracking only restores the counts: deeper
   * levels merely permute a level's prefix, so the bound's loops skip decided validators for free.
   */
  ul: Int32Array;
  /** position in `ul` of each edge of vList, and the vList edge at each position of `ul` */
  private ulPos: Int32Array;
  private ulEdge: Int32Array;
  /** the validators, the nUV undecided ones first (the same kind of sparse set, one count per level) */
  uv: Int32Array;
  nUV = 0;
  private uvPos: Int32Array;
  private NUV: number[] = [];
  sI = 0;
  satW = 0;
  dirty = false;
  // per-depth copies
  private XS: Int8Array[] = [];
  private YS: Int8Array[] = [];
  private SAT: Int8Array[] = [];
  private COV: Float64Array[] = [];
  private POT: Float64Array[] = [];
  private LIVE: Int32Array[] = [];
  private UCNT: Int32Array[] = [];
  /** validators whose live count reached 0 since the last propagation (to be fixed out if undecided) */
  private idle: Int32Array;
  private nIdle = 0;
  /** largest stake among each service's validators (cheap filters in propagation) */
  private maxS: Float64Array;
  private SI: number[] = [];
  private SATW: number[] = [];
  private frameUB: number[] = [];
  private framePhase: number[] = [];
  // bound scratch
  mu: Float64Array;
  nu: Float64Array;
  R: Float64Array;
  capDelta: number;
  act: Int32Array;
  nAct = 0;
  ex: Int32Array;
  nEx = 0;
  bpKey: Float64Array;
  bpW: Float64Array;
  uIdx: Int32Array;
  uCoef: Float64Array;
  tolU = 0;
  // incumbent
  incExact = 0n;
  incF = 0;
  incA: number[] = [];
  incB: number[] = [];
  /** smallest positive change of the objective in float units (integrality gap) */
  private gap: number;
  /** tolerance when comparing a node's float value with the incumbent */
  private tolV: number;
  /** per-service tolerance for coverage comparisons (0 when exact) */
  private tolS: Float64Array;
  private twinNext: Int32Array;
  // control
  nodes = 0;
  aborted = false;
  found = false;
  private deadlineHit = false;
  /** depth of the node being processed when the search stopped early */
  private stopDepth = 0;
  private budget: Budget;

  constructor(
    private inst: GainInstance,
    private opts: GainOptions,
  ) {
    const { n, m } = inst;
    this.n = n;
    this.m = m;
    this.s = inst.s;
    this.invS = Float64Array.from(inst.s, (x) => 1 / x);
    this.w = inst.w;
    this.need = inst.need;
    this.vStart = inst.vStart;
    this.vList = inst.vList;
    this.sStart = inst.sStart;
    this.sList = inst.sList;
    this.ul = Int32Array.from(inst.sList);
    this.uv = Int32Array.from({ length: n }, (_, v) => v);
    this.uvPos = Int32Array.from({ length: n }, (_, v) => v);
    this.ulEdge = new Int32Array(inst.sList.length);
    this.ulPos = new Int32Array(inst.vList.length);
    for (let j = 0; j < m; j++) {
      for (let k = inst.sStart[j]; k < inst.sStart[j + 1]; k++) {
        const v = inst.sList[k];
        let e = inst.vStart[v];
        while (inst.vList[e] !== j) e++;
        this.ulEdge[k] = e;
        this.ulPos[e] = k;
      }
    }
    this.budget = opts.budget ?? UNLIMITED;
    this.maxNodes = opts.maxNodes ?? Infinity;
    this.mu = new Float64Array(m);
    this.nu = new Float64Array(m);
    this.R = new Float64Array(n);
    this.capDelta = inst.exactFloat ? 1 : 0;
    this.act = new Int32Array(m);
    this.ex = new Int32Array(m);
    let maxDeg = 1;
    for (let j = 0; j < m; j++) maxDeg = Math.max(maxDeg, inst.sStart[j + 1] - inst.sStart[j] + 1);
    this.bpKey = new Float64Array(maxDeg);
    this.bpW = new Float64Array(maxDeg);
    this.uIdx = new Int32Array(maxDeg);
    this.uCoef = new Float64Array(maxDeg);
    // initial multipliers: profit per unit of needed stake, a fair price for a validator's stake
    for (let j = 0; j < m; j++) this.mu[j] = inst.need[j] > 0 ? Math.min(1, inst.w[j] / inst.need[j]) : 0;
    const betaF = Number(inst.beta);
    this.gap = inst.exactValue ? 1 : (1 / betaF) * (1 - 1e-9);
    let absW = 0;
    for (let j = 0; j < m; j++) absW += inst.w[j];
    let absS = 0;
    for (let v = 0; v < n; v++) absS += inst.s[v];
    this.tolV = inst.exactValue ? 0 : (absW + absS) * (n + m + 8) * 2.3e-16;
    this.tolS = new Float64Array(m);
    if (!inst.exactFloat) {
      for (let j = 0; j < m; j++) {
        let sn = 0;
        for (let k = inst.sStart[j]; k < inst.sStart[j + 1]; k++) sn += inst.s[inst.sList[k]];
        this.tolS[j] = (sn + inst.need[j]) * (2 * (inst.sStart[j + 1] - inst.sStart[j]) + 6) * 2.3e-16;
      }
    }
    // twins: identical stake and identical service list; link each to the next one in index order
    this.idle = new Int32Array(inst.vList.length + n);
    this.maxS = new Float64Array(m);
    for (let j = 0; j < m; j++)
      for (let k = inst.sStart[j]; k < inst.sStart[j + 1]; k++)
        this.maxS[j] = Math.max(this.maxS[j], inst.s[inst.sList[k]]);
    this.twinNext = new Int32Array(n).fill(-1);
    const seen = new Map<string, number>();
    for (let v = n - 1; v >= 0; v--) {
      const key = `${inst.S[v]}|${Array.from(inst.vList.subarray(inst.vStart[v], inst.vStart[v + 1])).join(',')}`;
      const next = seen.get(key);
      if (next !== undefined) this.twinNext[v] = next;
      seen.set(key, v);
    }
  }

  private level(d: number): void {
    if (!this.XS[d]) {
      this.XS[d] = new Int8Array(this.n);
      this.YS[d] = new Int8Array(this.m);
      this.SAT[d] = new Int8Array(this.m);
      this.COV[d] = new Float64Array(this.m);
      this.POT[d] = new Float64Array(this.m);
      this.LIVE[d] = new Int32Array(this.n);
      this.UCNT[d] = new Int32Array(this.m);
    }
  }

  /** Makes depth d current, copying depth d-1 into it. */
  private descend(d: number): void {
    this.level(d);
    this.XS[d].set(this.XS[d - 1]);
    this.YS[d].set(this.YS[d - 1]);
    this.SAT[d].set(this.SAT[d - 1]);
    this.COV[d].set(this.COV[d - 1]);
    this.POT[d].set(this.POT[d - 1]);
    this.LIVE[d].set(this.LIVE[d - 1]);
    this.UCNT[d].set(this.UCNT[d - 1]);
    this.nIdle = 0;
    this.SI[d] = this.SI[d - 1];
    this.SATW[d] = this.SATW[d - 1];
    this.NUV[d] = this.NUV[d - 1];
    this.use(d);
  }

  private use(d: number): void {
    this.xs = this.XS[d];
    this.ys = this.YS[d];
    this.sat = this.SAT[d];
    this.cov = this.COV[d];
    this.pot = this.POT[d];
    this.live = this.LIVE[d];
    this.ucnt = this.UCNT[d];
    this.sI = this.SI[d];
    this.satW = this.SATW[d];
    this.nUV = this.NUV[d];
  }

  private save(d: number): void {
    this.SI[d] = this.sI;
    this.SATW[d] = this.satW;
    this.NUV[d] = this.nUV;
  }

  // ---- exact fallbacks (only reached when exactFloat is false and a comparison is within rounding) ----
  private exactSum(j: number, includeUndecided: boolean): bigint {
    let acc = 0n;
    for (let k = this.sStart[j]; k < this.sStart[j + 1]; k++) {
      const v = this.sList[k];
      const x = this.xs[v];
      if (x === X_IN || (includeUndecided && x === X_UNDECIDED)) acc += this.inst.S[v];
    }
    return acc;
  }
  private covGE(j: number): boolean {
    const t = this.tolS[j];
    const c = this.cov[j];
    const nd = this.need[j];
    if (t === 0) return c >= nd;
    if (c >= nd + t) return true;
    if (c < nd - t) return false;
    return this.exactSum(j, false) >= this.inst.NEED[j];
  }
  /** pot_j − (v's stake, if minus ≥ 0) ≥ need_j */
  private potGE(j: number, minus: number): boolean {
    const t = this.tolS[j];
    const c = this.pot[j] - (minus >= 0 ? this.s[minus] : 0);
    const nd = this.need[j];
    if (t === 0) return c >= nd;
    if (c >= nd + t) return true;
    if (c < nd - t) return false;
    return this.exactSum(j, true) - (minus >= 0 ? this.inst.S[minus] : 0n) >= this.inst.NEED[j];
  }

  /** cov_j + s_u ≥ need_j: adding u would cover j */
  private covPlusGE(j: number, u: number): boolean {
    const t = this.tolS[j];
    const c = this.cov[j] + this.s[u];
    const nd = this.need[j];
    if (t === 0) return c >= nd;
    if (c >= nd + t) return true;
    if (c < nd - t) return false;
    return this.exactSum(j, false) + this.inst.S[u] >= this.inst.NEED[j];
  }

  /** Moves a validator being decided out of its services' undecided prefixes in `ul`. */
  private unlist(v: number): void {
    const { ul, ulPos, ulEdge, ucnt, vList, uv, uvPos } = this;
    const p = uvPos[v];
    const last = --this.nUV;
    if (p !== last) {
      const u = uv[last];
      uv[p] = u;
      uvPos[u] = p;
      uv[last] = v;
      uvPos[v] = last;
    }
    for (let e = this.vStart[v], f = this.vStart[v + 1]; e < f; e++) {
      const j = vList[e];
      const p = ulPos[e];
      const last = this.sStart[j] + --ucnt[j];
      if (p !== last) {
        const u = ul[last];
        const eu = ulEdge[last];
        ul[p] = u;
        ulEdge[p] = eu;
        ulPos[eu] = p;
        ul[last] = v;
        ulEdge[last] = e;
        ulPos[e] = last;
      }
    }
  }

  private setIn(v: number): void {
    this.xs[v] = X_IN;
    this.unlist(v);
    const sv = this.s[v];
    this.sI += sv;
    this.dirty = true;
    for (let k = this.vStart[v], e = this.vStart[v + 1]; k < e; k++) {
      const j = this.vList[k];
      this.cov[j] += sv;
      if (this.sat[j] === 0 && this.covGE(j)) {
        this.sat[j] = 1;
        this.satW += this.w[j];
        if (this.ys[j] <= Y_FORCED) this.retire(j);
      }
    }
  }

  /** Service j is no longer wanted-and-short (covered, excluded or dead): its validators lose a reason to join. */
  private retire(j: number): void {
    const { live, sList, xs } = this;
    for (let k = this.sStart[j], e = this.sStart[j + 1]; k < e; k++) {
      const v = sList[k];
      if (--live[v] === 0 && xs[v] === X_UNDECIDED) this.idle[this.nIdle++] = v;
    }
  }

  /** Sets a wanted service's state to excluded or dead. */
  private drop(j: number, y: number): void {
    if (this.ys[j] <= Y_FORCED && this.sat[j] === 0) this.retire(j);
    this.ys[j] = y;
  }

  private setOut(v: number): void {
    this.xs[v] = X_OUT;
    this.unlist(v);
    const sv = this.s[v];
    for (let k = this.vStart[v], e = this.vStart[v + 1]; k < e; k++) this.pot[this.vList[k]] -= sv;
  }

  /**
   * Propagates to a fixpoint; false if the node is infeasible. Forced services: infeasible if their remaining
   * stake cannot reach the need, and a validator without which it cannot is fixed in. Open services that
   * cannot be covered any more are dead. Excluded services: infeasible if covered, and a validator that would
   * complete the cover is fixed out. Validators touching no service still short of coverage are fixed out.
   */
  private propagate(): boolean {
    const { m, ys, sat, xs, sStart, ul, ucnt, need, maxS, tolS } = this;
    for (;;) {
      let changed = false;
      for (let j = 0; j < m; j++) {
        const y = ys[j];
        if (y === Y_DEAD) continue;
        if (y === Y_OUT) {
          if (sat[j] !== 0) {
            this.nIdle = 0;
            return false;
          }
          if (!this.potGE(j, -1)) {
            ys[j] = Y_DEAD; // can never be covered: the exclusion holds by itself
            continue;
          }
          // a validator completes the cover only if cov + s_v ≥ need: none can when even the largest cannot
          if (this.cov[j] + maxS[j] < need[j] - tolS[j]) continue;
          // undecided validators, backwards: fixing one swaps it behind the prefix with one already seen
          for (let k = sStart[j] + ucnt[j] - 1; k >= sStart[j]; k--) {
            const v = ul[k];
            if (this.covPlusGE(j, v)) {
              this.setOut(v);
              changed = true;
            }
          }
          continue;
        }
        if (sat[j] !== 0) continue;
        if (!this.potGE(j, -1)) {
          if (y === Y_FORCED) {
            this.nIdle = 0;
            return false;
          }
          this.drop(j, Y_DEAD);
          changed = true;
          continue;
        }
        // a validator is indispensable only if pot − s_v < need: none is when even the largest is not
        if (y === Y_FORCED && this.pot[j] - maxS[j] < need[j] + tolS[j]) {
          for (let k = sStart[j] + ucnt[j] - 1; k >= sStart[j]; k--) {
            const v = ul[k];
            if (!this.potGE(j, v)) {
              this.setIn(v);
              changed = true;
              if (sat[j] !== 0) break;
            }
          }
        }
      }
      // validators touching no service still wanted and short of coverage could only cost
      while (this.nIdle > 0) {
        const v = this.idle[--this.nIdle];
        if (xs[v] === X_UNDECIDED && this.live[v] === 0) {
          this.setOut(v);
          changed = true;
        }
      }
      if (!changed) return true;
    }
  }

  /** If the fixed-in validators grew, evaluates their closure exactly and keeps it if it is better. */
  private checkIncumbent(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const cand = this.satW - this.sI;
    if (!(cand > this.incF - this.tolV)) return;
    const { inst, sat, xs } = this;
    const A: number[] = [];
    let pA = 0n;
    for (let j = 0; j < this.m; j++) {
      if (sat[j] !== 0) {
        A.push(j);
        pA += inst.P[j];
      }
    }
    if (A.length === 0) return;
    const B: number[] = [];
    let sB = 0n;
    for (let v = 0; v < this.n; v++) {
      if (xs[v] !== X_IN) continue;
      let touches = false;
      for (let k = this.vStart[v]; k < this.vStart[v + 1]; k++) {
        if (sat[this.vList[k]] !== 0) {
          touches = true;
          break;
        }
      }
      if (touches) {
        B.push(v);
        sB += inst.S[v];
      }
    }
    const val = inst.alpha * pA - inst.beta * sB;
    if (val > this.incExact) {
      this.incExact = val;
      this.incF = inst.exactValue ? Number(val) : Number(val) / Number(inst.beta);
      this.incA = A;
      this.incB = B;
      this.opts.onIncumbent?.(val, this.nodes);
      if (this.opts.stopAtFirst && val > 0n) {
        this.found = true;
        this.aborted = true;
        this.stopDepth = this.curDepth;
        return;
      }
      this.polish(B);
    }
  }

  /**
   * A new incumbent is usually one step from better ones (DFS finds them a cent at a time), so climb from it
   * at once: single adds/removes and swaps, no perturbation.
   */
  private polish(B: readonly number[]): void {
    const start = new Uint8Array(this.n);
    for (const v of B) start[v] = 1;
    const h = improveCoalition(this.inst, { fromAll: false, starts: [start], rounds: 0 });
    if (h.value > this.incF - this.tolV) this.seedIncumbent(h.B);
  }

  /** Exact evaluation of a validator set found by the heuristic (closure, then B ∩ N(A)). */
  private seedIncumbent(Bset: readonly number[]): void {
    const { inst } = this;
    const inB = new Uint8Array(this.n);
    for (const v of Bset) inB[v] = 1;
    const A: number[] = [];
    const inA = new Uint8Array(this.m);
    let pA = 0n;
    for (let j = 0; j < this.m; j++) {
      let c = 0n;
      for (let k = this.sStart[j]; k < this.sStart[j + 1]; k++) if (inB[this.sList[k]]) c += inst.S[this.sList[k]];
      if (c >= inst.NEED[j]) {
        A.push(j);
        inA[j] = 1;
        pA += inst.P[j];
      }
    }
    if (A.length === 0) return;
    const B: number[] = [];
    let sB = 0n;
    for (const v of Bset) {
      let touches = false;
      for (let k = this.vStart[v]; k < this.vStart[v + 1]; k++) if (inA[this.vList[k]]) touches = true;
      if (touches) {
        B.push(v);
        sB += inst.S[v];
      }
    }
    const val = inst.alpha * pA - inst.beta * sB;
    if (val > this.incExact) {
      this.incExact = val;
      this.incF = inst.exactValue ? Number(val) : Number(val) / Number(inst.beta);
      this.incA = A;
      this.incB = B.sort((a, b) => a - b);
      this.opts.onIncumbent?.(val, this.nodes);
      if (this.opts.stopAtFirst && val > 0n) {
        this.found = true;
        this.aborted = true;
      }
    }
  }

  private pruneTol(): number {
    return this.tolU + Math.abs(this.incF) * 4.5e-16;
  }

  /** Reduced-cost fixing with the multipliers of the last bound. Returns true if anything was fixed. */
  private reducedCostFix(ub: number): boolean {
    const thr = this.incF + this.gap - this.pruneTol();
    if (ub - thr < 0) return false;
    const { uv, s, R, ys, act, nAct, w, mu, need, cov } = this;
    let fixed = false;
    // undecided validators, backwards: fixing one swaps it behind the prefix with one already seen
    for (let i = this.nUV - 1; i >= 0; i--) {
      const v = uv[i];
      const a = s[v] * (R[v] - 1);
      if (a > 0) {
        if (ub - a < thr) {
          this.setIn(v);
          fixed = true;
        }
      } else if (a < 0 && ub + a < thr) {
        this.setOut(v);
        fixed = true;
      }
    }
    for (let i = 0; i < nAct; i++) {
      const j = act[i];
      if (ys[j] !== Y_OPEN || this.sat[j] !== 0) continue;
      const t = w[j] - mu[j] * (need[j] - cov[j]);
      if (t > 0) {
        if (ub - t < thr) {
          ys[j] = Y_FORCED;
          fixed = true;
        }
      } else if (t < 0 && ub + t < thr) {
        this.drop(j, Y_OUT);
        fixed = true;
      }
    }
    return fixed;
  }

  private tick(d: number): boolean {
    if ((++this.nodes & 63) === 0) {
      if (
        (Number.isFinite(this.budget.deadline) && this.budget.now() > this.budget.deadline) ||
        this.nodes > this.maxNodes
      ) {
        this.aborted = true;
        this.deadlineHit = true;
        this.stopDepth = d;
      } else if (this.nodes >= this.nextLns) {
        if (this.lnsRound === 0) this.runNeighbourhoods(LNS_ROUNDS_FIRST, this.lnsFallback);
        else this.runNeighbourhoods(LNS_ROUNDS_LATER);
      }
    }
    return this.aborted;
  }

  private maxNodes: number;
  /** node count at which the next batch of neighbourhood searches runs */
  private nextLns = Infinity;
  /** nodes spent in neighbourhood sub-searches */
  private lnsNodes = 0;
  private lnsRound = 0;
  /** the root heuristic's set: where the first batch starts when the search has no incumbent yet */
  private lnsFallback: readonly number[] = [];

  /**
   * Neighbourhood search (neighbourhood.ts) from the incumbent (or from `fallback`, a heuristic set, when
   * there is none). Its sub-search nodes are kept to about a quarter of the main search's.
   */
  private runNeighbourhoods(rounds: number, fallback?: readonly number[]): void {
    const budget = this.budget;
    const stop = Number.isFinite(budget.deadline) ? () => budget.now() > budget.deadline : undefined;
    let start: Coalition;
    if (this.incB.length > 0 || !fallback || fallback.length === 0)
      start = { value: this.incExact, A: this.incA, B: this.incB };
    else {
      const inB = new Uint8Array(this.n);
      for (const v of fallback) inB[v] = 1;
      start = evaluateSet(this.inst, inB);
    }
    if (start.B.length > 0 || start.A.length > 0) {
      const free = Math.max(16, Math.round(this.n * LNS_FREE_SHARE));
      const r = neighbourhoodSearch(this.inst, start, {
        rounds,
        free,
        maxNodes: free * LNS_SUB_NODES_PER_FREE,
        seed: this.lnsRound,
        stale: LNS_STALE,
        stop,
        solve: maxGain,
      });
      this.lnsRound += rounds;
      this.lnsNodes += r.nodes;
      if (r.value > this.incExact) this.seedIncumbent(r.B);
    }
    this.nextLns = this.nodes + Math.max(LNS_EVERY, 3 * this.lnsNodes - this.nodes);
  }

  /** Processes the node at depth d (already current). */
  private curDepth = 0;

  private search(d: number): void {
    this.curDepth = d;
    this.framePhase[d] = 0;
    this.frameUB[d] = d > 0 ? this.frameUB[d - 1] : Infinity;
    if (this.tick(d)) return;
    if (!this.propagate()) return;
    this.checkIncumbent();
    if (this.aborted) return;
    let ub: number;
    for (let round = 0; ; round++) {
      ub = lagrangianBound(this, this.sI, d === 0 ? 4 : 1);
      if (d === 0 && round === 0 && !this.opts.inner && !(ub + this.pruneTol() < this.incF + this.gap)) {
        // root: a primal heuristic, started from "everyone" and from the validators the multipliers pay for
        const priced = new Uint8Array(this.n);
        for (let v = 0; v < this.n; v++)
          priced[v] = this.xs[v] === X_IN || (this.xs[v] === X_UNDECIDED && this.R[v] >= 1) ? 1 : 0;
        const budget = this.budget;
        const stop = Number.isFinite(budget.deadline) ? () => budget.now() > budget.deadline : undefined;
        const h = improveCoalition(this.inst, { starts: [priced], stop });
        if (h.value > this.incF - this.tolV) this.seedIncumbent(h.B);
        if (this.aborted) return;
        if (this.n > 24 && this.opts.neighbourhoods !== false) {
          // the first batch runs after LNS_FIRST nodes: graphs settled by then never pay for it, and the
          // search's first incumbents are better starts than the heuristic's
          this.lnsFallback = h.B;
          this.nextLns = LNS_FIRST;
        }
      }
      if (ub + this.pruneTol() < this.incF + this.gap) return;
      if (round >= 3 || !this.reducedCostFix(ub)) break;
      if (!this.propagate()) return;
      this.checkIncumbent();
      if (this.aborted) return;
    }
    this.frameUB[d] = Math.min(this.frameUB[d], ub + this.pruneTol());
    this.save(d);

    // branch on the most profitable open service still short of coverage
    let bj = -1;
    let best = -Infinity;
    for (let i = 0; i < this.nAct; i++) {
      const j = this.act[i];
      if (this.ys[j] !== Y_OPEN || this.sat[j] !== 0) continue;
      if (this.w[j] > best) {
        best = this.w[j];
        bj = j;
      }
    }
    if (bj >= 0) {
      this.descend(d + 1);
      this.ys[bj] = Y_FORCED;
      this.search(d + 1);
      if (this.aborted) return;
      this.framePhase[d] = 1;
      if (this.frameUB[d] < this.incF + this.gap) return;
      this.use(d);
      this.descend(d + 1);
      this.drop(bj, Y_OUT);
      this.search(d + 1);
      return;
    }
    // then on validators: largest s_v·min(R_v, 1), "in" first
    let bv = -1;
    best = -Infinity;
    for (let i = 0; i < this.nUV; i++) {
      const v = this.uv[i];
      const score = this.s[v] * Math.min(this.R[v], 1);
      if (score > best || (score === best && v < bv)) {
        best = score;
        bv = v;
      }
    }
    if (bv < 0) return; // leaf: everything decided, incumbent already checked
    this.descend(d + 1);
    this.setIn(bv);
    this.search(d + 1);
    if (this.aborted) return;
    this.framePhase[d] = 1;
    if (this.frameUB[d] < this.incF + this.gap) return;
    this.use(d);
    this.descend(d + 1);
    this.setOut(bv);
    for (let u = this.twinNext[bv]; u >= 0; u = this.twinNext[u]) if (this.xs[u] === X_UNDECIDED) this.setOut(u);
    this.search(d + 1);
  }

  run(): GainResult {
    const { inst } = this;
    this.level(0);
    this.use(0);
    this.xs.fill(X_UNDECIDED);
    this.sI = 0;
    this.satW = 0;
    for (let j = 0; j < this.m; j++) {
      this.ys[j] = inst.P[j] > 0n ? Y_OPEN : Y_DEAD;
      this.cov[j] = 0;
      let pot = 0;
      for (let k = inst.sStart[j]; k < inst.sStart[j + 1]; k++) pot += inst.s[inst.sList[k]];
      this.pot[j] = pot;
      this.ucnt[j] = inst.sStart[j + 1] - inst.sStart[j];
      this.sat[j] = inst.NEED[j] <= 0n ? 1 : 0;
      if (this.sat[j]) this.satW += inst.w[j];
    }
    this.nUV = this.n;
    this.nIdle = 0;
    for (let v = 0; v < this.n; v++) {
      let c = 0;
      for (let k = inst.vStart[v]; k < inst.vStart[v + 1]; k++) {
        const j = inst.vList[k];
        if (this.ys[j] <= Y_FORCED && this.sat[j] === 0) c++;
      }
      this.live[v] = c;
      if (c === 0) this.idle[this.nIdle++] = v;
    }
    this.dirty = true;
    if (this.opts.initialValue !== undefined) {
      this.incExact = this.opts.initialValue;
      this.incF = Number(this.opts.initialValue) / Number(inst.beta);
    }
    this.save(0);
    this.search(0);
    // Stopped early: what is left unexplored is, for every frame on the path that was still in its first
    // child, its second child (covered by that frame's bound), plus the subtree of the node being processed.
    let upperBound = this.incF;
    if (this.aborted) {
      for (let d = 0; d < this.stopDepth; d++)
        if (this.framePhase[d] === 0) upperBound = Math.max(upperBound, this.frameUB[d]);
      upperBound = Math.max(upperBound, this.frameUB[this.stopDepth]);
    }
    return {
      value: this.incExact,
      A: this.incA,
      B: this.incB,
      complete: !this.deadlineHit,
      upperBound,
      nodes: this.nodes,
      subNodes: this.lnsNodes,
    };
  }
}

/** Maximises alpha·P(A) − beta·S(B) over coalitions of the instance (clipped at 0: "no coalition"). */
export function maxGain(inst: GainInstance, opts: GainOptions = {}): GainResult {
  if (inst.m === 0) return { value: 0n, A: [], B: [], complete: true, upperBound: 0, nodes: 0, subNodes: 0 };
  return new GainSearch(inst, opts).run();
}
