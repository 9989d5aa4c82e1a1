/**
 * npm run bench:cascade — how long the engine takes to compute the full cascade trace of a fault on the
 * real-network scenario (public/scenarios/real-network-2024-10.json: 445 operators with their real delegated
 * stake, 10 AVSs, 1354 allocations; issue 3 deliverable 10).
 *
 * Each run applies one Fault event to a fresh structuredClone of the initialised world; the clone is not timed.
 * The timed part is applyEvent: the cascade, its trace, and the ledger/invariant checks after the event.
 *
 * The 16 ms goal (one frame at 60 Hz) applies to settle=false: the immediate cascade a learner sees when they
 * click a fault (slashes, LRT rates, pool prices, liquidations, cost of corruption). settle=true also runs the
 * clock ~1 day forward (correlation penalties, oracle reports, weekly rewards) and is shown for reference: the
 * UI can run it after the first frame.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseEvents, parseScenario, summarizeIssues } from '../../src/engine/scenario/validate';
import { applyEvent, initWorld } from '../../src/engine/sim';
import type { World } from '../../src/engine/world';

const FILE = 'public/scenarios/real-network-2024-10.json';
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const GOAL_MS = 16;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
}
const ms = (x: number): string => x.toFixed(2).padStart(8);

// Scenario load + init.
const loadTimes: number[] = [];
let world!: World;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const parsed = parseScenario(JSON.parse(readFileSync(FILE, 'utf8')));
  if (!parsed.ok) throw new Error(`${FILE}: ${summarizeIssues(parsed.issues)}`);
  world = initWorld(parsed.value).world;
  loadTimes.push(performance.now() - t0);
}

// The five operators with the most delegated stake (the scenario lists operators by stake, largest first).
const operators = Object.keys(world.restaking.operators);
const top5 = operators.slice(0, 5);
const biggest = operators[0];
const avs = Object.keys(world.restaking.avss).find(
  (a) => world.restaking.operators[biggest].sets[`${a}/0`]?.registered,
);
if (!avs) throw new Error(`${biggest} is in no operator set`);

const kinds: { label: string; fault: Record<string, unknown> }[] = [
  { label: `correlated bug, ${top5.length} operators`, fault: { fault: 'correlated-bug', operators: top5 } },
  { label: `correlated bug, 50 operators`, fault: { fault: 'correlated-bug', operators: operators.slice(0, 50) } },
  { label: `key compromise (${biggest})`, fault: { fault: 'key-compromise', operator: biggest } },
  { label: `AVS misbehaviour (${biggest} on ${avs})`, fault: { fault: 'avs-misbehaviour', avs, operator: biggest } },
];

interface Row {
  label: string;
  settle: boolean;
  median: number;
  p95: number;
  /** The very first run of this kind (JIT not yet warm): what the first click of a session costs. */
  cold: number;
  steps: number;
}
const rows: Row[] = [];
for (const settle of [false, true]) {
  for (const k of kinds) {
    const parsed = parseEvents([{ type: 'Fault', ...k.fault, settle }]);
    if (!parsed.ok) throw new Error(`${k.label}: ${summarizeIssues(parsed.issues)}`);
    const event = parsed.value[0];
    const times: number[] = [];
    let steps = 0;
    let cold = 0;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const w = structuredClone(world);
      const t0 = performance.now();
      const trace = applyEvent(w, event);
      const t = performance.now() - t0;
      steps = trace.length;
      if (i === 0) cold = t;
      if (i >= WARMUP) times.push(t);
    }
    rows.push({ label: k.label, settle, median: median(times), p95: p95(times), cold, steps });
  }
}

const out: string[] = [];
out.push(
  `cascade benchmark — ${FILE} (${operators.length} operators, ${Object.keys(world.restaking.avss).length} AVSs), ${RUNS} runs each after ${WARMUP} warm-up, fresh structuredClone per run (not timed)`,
);
out.push(`scenario load + init: median ${median(loadTimes).toFixed(2)} ms (first ${loadTimes[0].toFixed(2)} ms)`);
out.push('');
out.push(
  `${'fault'.padEnd(44)} ${'settle'.padEnd(6)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'1st run'.padStart(8)}  steps  goal ${GOAL_MS} ms (p95)`,
);
for (const r of rows) {
  const goal = r.settle ? '(ref.)' : r.p95 < GOAL_MS ? 'ok' : 'OVER';
  out.push(
    `${r.label.padEnd(44)} ${String(r.settle).padEnd(6)} ${ms(r.median)} ${ms(r.p95)} ${ms(r.cold)}  ${String(r.steps).padStart(5)}  ${goal}`,
  );
}
out.push('');
out.push(
  `Times in ms. The ${GOAL_MS} ms goal is for settle=false: the immediate cascade a learner sees when they click a fault.`,
);
out.push(
  '"1st run" is the first fault of its kind in this process (JIT cold; earlier kinds have warmed the shared code).',
);
out.push(
  'settle=true also runs the clock to the last consequence (~1 day: oracle reports, correlation penalties) and is for reference.',
);
process.stdout.write(`${out.join('\n')}\n`);
