/**
 * npm run --silent analyze -- <file.json> [--shock id,id,...] [--psi x] [--budget ms] [--model m]
 *
 * Security analysis of a restaking graph (Durvasula–Roughgarden model; docs/security-analysis.md). The file
 * is a graph {"validators","services","edges"} or a scenario file (docs/scenario-format.md): the scenario and its
 * events are folded and the resulting restaking world is mapped to a graph under its security model (--model
 * overrides it; src/engine/security/fromWorld.ts). A scenario may instead carry a plain "network" object
 * (operators, services, allocations, vaults: docs/security-analysis.md). Prints one JSON
 * report. The search has a time budget (--budget ms, default DEFAULT_BUDGET_MS; --budget none for no limit):
 * while it runs, progress goes to stderr every few seconds, and the report's "exact" says whether the answer
 * is exact (false: the budget ran out and "bounds" holds what is proven; stderr says so too).
 * Bad input: exit code 2 and one line on stderr naming the file, the JSON path and the problem.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { analyze } from '../engine/security/analyze';
import { JsonSyntaxError, parseExactJson } from '../engine/security/exactJson';
import { NetworkError, type SecurityModel, toRestakingGraph } from '../engine/security/fromNetwork';
import { GraphError, type RestakingGraph } from '../engine/security/graph';
import { readAnalysisInput } from '../engine/security/inputSchema';
import { worldGraph } from '../engine/security/fromWorld';
import { parseScenario, summarizeIssues } from '../engine/scenario/validate';
import { readJson } from '../engine/scenario/readJson';
import { fold } from '../engine/sim';
import { EngineError } from '../engine/errors';
import { type CliIO, fail, readTextFile, start } from './inputFile';
import { locateInitError } from './locate';

const USAGE =
  'usage: npm run --silent analyze -- <file.json> [--shock id,id,...] [--psi x] [--budget ms|none] [--model unique|pooled|sharedVault]';

/** One minute: far more than the real 2024 network needs (docs/security-analysis.md), short of "seems hung". */
export const DEFAULT_BUDGET_MS = 60_000;
const PROGRESS_EVERY_MS = 5_000;

export function analyzeCli(argv: string[], io: CliIO): void {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        shock: { type: 'string' },
        psi: { type: 'string' },
        budget: { type: 'string' },
        model: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail(`analyze: ${(e as Error).message} (${USAGE})`);
  }
  if (args.values.help) {
    io.stdout(`${USAGE}\n`);
    return;
  }
  const [file, ...extra] = args.positionals;
  if (!file) fail(`analyze: give an input file (${USAGE})`);
  if (extra.length) fail(`analyze: unexpected argument "${extra[0]}" (${USAGE})`);

  let budgetMs: number | undefined = DEFAULT_BUDGET_MS;
  if (args.values.budget === 'none') budgetMs = undefined;
  else if (args.values.budget !== undefined) {
    budgetMs = /^\d{1,12}$/.test(args.values.budget) ? Number(args.values.budget) : NaN;
    if (!(budgetMs > 0))
      fail(
        `analyze: --budget must be a positive number of milliseconds in decimal digits, or "none", got "${args.values.budget}"`,
      );
  }
  const model = args.values.model as SecurityModel | undefined;
  if (model !== undefined && !['unique', 'pooled', 'sharedVault'].includes(model)) {
    fail(`analyze: --model must be unique, pooled or sharedVault, got "${model}"`);
  }
  const shock =
    args.values.shock === undefined
      ? undefined
      : args.values.shock
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');

  const text = readTextFile(file);
  let json: unknown;
  try {
    json = parseExactJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) fail(`${file}: $: ${e.message}`);
    throw e;
  }
  let graph: RestakingGraph;
  const obj =
    json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  if (obj && 'format' in obj && !('network' in obj)) {
    graph = scenarioGraph(file, text, model);
  } else {
    graph = fileGraph(file, json, model);
  }

  const now = progressClock(() => performance.now(), budgetMs, io.stderr);
  try {
    const report = analyze(graph, { shock, psi: args.values.psi, budgetMs, now });
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    if (!report.exact) {
      io.stderr(
        `analyze: the ${budgetMs! / 1000} s budget ran out: the answer is NOT exact ("exact": false; "bounds" holds what is proven); give a larger --budget, or --budget none\n`,
      );
    }
  } catch (e) {
    if (e instanceof GraphError) {
      const issue = e.issues[0];
      const where = issue.path.startsWith('--') ? issue.path.replace(/\[\d+\]$/, '') : issue.path;
      fail(`${file}: ${where}: ${issue.message}`);
    }
    throw e;
  }
}

/**
 * The clock handed to the engine, which polls it while it searches (only under a budget): that poll is where
 * progress is reported, one stderr line every PROGRESS_EVERY_MS.
 */
export function progressClock(
  clock: () => number,
  budgetMs: number | undefined,
  write: (line: string) => void,
  every = PROGRESS_EVERY_MS,
): () => number {
  const started = clock();
  let next = started + every;
  return () => {
    const t = clock();
    if (t >= next) {
      next = t + every;
      write(
        `analyze: searching, ${Math.round((t - started) / 1000)} s of the ${(budgetMs ?? Infinity) / 1000} s budget used\n`,
      );
    }
    return t;
  };
}

/** A scenario file as the simulator runs it: fold its events, then map the restaking world to a graph. */
function scenarioGraph(file: string, text: string, model: SecurityModel | undefined): RestakingGraph {
  const raw = readJson(text);
  if (!raw.ok) fail(`${file}: ${summarizeIssues(raw.issues)}`);
  const parsed = parseScenario(raw.value);
  if (!parsed.ok) fail(`${file}: ${summarizeIssues(parsed.issues)}`);
  let world;
  try {
    world = fold(parsed.value).world;
  } catch (e) {
    if (e instanceof EngineError) {
      // fold names the event: "event 3 (Transfer): ..."; set-up refusals name an entity.
      const event = /^event (\d+) \([^)]*\): /.exec(e.message);
      fail(
        `${file}: ${event ? `$.events[${event[1]}]: ${e.message.slice(event[0].length)}` : locateInitError(raw.value, e.message)}`,
      );
    }
    throw e;
  }
  try {
    return worldGraph(world, model).graph;
  } catch (e) {
    if (e instanceof NetworkError) fail(`${file}: $.restaking: ${e.message}`);
    throw e;
  }
}

/** A graph file, or a scenario carrying a plain "network" object. */
function fileGraph(file: string, json: unknown, model: SecurityModel | undefined): RestakingGraph {
  const input = readAnalysisInput(json);
  if (input.kind === 'error') fail(`${file}: ${input.issue.path}: ${input.issue.message}`);
  if (input.kind === 'network') {
    try {
      return toRestakingGraph(input.view, model ?? input.view.model).graph;
    } catch (e) {
      if (e instanceof NetworkError)
        fail(`${file}: ${e.path.replace(/^\$/, '$.network')}: ${e.message.slice(e.path.length + 2)}`);
      throw e;
    }
  }
  if (model) fail(`analyze: --model applies to scenario files only; ${file} is a graph`);
  return input.graph;
}

start(import.meta.url, analyzeCli);
