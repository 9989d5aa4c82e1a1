/**
 * npm run bench:replay: what the dashboard and the compare view cost on long logs (a script, not a timed test; run
 * it on an idle machine). Two logs (replayLog.ts): the starter scenario with a year of daily steps and a few hundred
 * gestures, and the real-network scenario (445 holders and operators, 10 AVSs) with 90 days and ~100 allocation
 * changes and faults. For each, in milliseconds (median of RUNS):
 *   before   a replay from genesis on every change (a fresh Replayer), as the page used to run it on its own
 *            thread: dashboard (current model) and compare (two models);
 *   after    the replay worker's code (replayCore.Replayer) run here: from genesis (opening the panel), one new event
 *            appended (what a drag or a time step costs), one undo (rewind to a checkpoint) and the security mapping
 *            of the final world (now also in the worker);
 *   page     what stays on the page's thread per change: the structured clone of the request (the log) and of the
 *            answer (the data) — postMessage copies both.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseEvents, parseScenario } from '../../src/engine/scenario/validate';
import type { Scenario } from '../../src/engine/scenario/schema';
import type { SimEvent } from '../../src/engine/events';
import type { SecurityModel } from '../../src/engine/world';
import { otherModel } from '../../src/app/dashboardData';
import { Replayer, eventKey } from '../../src/app/replayCore';
import { initWorld } from '../../src/engine/sim';
import { starterLongLog, realNetworkLongLog, type EventJson } from './replayLog';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(f: () => void, runs = RUNS): number {
  f(); // warm-up (JIT), not counted
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

function bench(name: string, scenarioJson: Record<string, unknown>, log: EventJson[]) {
  const p = parseScenario(scenarioJson);
  if (!p.ok) throw new Error(`${name}: scenario does not parse`);
  const scenario: Scenario = p.value;
  const ev = parseEvents(log);
  if (!ev.ok) throw new Error(`${name}: log does not parse`);
  const events: SimEvent[] = ev.value;
  const model: SecurityModel = scenario.securityModel;
  const other = otherModel(initWorld({ ...scenario, events: [] }).world);
  const keys = log.map(eventKey);
  const parse = (from: number) => events.slice(from);
  // the other model may refuse an event: the compare view shows that side's error
  const tryReplay = (m: SecurityModel) => new Replayer(scenario, m).run(keys, parse);

  const beforeDash = median(() => tryReplay(model));
  const beforeParse = median(() => parseEvents(log));
  const beforeCompare = median(() => {
    tryReplay(model);
    tryReplay(other);
  });

  const genesis = median(() => new Replayer(scenario, model).run(keys, parse, { security: true }));
  // one new event: a replayer at n-1 events, then n
  const appendTimes: number[] = [];
  const undoTimes: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const r = new Replayer(scenario, model);
    r.run(keys.slice(0, -1), parse);
    let t = performance.now();
    r.run(keys, parse, { security: true });
    appendTimes.push(performance.now() - t);
    t = performance.now();
    r.run(keys.slice(0, -1), parse, { security: true });
    undoTimes.push(performance.now() - t);
    if (i === 0) appendTimes.length = undoTimes.length = 0; // warm-up
  }
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const r = new Replayer(scenario, model);
  const full = r.run(keys, parse, { security: true });
  const security = median(() => r.run(keys, parse, { security: true })) - median(() => r.run(keys, parse));
  const compareAppend = (() => {
    const a = new Replayer(scenario, model);
    const b = new Replayer(scenario, other);
    a.run(keys.slice(0, -1), parse);
    b.run(keys.slice(0, -1), parse);
    const t = performance.now();
    a.run(keys, parse);
    b.run(keys, parse);
    return performance.now() - t;
  })();
  const cloneRequest = median(() =>
    structuredClone({ type: 'replay', id: 1, channel: 'dashboard', scenarioKey: 1, model, log }),
  );
  const cloneAnswer = median(() => structuredClone(full));

  console.log(
    `\n### ${name}: ${log.length} events (${log.filter((e) => e.type !== 'AdvanceTime').length} other than AdvanceTime), ${Object.keys(scenario.holders).length} holders`,
  );
  console.log('| measure | time |');
  console.log('|---|---|');
  console.log(`| before: dashboard replay from genesis on the page (per change) | ${ms(beforeDash)} |`);
  console.log(`| before: + parsing the whole log on the page (appliedEvents) | ${ms(beforeParse)} |`);
  console.log(`| before: compare view, two models from genesis on the page (per change) | ${ms(beforeCompare)} |`);
  console.log(`| after (worker): dashboard from genesis, incl. security mapping | ${ms(genesis)} |`);
  console.log(`| after (worker): one new event appended, incl. security mapping | ${ms(med(appendTimes))} |`);
  console.log(`| after (worker): one undo (rewind to a checkpoint) | ${ms(med(undoTimes))} |`);
  console.log(`| after (worker): compare, one new event, two models | ${ms(compareAppend)} |`);
  console.log(`| after (worker): security mapping of the final world alone | ${ms(Math.max(0, security))} |`);
  console.log(`| after (page): structured clone of the request (the log) | ${ms(cloneRequest)} |`);
  console.log(`| after (page): structured clone of the answer | ${ms(cloneAnswer)} |`);
}

console.log(`Restaking Lab replay benchmark (node ${process.version}, median of ${RUNS})`);
const starter = starterLongLog(365, 400);
bench('starter + 1 year of daily steps', starter.scenario, starter.events);
const real = realNetworkLongLog(JSON.parse(readFileSync('public/scenarios/real-network-2024-10.json', 'utf8')));
bench('real network + 90 days', real.scenario, real.events);
