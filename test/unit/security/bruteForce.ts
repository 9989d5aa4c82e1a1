/**
 * Exhaustive reference for the security analysis, straight from the definitions of issue 4 and nothing else:
 * every pair (A, B) with A a non-empty set of services and B a set of validators, checked one by one. It does
 * not use the engine's closure, component or bound reasoning, so agreeing with it means something.
 * Amounts are scaled to integers by their common denominator (exact); fine up to ~10 validators x 5 services.
 */
import type { RestakingGraph } from '../../../src/engine/security/graph';
import { lcm, type Rational, rat } from '../../../src/engine/security/rational';

export interface BruteAttack {
  A: number[];
  B: number[];
  profit: bigint;
  stake: bigint;
}

export interface BruteResult {
  unit: bigint;
  totalStake: bigint;
  secure: boolean;
  /** max p(A) − s(B) over valid attacks (scaled), or null */
  bestGain: bigint | null;
  /** min s(B)/p(A) over coalitions with p(A) > 0, or null */
  minRatio: Rational | null;
  /** per service, min s(B) over ({j}, B) (scaled) */
  coc: bigint[];
  /** T_v */
  T: Rational[];
}

export class Brute {
  n: number;
  m: number;
  unit: bigint;
  S: bigint[];
  P: bigint[];
  tn: bigint[];
  td: bigint[];
  nMask: number[];
  totalS: bigint;
  vIds: string[];
  sIds: string[];

  constructor(readonly g: RestakingGraph) {
    this.n = g.validators.length;
    this.m = g.services.length;
    let L = 1n;
    for (const v of g.validators) L = lcm(L, v.stake.d);
    for (const s of g.services) L = lcm(L, s.profit.d);
    this.unit = L;
    this.S = g.validators.map((v) => (v.stake.n * L) / v.stake.d);
    this.P = g.services.map((s) => (s.profit.n * L) / s.profit.d);
    this.tn = g.services.map((s) => s.threshold.n);
    this.td = g.services.map((s) => s.threshold.d);
    this.vIds = g.validators.map((v) => v.id);
    this.sIds = g.services.map((s) => s.id);
    const vi = new Map(this.vIds.map((id, i) => [id, i]));
    const si = new Map(this.sIds.map((id, i) => [id, i]));
    this.nMask = new Array(this.m).fill(0);
    for (const [v, j] of g.edges) this.nMask[si.get(j)!] |= 1 << vi.get(v)!;
    this.totalS = this.S.reduce((a, b) => a + b, 0n);
  }

  stakeOf(mask: number): bigint {
    let s = 0n;
    for (let v = 0; v < this.n; v++) if (mask & (1 << v)) s += this.S[v];
    return s;
  }
  profitOf(aMask: number): bigint {
    let p = 0n;
    for (let j = 0; j < this.m; j++) if (aMask & (1 << j)) p += this.P[j];
    return p;
  }

  /** Is (A, B) a coalition on the graph without the validators in `removed`? (definition, literally) */
  isCoalition(aMask: number, bMask: number, removed = 0): boolean {
    if (aMask === 0 || bMask & removed) return false;
    let nA = 0;
    for (let j = 0; j < this.m; j++) if (aMask & (1 << j)) nA |= this.nMask[j] & ~removed;
    if (bMask & ~nA) return false; // every validator of B restaked to some service of A
    for (let j = 0; j < this.m; j++) {
      if (!(aMask & (1 << j))) continue;
      const N = this.nMask[j] & ~removed;
      // s(B ∩ N(j)) ≥ a_j · s(N(j))
      if (this.td[j] * this.stakeOf(bMask & N) < this.tn[j] * this.stakeOf(N)) return false;
    }
    return true;
  }

  /** every coalition on G without `removed` */
  *coalitions(removed = 0): Generator<[number, number]> {
    for (let a = 1; a < 1 << this.m; a++) {
      for (let b = 0; b < 1 << this.n; b++) if (this.isCoalition(a, b, removed)) yield [a, b];
    }
  }

  analyze(): BruteResult {
    let bestGain: bigint | null = null;
    let minRatio: Rational | null = null;
    for (const [a, b] of this.coalitions()) {
      const p = this.profitOf(a);
      const s = this.stakeOf(b);
      if (p > s && (bestGain === null || p - s > bestGain)) bestGain = p - s;
      if (p > 0n) {
        const r = rat(s, p);
        if (minRatio === null || r.n * minRatio.d < minRatio.n * r.d) minRatio = r;
      }
    }
    const coc = this.sIds.map((_, j) => {
      let best: bigint | null = null;
      for (let b = 0; b < 1 << this.n; b++) {
        if (this.isCoalition(1 << j, b)) {
          const s = this.stakeOf(b);
          if (best === null || s < best) best = s;
        }
      }
      return best!;
    });
    const T = this.vIds.map((_, v) => {
      let t = rat(0n);
      for (let j = 0; j < this.m; j++) {
        if (!(this.nMask[j] & (1 << v))) continue;
        const sn = this.stakeOf(this.nMask[j]);
        // p_j / (a_j s(N(j))) = P·td / (tn · SN)  (the unit cancels)
        const q = rat(this.P[j] * this.td[j], this.tn[j] * sn);
        t = rat(t.n * q.d + q.n * t.d, t.d * q.d);
      }
      return t;
    });
    return { unit: this.unit, totalStake: this.totalS, secure: bestGain === null, bestGain, minRatio, coc, T };
  }

  /** largest s(B) over valid attacks on G without `removed` (-1n if none), and one attack attaining it */
  largestLoss(removed: number): { stake: bigint; A: number; B: number } {
    let best = { stake: -1n, A: 0, B: 0 };
    for (const [a, b] of this.coalitions(removed)) {
      const s = this.stakeOf(b);
      if (this.profitOf(a) > s && s > best.stake) best = { stake: s, A: a, B: b };
    }
    return best;
  }

  /** R_ψ = ψ + max over D with s(D) ≤ ψ s(V) of largestLoss(D)/s(V) */
  rPsi(psi: Rational): Rational {
    let best = -1n;
    for (let d = 0; d < 1 << this.n; d++) {
      if (this.stakeOf(d) * psi.d > psi.n * this.totalS) continue;
      const l = this.largestLoss(d).stake;
      if (l > best) best = l;
    }
    const extra = best < 0n ? 0n : best;
    return rat(psi.n * this.totalS + extra * psi.d, psi.d * this.totalS);
  }
}
