/**
 * npx tsx test/bench/replayScrub.bench.ts: what scrubbing the sandbox's timeline costs on long logs (a script, not a timed test; run it on
 * an idle machine). The sandbox's Session is loaded with each long log (replayLog.ts), then moved to random positions
 * (`goTo`, as the timeline slider does), each followed by a read of the trace of the event shown (the narration
 * reads it); also a run of undos and redos from the end. Median and 95th percentile of the wall-clock time in
 * milliseconds, and the mean CPU time per move (process.cpuUsage: less sensitive than the wall clock to other
 * processes sharing the machine).
 */
import './replayRunes';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Session } from '../../src/app/session.svelte';
import { starterLongLog, realNetworkLongLog, type EventJson } from './replayLog';

const MOVES = Number(process.env.BENCH_MOVES ?? 500);

/** Deterministic positions (the same sequence before and after a change). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const quantile = (xs: number[], q: number) => xs.slice().sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))];
const ms = (x: number) => `${x.toFixed(2)} ms`;

function bench(name: string, scenario: Record<string, unknown>, log: EventJson[]) {
  const s = new Session();
  let t = performance.now();
  const problem = s.load(scenario, log);
  const load = performance.now() - t;
  if (problem) throw new Error(`${name}: ${problem.message}`);
  const rnd = lcg(5);
  // warm-up: a few moves, not counted
  for (let i = 0; i < 50; i++) s.goTo(Math.floor(rnd() * (log.length + 1)));
  const scrub: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < MOVES; i++) {
    const n = Math.floor(rnd() * (log.length + 1));
    t = performance.now();
    s.goTo(n);
    void s.lastTrace.length;
    scrub.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  const cpuPerMove = (used.user + used.system) / 1000 / MOVES;
  s.goTo(log.length);
  const undo: number[] = [];
  const redo: number[] = [];
  for (let i = 0; i < 40; i++) {
    t = performance.now();
    s.undo();
    undo.push(performance.now() - t);
  }
  for (let i = 0; i < 40; i++) {
    t = performance.now();
    s.redo();
    redo.push(performance.now() - t);
  }
  console.log(`\n### ${name}: ${log.length} events`);
  console.log('| measure | median | p95 | CPU mean |');
  console.log('|---|---|---|---|');
  console.log(`| load (all events applied) | ${ms(load)} | | |`);
  console.log(
    `| scrub: goTo a random position (${MOVES} moves) | ${ms(quantile(scrub, 0.5))} | ${ms(quantile(scrub, 0.95))} | ${ms(cpuPerMove)} |`,
  );
  console.log(`| undo from the end (40) | ${ms(quantile(undo, 0.5))} | ${ms(quantile(undo, 0.95))} | |`);
  console.log(`| redo back (40) | ${ms(quantile(redo, 0.5))} | ${ms(quantile(redo, 0.95))} | |`);
}

console.log(`Restaking Lab scrub benchmark (node ${process.version})`);
const starter = starterLongLog(365, 400);
bench('starter + 1 year of daily steps', starter.scenario, starter.events);
const real = realNetworkLongLog(JSON.parse(readFileSync('public/scenarios/real-network-2024-10.json', 'utf8')));
bench('real network + 90 days', real.scenario, real.events);
