/**
 * Long event logs for the replay benchmark and the dashboard's end-to-end test: a year of daily time steps with a
 * few hundred gestures in between (transfers, pool deposits, restaking deposits, allocation changes and a few AVS
 * faults), every one accepted by the engine (refused candidates are skipped). Deterministic: the same arguments
 * give the same log.
 */
import { parseEvents, parseScenario } from '../../src/engine/scenario/validate';
import { initWorld, step } from '../../src/engine/sim';
import { DEFAULT_SCENARIO } from '../../src/app/defaultScenario';
import type { World } from '../../src/engine/world';

export type EventJson = { type: string } & Record<string, unknown>;

/** A tiny deterministic generator (the log must not depend on Math.random). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Keeps the candidates the engine accepts, in order; returns the JSON log. */
function acceptOnly(scenarioJson: unknown, candidates: Iterable<EventJson>, limit: number): EventJson[] {
  const parsed = parseScenario(scenarioJson);
  if (!parsed.ok) throw new Error(`bad scenario: ${JSON.stringify(parsed.issues.slice(0, 2))}`);
  let world: World = initWorld({ ...parsed.value, events: [] }).world;
  const out: EventJson[] = [];
  for (const c of candidates) {
    if (out.length >= limit) break;
    const ev = parseEvents([c]);
    if (!ev.ok) throw new Error(`bad candidate ${JSON.stringify(c)}: ${JSON.stringify(ev.issues[0])}`);
    try {
      world = step(world, ev.value[0]).world;
      out.push(c);
    } catch {
      /* refused by the protocol: skipped */
    }
  }
  return out;
}

/**
 * The default (starter) scenario plus `days` daily AdvanceTime events with `gestures` other events spread between
 * them. Returns the scenario JSON (without events) and the log.
 */
export function starterLongLog(
  days = 365,
  gestures = 300,
  seed = 7,
): { scenario: Record<string, unknown>; events: EventJson[] } {
  const rnd = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const holders = ['alice', 'bob', 'carol'];
  const ops = [
    ['orion', 'da'],
    ['orion', 'oracle'],
    ['lumen', 'da'],
    ['lumen', 'bridge'],
  ] as const;
  function* candidates(): Generator<EventJson> {
    const perDay = gestures / days;
    let owed = 0;
    for (let d = 0; d < days; d++) {
      yield { type: 'AdvanceTime', days: 1 };
      owed += perDay;
      while (owed >= 1) {
        owed -= 1;
        const r = rnd();
        const amount = (0.1 + Math.floor(rnd() * 20) / 10).toFixed(1);
        if (r < 0.3) {
          const from = pick(holders);
          yield { type: 'Transfer', asset: 'ETH', from, to: pick(holders.filter((h) => h !== from)), amount };
        } else if (r < 0.5) yield { type: 'LidoSubmit', holder: pick(holders), pool: 'lido', amount };
        else if (r < 0.7) yield { type: 'RestakeDeposit', holder: pick(['alice', 'bob']), strategy: 'lst', amount };
        else if (r < 0.97) {
          const [operator, avs] = pick(ops);
          yield {
            type: 'ModifyAllocation',
            operator,
            avs,
            set: 0,
            strategy: 'lst',
            magnitude: `${10 + Math.floor(rnd() * 40)}/100`,
          };
        } else {
          const [operator, avs] = pick(ops);
          yield { type: 'Fault', fault: 'avs-misbehaviour', avs, operator };
        }
      }
    }
  }
  const { events: _none, ...scenario } = DEFAULT_SCENARIO as unknown as Record<string, unknown>;
  void _none;
  return { scenario, events: acceptOnly(scenario, candidates(), Infinity) };
}

/**
 * The real-network scenario (445 holders, 445 operators, 10 AVSs) plus `days` daily steps and `gestures`
 * allocation changes and AVS faults on its largest operators.
 */
export function realNetworkLongLog(
  scenario: Record<string, unknown>,
  days = 90,
  gestures = 150,
  seed = 11,
): { scenario: Record<string, unknown>; events: EventJson[] } {
  const rnd = lcg(seed);
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error('bad real-network scenario');
  const allocs = parsed.value.restaking?.allocations ?? [];
  const big = allocs.slice(0, 40);
  function* candidates(): Generator<EventJson> {
    const perDay = gestures / days;
    let owed = 0;
    for (let d = 0; d < days; d++) {
      yield { type: 'AdvanceTime', days: 1 };
      owed += perDay;
      while (owed >= 1) {
        owed -= 1;
        const a = big[Math.floor(rnd() * big.length)];
        if (rnd() < 0.95)
          yield {
            type: 'ModifyAllocation',
            operator: a.operator,
            avs: a.avs,
            set: 0,
            strategy: a.strategy,
            magnitude: `${2 + Math.floor(rnd() * 8)}/100`,
          };
        else yield { type: 'Fault', fault: 'avs-misbehaviour', avs: a.avs, operator: a.operator };
      }
    }
  }
  const { events: _none, ...rest } = scenario;
  void _none;
  return { scenario: rest, events: acceptOnly(rest, candidates(), Infinity) };
}
