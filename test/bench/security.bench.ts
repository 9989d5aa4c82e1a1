/**
 * npm run bench:security [-- --quick]      (or SECURITY_BENCH_QUICK=1)
 * npm run bench:security -- --size 100x40 [--graphs N] [--from SEED] [--c X] [--no-highs]   (one size, for
 *   iterating: --c skips the calibration, --no-highs times ours only; VERBOSE=1 prints every graph and c)
 *
 * Exact worst-attack search (max p(A) − s(B)): our branch-and-bound against HiGHS (the `highs` MILP solver,
 * wasm, single-threaded) on the same random graphs, in the same process, one after the other.
 *
 * Instances (docs/security-analysis.md §6): V x S with 30% edge density, stakes 1..100, a_j ∈ {1/3, 1/2, 2/3},
 * p_j = c · k_j · a_j · S(N(j)) with k_j ~ U[0.3, 1.2], rounded to cents; 20 graphs per size (seeds 1..20).
 *
 * Calibration of c (so that about half the graphs are insecure, the hard region): with q_j = k_j·a_j·S(N(j))
 * a graph is insecure exactly when c exceeds c* = min over coalitions of s(B)/q(A). We compute c* exactly for
 * 10 pilot graphs (seeds 1000..1009) with our own Dinkelbach slack solver (slack.ts), which is bisection on c
 * done exactly: each Dinkelbach round asks the exact solver "is there a coalition with c·q(A) > s(B)?" and
 * jumps straight to the next critical c. c is the median c*. Pilots that hit their time cap give an upper
 * estimate of c* (marked "~" in the output).
 *
 * HiGHS model: maximise Σ p_j y_j − Σ s_v x_v s.t. Σ_{v∈N(j)} s_v x_v ≥ ceil(a_j S_j)·y_j (integer rows,
 * no 1/3 in the LP text), x_v ≤ Σ_{j∋v} y_j, binaries; options time_limit 10, mip_rel_gap 0 (not 1e-4) and
 * mip_abs_gap 0.5 (the objective is an integer number of cents, so a gap below 1 proves optimality).
 * Our times include scaling the graph and the cost-of-corruption preprocessing; HiGHS's include writing the
 * LP text. Every value both solvers prove is compared (they must agree to the cent).
 *
 * Also times the "real network": 473 EigenLayer operators (protofire/slalayer.xyz, 2024-10) under unique stake, with
 * illustrative allocations to 20 illustrative AVSs (the data has no operator→AVS links).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import highsLoader from 'highs';
import { analyze } from '../../src/engine/security/analyze';
import { costsOfCorruption } from '../../src/engine/security/costOfCorruption';
import { worldGraph } from '../../src/engine/security/fromWorld';
import { parseScenario } from '../../src/engine/scenario/validate';
import { fold } from '../../src/engine/sim';
import { indexGraph } from '../../src/engine/security/graph';
import { toNumber } from '../../src/engine/security/rational';
import { scaleGraph } from '../../src/engine/security/scaled';
import { minRatio } from '../../src/engine/security/slack';
import { worstAttack } from '../../src/engine/security/worstAttack';
import { rawInstance, toGraph, toLp } from './securityInstances';

const quick = process.argv.includes('--quick') || process.env.SECURITY_BENCH_QUICK === '1';
/** value of a `--name value` flag */
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
// iteration flags: --size 100x40 (one size), --graphs N, --from SEED (first seed), --c X (skip calibration),
// --no-highs (ours only)
const ONE_SIZE = flag('size')?.split('x').map(Number) as [number, number] | undefined;
const FIXED_C = flag('c') === undefined ? undefined : Number(flag('c'));
const FIRST_SEED = Number(flag('from') ?? 1);
const NO_HIGHS = process.argv.includes('--no-highs');
const SIZES: [number, number][] = ONE_SIZE
  ? [ONE_SIZE]
  : quick
    ? [
        [20, 8],
        [50, 20],
        [100, 40],
      ]
    : [
        [20, 8],
        [50, 20],
        [100, 40],
        [200, 50],
      ];
const GRAPHS = Number(flag('graphs') ?? (quick ? 6 : 20));
const PILOTS = quick ? 5 : 10;
const LIMIT_MS = quick ? 3000 : 10_000;
const PILOT_CAP_MS = quick ? 1000 : 3000;

const clock = (ms: number) => ({ now: () => performance.now(), deadline: performance.now() + ms });

interface Run {
  ms: number;
  exact: boolean;
  /** best value found, cents */
  value: number;
}

function ours(V: number, S: number, seed: number, c: number): Run & { insecure: boolean } {
  const t0 = performance.now();
  const budget = clock(LIMIT_MS);
  const sg = scaleGraph(indexGraph(toGraph(rawInstance(V, S, seed), c)));
  const covers = costsOfCorruption(sg, budget);
  const r = worstAttack(sg, budget, covers);
  const ms = performance.now() - t0;
  return { ms, exact: r.exact && covers.every((x) => x.exact), value: Number(r.value), insecure: r.value > 0n };
}

type Highs = Awaited<ReturnType<typeof highsLoader>>;

function theirs(highs: Highs, V: number, S: number, seed: number, c: number): Run {
  const t0 = performance.now();
  const lp = toLp(rawInstance(V, S, seed), c);
  const r = highs.solve(lp, { time_limit: LIMIT_MS / 1000, mip_rel_gap: 0, mip_abs_gap: 0.5, output_flag: false });
  const ms = performance.now() - t0;
  const value =
    r.Status === 'Optimal' || r.Status === 'Time limit reached'
      ? Math.max(0, Math.round((r as { ObjectiveValue: number }).ObjectiveValue))
      : NaN;
  return { ms, exact: r.Status === 'Optimal', value };
}

function calibrate(V: number, S: number): { c: number; estimated: number } {
  const cs: number[] = [];
  let estimated = 0;
  for (let seed = 1000; seed < 1000 + PILOTS; seed++) {
    // profits q_j (c = 1): the min ratio s(B)/q(A) is the critical c*
    const sg = scaleGraph(indexGraph(toGraph(rawInstance(V, S, seed), 1)));
    const budget = clock(PILOT_CAP_MS);
    const r = minRatio(sg, costsOfCorruption(sg, budget), budget);
    if (!r.exact) estimated++;
    cs.push(toNumber(r.ratio!));
  }
  cs.sort((a, b) => a - b);
  const mid = cs.length >> 1;
  return { c: cs.length % 2 ? cs[mid] : (cs[mid - 1] + cs[mid]) / 2, estimated };
}

const q = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

async function main(): Promise<void> {
  const t00 = performance.now();
  console.log(
    `security bench${quick ? ' (quick)' : ''}: ${GRAPHS} graphs per size, limit ${LIMIT_MS / 1000} s per solve, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const highs = await highsLoader();
  highs.solve('Maximize\n obj: x\nSubject To\n c: x <= 1\nBinary\n x\nEnd\n', { output_flag: false }); // wasm warm-up
  const rows: string[] = [];
  let disagreements = 0;
  for (const [V, S] of SIZES) {
    const tc = performance.now();
    const { c, estimated } = FIXED_C === undefined ? calibrate(V, S) : { c: FIXED_C, estimated: 0 };
    const calMs = performance.now() - tc;
    if (process.env.VERBOSE) console.log(`  ${V}x${S}: c = ${c}`);
    const O: Run[] = [];
    const H: Run[] = [];
    let insecure = 0;
    let unknown = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + GRAPHS; seed++) {
      const o = ours(V, S, seed, c);
      const h = NO_HIGHS ? { ms: NaN, exact: false, value: NaN } : theirs(highs, V, S, seed, c);
      O.push(o);
      H.push(h);
      if (o.insecure || (h.value > 0 && !Number.isNaN(h.value))) insecure++;
      else if (!o.exact && !h.exact) unknown++;
      if (o.exact && h.exact && o.value !== h.value) {
        disagreements++;
        console.log(`  DISAGREEMENT ${V}x${S} seed ${seed}: ours ${o.value} cents, HiGHS ${h.value} cents`);
      }
      if (process.env.VERBOSE)
        console.log(
          `  ${V}x${S} #${seed}: ours ${fmt(o.ms)} ms ${o.exact ? 'exact' : 'timeout'} ${o.value} | HiGHS ${fmt(h.ms)} ms ${h.exact ? 'exact' : 'timeout'} ${h.value}`,
        );
    }
    const solved = (R: Run[], ms: number): number => R.filter((r) => r.exact && r.ms <= ms).length;
    const both = O.map((o, i) => [o, H[i]] as const).filter(([o, h]) => o.exact && h.exact);
    const ratioBoth = both.length ? median(both.map(([o, h]) => h.ms / o.ms)) : NaN;
    const ratioAll = median(O.map((o, i) => H[i].ms / o.ms));
    rows.push(
      `| ${V}x${S} | ${c.toFixed(3)}${estimated ? ` (~${estimated})` : ''} | ${insecure} / ${unknown} | ${fmt(median(O.map((r) => r.ms)))} / ${fmt(
        q(
          O.map((r) => r.ms),
          0.95,
        ),
      )} | ${solved(O, 1000)} / ${solved(O, 10_000)} | ${fmt(median(H.map((r) => r.ms)))} / ${fmt(
        q(
          H.map((r) => r.ms),
          0.95,
        ),
      )} | ${solved(H, 1000)} / ${solved(H, 10_000)} | ${Number.isNaN(ratioBoth) ? '-' : `${fmt(ratioBoth)}x (${both.length})`} | ${fmt(ratioAll)}x | ${(calMs / 1000).toFixed(1)} s |`,
    );
    console.log(rows[rows.length - 1]);
  }
  console.log('');
  console.log(
    `| V x S | c (pilots capped) | insecure / unknown | ours median / p95 ms | ours exact ≤1 s / ≤${LIMIT_MS / 1000} s | HiGHS median / p95 ms | HiGHS exact ≤1 s / ≤${LIMIT_MS / 1000} s | median HiGHS÷ours, both exact (n) | median HiGHS÷ours, all (timeouts at the cap) | calibration |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log(`\nvalues proved by both solvers that disagree: ${disagreements}`);

  if (!ONE_SIZE) realNetwork();
  console.log(`\ntotal bench time ${((performance.now() - t00) / 1000).toFixed(0)} s`);
}

/**
 * The real-network case: the shipped scenario public/scenarios/real-network-2024-10.json (445 EigenLayer
 * operators with stake, 2024-10, 10 illustrative AVSs, 1354 allocations), folded by the engine and mapped by
 * worldGraph under unique stake (every allocation its own stake node, so 10 single-service components: 10
 * high-density subset sums, solved by perfectFit.ts with subset-sum tables shared across the AVSs). Timed as
 * mapping + exact analysis: the first call (cold) and the median of 10 more (warm). History: ~13 s before the
 * perfect-fit phase, ~150-175 ms warm with it, 3-4x less with shared tables (docs/security-analysis.md §6).
 */
function realNetwork(): void {
  const parsed = parseScenario(
    JSON.parse(readFileSync(new URL('../../public/scenarios/real-network-2024-10.json', import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error('real-network scenario does not parse');
  const world = fold(parsed.value).world;
  // unique stake: mapping + exact analysis, timed cold (first call) and warm (median of 10 more)
  const times: number[] = [];
  let last: ReturnType<typeof analyze> | undefined;
  let nodes = 0;
  let avs = 0;
  for (let i = 0; i < 11; i++) {
    const t0 = performance.now();
    const { graph } = worldGraph(world, 'unique');
    last = analyze(graph);
    times.push(performance.now() - t0);
    nodes = graph.validators.length;
    avs = graph.services.length;
  }
  const r = last!;
  console.log(
    `\nreal network (public/scenarios/real-network-2024-10.json), unique stake: ${nodes} stake nodes x ${avs} AVSs; ` +
      `mapping + exact analysis: ${fmt(times[0])} ms cold (first call), ${fmt(median(times.slice(1)))} ms warm (median of 10; goal < 100); exact: ${r.exact}; ` +
      `secure: ${r.secure}; AVSs in the worst attack: ${r.worstAttack ? r.worstAttack.services.length : 0}; slack ${r.slack?.toFixed(4)}; ` +
      `load average ${loadavg()[0].toFixed(1)}`,
  );
  // the same world, pooled (every AVS can slash an operator's whole stake): one giant component
  const t0 = performance.now();
  const pooled = analyze(worldGraph(world, 'pooled').graph, { budgetMs: LIMIT_MS, now: () => performance.now() });
  console.log(
    `real network, pooled (for contrast): ${fmt(performance.now() - t0)} ms with a ${LIMIT_MS / 1000} s budget, exact: ${pooled.exact}, secure: ${pooled.secure}, ` +
      `slack ${pooled.slack?.toFixed(4)}`,
  );
}

void main();
