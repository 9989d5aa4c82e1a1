/**
 * The one entry point: a restaking graph in, the security report out (the CLI's JSON shape, issue 4).
 *
 *   secure            no valid attack exists (null only when a time budget ran out before it was settled)
 *   worstAttack       the valid attack with the largest p(A) − s(B), or null
 *   slack             γ* = min s(B)/p(A) − 1 over coalitions with p(A) > 0 (null if no service has profit)
 *   costOfCorruption  per service, min s(B) over ({j}, B)
 *   eigenLayer        the sufficient condition T_v ≤ 1, its certified slack, every T_v
 *   cascade           with a shock: the worst cascade, told step by step, its loss and the Theorem 1 bound
 *   rPsi              with ψ: worst-case loss fraction R_ψ (exact up to 16 validators)
 *   exact             every part above is exact (always, unless a time budget was given and ran out)
 *
 * With a budget (the app's worker: ~200 ms) the stages share it: cost of corruption, then the worst attack,
 * then the slack, then the shock questions; each gets a slice of what is left. When a stage stops early it
 * reports the best it found, `exact` turns false and `bounds` says what is proven.
 */
import { type Budget, budgetOf, slice, UNLIMITED } from './budget';
import { cascade, type CascadeResult, rPsi, type RPsiResult } from './cascade';
import { costsOfCorruption } from './costOfCorruption';
import { eigenLayerCondition } from './eigenLayerCondition';
import { checkCoalition, GraphError, type IndexedGraph, indexGraph, type RestakingGraph } from './graph';
import { cmp, type Rational, rat, toNumber, toRational } from './rational';
import { scaleGraph } from './scaled';
import { minRatio, slackOf } from './slack';
import { worstAttack } from './worstAttack';

export interface AttackJson {
  services: string[];
  validators: string[];
  profit: number;
  stake: number;
}

export interface SecurityReport {
  secure: boolean | null;
  worstAttack: AttackJson | null;
  slack: number | null;
  costOfCorruption: Record<string, number>;
  eigenLayer: { holds: boolean; certifiedSlack: number | null; perValidator: Record<string, number> };
  cascade?: { shock: string[]; steps: AttackJson[]; lostStake: number; lostFraction: number; bound: number | null };
  rPsi?: { value: number; exact: boolean };
  exact: boolean;
  /** only when exact is false: what has been proven so far */
  bounds?: {
    /** the best attack's p(A) − s(B) is at most this (≤ 0 would mean secure) */
    worstAttackValueAtMost: number;
    /** exactness of each part */
    worstAttack: boolean;
    slack: boolean;
    costOfCorruption: boolean;
    cascade?: boolean;
  };
}

export interface AnalyzeOptions {
  /** validator ids removed by the shock */
  shock?: readonly string[];
  /** shock budget ψ as a fraction of total stake, 0 ≤ ψ ≤ 1 */
  psi?: Rational | string | number;
  /** time budget in ms on the `now` clock; omit for an exact answer */
  budgetMs?: number;
  now?: () => number;
}

/** Full result with exact rationals and indices, for callers that want more than the JSON. */
export interface Analysis {
  graph: IndexedGraph;
  report: SecurityReport;
  slack: Rational | null;
  cascade?: CascadeResult;
  rPsi?: RPsiResult;
}

export function analyze(input: RestakingGraph, opts: AnalyzeOptions = {}): SecurityReport {
  return analyzeFull(input, opts).report;
}

export function analyzeFull(input: RestakingGraph, opts: AnalyzeOptions = {}): Analysis {
  const g = indexGraph(input);
  const sg = scaleGraph(g);
  const budget: Budget = budgetOf(opts.now, opts.budgetMs);
  const shock = resolveShock(g, opts.shock);
  const psi = opts.psi === undefined ? undefined : resolvePsi(opts.psi);
  const timed = budget !== UNLIMITED;

  const covers = costsOfCorruption(sg, timed ? slice(budget, 0.2) : budget);
  const worst = worstAttack(sg, timed ? slice(budget, 0.5) : budget, covers);
  const ratio = minRatio(sg, covers, timed ? slice(budget, shock || psi ? 0.6 : 1) : budget);
  const gamma = slackOf(ratio);

  const u = (x: bigint): number => toNumber(rat(x, sg.unit));
  let attack: AttackJson | null = null;
  if (worst.value > 0n) {
    // final verdicts are exact: re-check the reported attack against the definition in rationals
    const check = checkCoalition(g, worst.A, worst.B);
    if (!check.validAttack)
      throw new Error(`internal error: reported attack is not valid (${check.reason ?? 'p(A) ≤ s(B)'})`);
    attack = {
      services: worst.A.map((j) => g.sIds[j]),
      validators: worst.B.map((v) => g.vIds[v]),
      profit: toNumber(check.profit),
      stake: toNumber(check.stake),
    };
  }
  const secure = worst.value > 0n ? false : worst.exact ? true : null;
  if (gamma && ratio.exact && worst.exact && cmp(gamma, rat(0n)) < 0 !== (secure === false)) {
    throw new Error('internal error: slack and worst attack disagree about security');
  }

  const el = eigenLayerCondition(g);
  const coc: Record<string, number> = {};
  covers.forEach((c, j) => (coc[g.sIds[j]] = u(c.cost)));
  const perValidator: Record<string, number> = {};
  el.perValidator.forEach((t, v) => (perValidator[g.vIds[v]] = toNumber(t)));

  let cascadeJson: SecurityReport['cascade'];
  let cascadeResult: CascadeResult | undefined;
  if (shock) {
    // the Theorem 1 bound needs the true γ*: an unproven slack (an upper estimate) would understate it
    const c = cascade(sg, shock, ratio.exact ? gamma : null, timed ? slice(budget, psi ? 0.5 : 1) : budget);
    cascadeResult = c;
    cascadeJson = {
      shock: c.shock.map((v) => g.vIds[v]),
      steps: c.steps.map((s) => ({
        services: s.A.map((j) => g.sIds[j]),
        validators: s.B.map((v) => g.vIds[v]),
        profit: u(s.profit),
        stake: u(s.stake),
      })),
      lostStake: toNumber(c.lostStake),
      lostFraction: toNumber(c.lostFraction),
      bound: c.bound ? toNumber(c.bound) : null,
    };
  }
  let rPsiResult: RPsiResult | undefined;
  if (psi) rPsiResult = rPsi(sg, psi, ratio.exact ? gamma : null, budget);

  const coverExact = covers.every((c) => c.exact);
  const cascadeExact = cascadeResult ? cascadeResult.exact : true;
  const exact = worst.exact && ratio.exact && coverExact && cascadeExact;
  // key order is the documented output order
  const report: SecurityReport = {
    secure,
    worstAttack: attack,
    slack: gamma ? toNumber(gamma) : null,
    costOfCorruption: coc,
    eigenLayer: {
      holds: el.holds,
      certifiedSlack: el.certifiedSlack ? toNumber(el.certifiedSlack) : null,
      perValidator,
    },
    ...(cascadeJson ? { cascade: cascadeJson } : {}),
    ...(rPsiResult ? { rPsi: { value: toNumber(rPsiResult.value), exact: rPsiResult.exact } } : {}),
    exact,
  };
  if (!exact) {
    report.bounds = {
      worstAttackValueAtMost: worst.upperBound / Number(sg.unit),
      worstAttack: worst.exact,
      slack: ratio.exact,
      costOfCorruption: coverExact,
      ...(shock ? { cascade: cascadeExact } : {}),
    };
  }
  const analysis: Analysis = { graph: g, report, slack: gamma, cascade: cascadeResult, rPsi: rPsiResult };
  return analysis;
}

function resolveShock(g: IndexedGraph, ids: readonly string[] | undefined): number[] | undefined {
  if (!ids) return undefined;
  const index = new Map(g.vIds.map((id, i) => [id, i]));
  return ids.map((id, i) => {
    const v = index.get(id);
    if (v === undefined) throw new GraphError([{ path: `--shock[${i}]`, message: `unknown validator id "${id}"` }]);
    return v;
  });
}

function resolvePsi(x: Rational | string | number): Rational {
  let r: Rational;
  try {
    r = toRational(x);
  } catch (e) {
    throw new GraphError([{ path: '--psi', message: (e as Error).message }]);
  }
  if (r.n < 0n || r.n > r.d)
    throw new GraphError([{ path: '--psi', message: 'psi must be between 0 and 1 (a fraction of the total stake)' }]);
  return r;
}
