/**
 * npm run --silent analyze -- <file.json> [--shock id,id,...] [--psi x] [--budget ms] [--model m]
 *
 * Security analysis of a restaking graph (Durvasula–Roughgarden model; docs/security-analysis.md). The file
 * is a graph {"validators","services","edges"} or a scenario file (docs/scenario-format.md): the scenario and its
 * events are folded and the resulting restaking world is mapped to a graph under its security model (--model
 * overrides it; src/engine/security/fromWorld.ts). A scenario may instead carry a plain "network" object
 * (operators, services, allocations, vaults: docs/security-analysis.md). Prints one JSON
 * report. Exact by default; --budget limits the time and may return "exact": false with proven bounds.
 * Bad input: exit code 2 and one line on stderr naming the file, the JSON path and the problem.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { analyze } from '../engine/security/analyze';
import { JsonSyntaxError, parseExactJson } from '../engine/security/exactJson';
import { NetworkError, type SecurityModel, toRestakingGraph } from '../engine/security/fromNetwork';
import { GraphError, type RestakingGraph } from '../engine/security/graph';
import { readAnalysisInput } from '../engine/security/inputSchema';
import { worldGraph } from '../engine/security/fromWorld';
import { parseScenario, summarizeIssues } from '../engine/scenario/validate';
import { fold } from '../engine/sim';
import { EngineError } from '../engine/errors';
import { fail } from './inputFile';

const USAGE =
  'usage: npm run --silent analyze -- <file.json> [--shock id,id,...] [--psi x] [--budget ms] [--model unique|pooled|sharedVault]';

function main(): void {
  let args;
  try {
    args = parseArgs({
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
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [file, ...extra] = args.positionals;
  if (!file) fail(`analyze: give an input file (${USAGE})`);
  if (extra.length) fail(`analyze: unexpected argument "${extra[0]}" (${USAGE})`);

  let budgetMs: number | undefined;
  if (args.values.budget !== undefined) {
    budgetMs = Number(args.values.budget);
    if (!Number.isFinite(budgetMs) || budgetMs <= 0)
      fail(`analyze: --budget must be a positive number of milliseconds, got "${args.values.budget}"`);
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

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : (code ?? String(e))})`);
  }
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

  try {
    const report = analyze(graph, { shock, psi: args.values.psi, budgetMs, now: () => performance.now() });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } catch (e) {
    if (e instanceof GraphError) {
      const issue = e.issues[0];
      const where = issue.path.startsWith('--') ? issue.path.replace(/\[\d+\]$/, '') : issue.path;
      fail(`${file}: ${where}: ${issue.message}`);
    }
    throw e;
  }
}

/** A scenario file as the simulator runs it: fold its events, then map the restaking world to a graph. */
function scenarioGraph(file: string, text: string, model: SecurityModel | undefined): RestakingGraph {
  const parsed = parseScenario(JSON.parse(text));
  if (!parsed.ok) fail(`${file}: ${summarizeIssues(parsed.issues)}`);
  let world;
  try {
    world = fold(parsed.value).world;
  } catch (e) {
    if (e instanceof EngineError) fail(`${file}: $.events: ${e.message}`);
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

main();
