/**
 * npm run bench: how fast the engine simulates time on a large world (issue 2, deliverable 11).
 * 1,000 validators, 10,000 holders, one liquid staking pool; 365 one-day AdvanceTime events, then the same year
 * as a single 365-day event. Prints median and p95 per simulated day and the whole year. A benchmark, not a test:
 * it asserts nothing about time, only that the two runs end in the same world.
 */
import { performance } from 'node:perf_hooks';
import { parseScenario } from '../../src/engine/scenario/validate';
import { applyEvent, cloneWorld, initWorld } from '../../src/engine/sim';
import { toJSON } from '../../src/engine/snapshot';
import type { SimEvent } from '../../src/engine/events';
import { largeScenario } from './largeScenario';

const DAYS = Number(process.env.BENCH_DAYS ?? 365);

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const ms = (x: number) => `${x.toFixed(2)} ms`;

const t0 = performance.now();
const parsed = parseScenario(largeScenario());
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
const t1 = performance.now();
const { world: genesis } = initWorld(parsed.value);
const t2 = performance.now();

const day: SimEvent = { type: 'AdvanceTime', days: 1 } as SimEvent;
const perDay: number[] = [];
const stepped = cloneWorld(genesis);
const t3 = performance.now();
for (let d = 0; d < DAYS; d++) {
  const a = performance.now();
  applyEvent(stepped, day);
  perDay.push(performance.now() - a);
}
const t4 = performance.now();

const year = cloneWorld(genesis);
const t5 = performance.now();
applyEvent(year, { type: 'AdvanceTime', days: DAYS } as SimEvent);
const t6 = performance.now();

// The same year stepped day by day or at once must give the same ledger and chain (the event count differs).
const same = toJSON(stepped.ledger) === toJSON(year.ledger) && toJSON(stepped.ethereum) === toJSON(year.ethereum);

const v = Object.keys(genesis.ethereum.validators).length;
const h = Object.keys(genesis.holders).length;
console.log(`Restaking Lab engine benchmark (node ${process.version}, ${DAYS} days)`);
console.log(
  `world: ${v} validators, ${h} holders, ${Object.keys(genesis.liquid.lido ?? {}).length} liquid staking pool(s)`,
);
console.log('');
console.log(`| measure | time |`);
console.log(`|---|---|`);
console.log(`| parse scenario | ${ms(t1 - t0)} |`);
console.log(`| build initial world | ${ms(t2 - t1)} |`);
console.log(`| per simulated day (one AdvanceTime {days:1}), median | ${ms(quantile(perDay, 0.5))} |`);
console.log(`| per simulated day, p95 | ${ms(quantile(perDay, 0.95))} |`);
console.log(`| per simulated day, max | ${ms(Math.max(...perDay))} |`);
console.log(`| ${DAYS} days as ${DAYS} one-day events | ${ms(t4 - t3)} (${ms((t4 - t3) / DAYS)} per day) |`);
console.log(`| ${DAYS} days as one event | ${ms(t6 - t5)} (${ms((t6 - t5) / DAYS)} per day) |`);
console.log('');
console.log(`goal: at most 4 ms per simulated day -> ${quantile(perDay, 0.5) <= 4 ? 'met' : 'NOT met'} (median)`);
console.log(`day-by-day and one-shot year give the same ledger and chain: ${same ? 'yes' : 'NO'}`);
if (!same) process.exitCode = 1;
