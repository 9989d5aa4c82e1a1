/**
 * npm run --silent analyze -- <file.json> [--shock id,id,...] [--psi x] [--budget ms] [--model m]
 *
 * Security analysis of a restaking graph (Durvasula–Roughgarden model; docs/security-analysis.md). The file
 * is a graph {"validators","services","edges"} or a scenario ({"format": "restaking-lab/scenario"} with a
 * "network" object, mapped to a graph under its security model; --model overrides the model). Prints one JSON
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
import { fail } from './inputFile';

const USAGE = 'usage: npm run --silent analyze -- <file.json> [--shock id,id,...] [--psi x] [--budget ms] [--model unique|pooled|sharedVault]';

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
    if (!Number.isFinite(budgetMs) || budgetMs <= 0) fail(`analyze: --budget must be a positive number of milliseconds, got "${args.values.budget}"`);
  }
  const model = args.values.model as SecurityModel | undefined;
  if (model !== undefined && !['unique', 'pooled', 'sharedVault'].includes(model)) {
    fail(`analyze: --model must be unique, pooled or sharedVault, got "${model}"`);
  }
  const shock = args.values.shock === undefined ? undefined : args.values.shock.split(',').map((s) => s.trim()).filter((s) => s !== '');

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = parseExactJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) fail(`${file}: $: ${e.message}`);
    throw e;
  }
  const input = readAnalysisInput(json);
  if (input.kind === 'error') fail(`${file}: ${input.issue.path}: ${input.issue.message}`);

  let graph: RestakingGraph;
  if (input.kind === 'network') {
    try {
      graph = toRestakingGraph(input.view, model ?? input.view.model).graph;
    } catch (e) {
      if (e instanceof NetworkError) fail(`${file}: ${e.path.replace(/^\$/, '$.network')}: ${e.message.slice(e.path.length + 2)}`);
      throw e;
    }
  } else {
    if (model) fail(`analyze: --model applies to scenario files only; ${file} is a graph`);
    graph = input.graph;
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

main();
