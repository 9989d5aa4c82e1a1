/**
 * npm run --silent simulate -- <scenario.json> [--events <events.json>] [--days N] [--no-trace]
 *
 * Folds the scenario's events (then the events file, then N days) and prints one JSON report: ledger totals and
 * every account's balance in gwei, every model's state (validators, token rates, ...), and the trace.
 * Invalid input: exit code 2 and one line on stderr naming the file, the JSON path and the problem.
 */
import { parseArgs } from 'node:util';
import { parseEvents, parseScenario, summarizeIssues } from '../engine/scenario/validate';
import { checkLimits, extentOf } from '../engine/scenario/limits';
import { initWorld, applyEvent } from '../engine/sim';
import { buildReport } from '../engine/report';
import { toJSON } from '../engine/snapshot';
import { EngineError } from '../engine/errors';
import type { SimEvent } from '../engine/events';
import type { TraceStep } from '../engine/trace';
import { type CliIO, fail, readJsonFile, start, wholeNumberFlag } from './inputFile';
import { locateInitError } from './locate';

export function simulate(argv: string[], io: CliIO): void {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        events: { type: 'string' },
        days: { type: 'string' },
        'no-trace': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail(`simulate: ${(e as Error).message}`);
  }
  if (args.values.help) {
    io.stdout('usage: npm run --silent simulate -- <scenario.json> [--events <events.json>] [--days N] [--no-trace]\n');
    return;
  }
  const [scenarioFile, ...extra] = args.positionals;
  if (!scenarioFile) fail('simulate: give a scenario file: npm run --silent simulate -- <scenario.json>');
  if (extra.length) fail(`simulate: unexpected argument "${extra[0]}"`);
  const days = args.values.days === undefined ? 0 : wholeNumberFlag('simulate', 'days', args.values.days, 0, 3650);

  const raw = readJsonFile(scenarioFile);
  const parsed = parseScenario(raw);
  if (!parsed.ok) fail(`${scenarioFile}: ${summarizeIssues(parsed.issues)}`);
  const scenario = parsed.value;

  const sources: { file: string; index: number; event: SimEvent }[] = scenario.events.map((event, index) => ({
    file: scenarioFile,
    index,
    event,
  }));
  if (args.values.events) {
    const file = args.values.events;
    // the limits hold for the whole log: the scenario's events and then these
    const events = parseEvents(readJsonFile(file), extentOf(scenario.events));
    if (!events.ok) fail(`${file}: ${summarizeIssues(events.issues)}`);
    events.value.forEach((event, index) => sources.push({ file, index, event }));
  }
  if (days > 0) {
    const event = { type: 'AdvanceTime', days } as SimEvent;
    const over = checkLimits([event], extentOf(sources.map((s) => s.event)), () => '--days');
    if (over) fail(`simulate: ${over.path}: ${over.message}`);
    sources.push({ file: '--days', index: 0, event });
  }

  let init;
  try {
    init = initWorld(scenario);
  } catch (e) {
    if (e instanceof EngineError) fail(`${scenarioFile}: ${locateInitError(raw, e.message)}`);
    throw e;
  }
  const { world } = init;
  const traces: TraceStep[][] = [init.trace];
  for (const { file, index, event } of sources) {
    try {
      traces.push(applyEvent(world, event));
    } catch (e) {
      if (e instanceof EngineError) {
        const where = file === scenarioFile ? `$.events[${index}]` : file === '--days' ? '--days' : `$[${index}]`;
        fail(`${file}: ${where}: ${e.message}`);
      }
      throw e;
    }
  }
  const report = buildReport(world, traces, {
    eventTypes: sources.map((s) => s.event.type),
    includeTrace: !args.values['no-trace'],
  });
  io.stdout(`${toJSON({ scenario: scenario.name, ...report }, 2)}\n`);
}

start(import.meta.url, simulate);
