/**
 * The list of prepared scenarios (public/scenarios/index.json): what the home page and the sandbox's library
 * offer. Each entry names a file beside it; the file itself is a scenario checked by the engine's schema.
 *
 * Checked by hand, not with valibot: the home page loads this module, and valibot (which the sandbox's scenario
 * schema needs) would otherwise be split into a chunk the home page loads too.
 */
import { scenarioUrl } from './scenarioUrl';

export interface ScenarioIndexEntry {
  file: string;
  title: string;
  summary: string;
  attribution?: string;
  tags?: string[];
}

/** Resolved against the page, so it works from any base path (scenarioUrl.ts). */
export { scenarioUrl };

export async function loadScenarioIndex(): Promise<ScenarioIndexEntry[]> {
  const res = await fetch(scenarioUrl('index.json'));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return readScenarioIndex(await res.json());
}

/** Why a value is not a scenario index, at a JSON path ("$.scenarios[2].file: ..."). */
class IndexProblem extends Error {
  constructor(path: string, problem: string) {
    super(`$${path}: ${problem}`);
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function only(x: Record<string, unknown>, keys: string[], path: string): void {
  for (const k of Object.keys(x)) if (!keys.includes(k)) throw new IndexProblem(`${path}.${k}`, 'is not a known key');
}

function text(x: unknown, path: string, max: number, min = 0): string {
  if (typeof x !== 'string') throw new IndexProblem(path, 'must be a string');
  if (x.length < min) throw new IndexProblem(path, `must be at least ${min} character long`);
  if (x.length > max) throw new IndexProblem(path, `must be at most ${max} characters long`);
  return x;
}

function entry(x: unknown, path: string): ScenarioIndexEntry {
  if (!isObject(x)) throw new IndexProblem(path, 'must be an object');
  only(x, ['file', 'title', 'summary', 'attribution', 'tags'], path);
  const file = text(x.file, `${path}.file`, Infinity);
  if (!/^[\w.-]+\.json$/.test(file))
    throw new IndexProblem(`${path}.file`, 'must be a file name like "solo-slashing.json"');
  const out: ScenarioIndexEntry = {
    file,
    title: text(x.title, `${path}.title`, 120, 1),
    summary: text(x.summary, `${path}.summary`, 600),
  };
  if (x.attribution !== undefined) out.attribution = text(x.attribution, `${path}.attribution`, 600);
  if (x.tags !== undefined) {
    if (!Array.isArray(x.tags)) throw new IndexProblem(`${path}.tags`, 'must be an array');
    out.tags = x.tags.map((tag, i) => text(tag, `${path}.tags[${i}]`, 40));
  }
  return out;
}

/** The entries of a parsed index.json; throws with the first problem's path. */
export function readScenarioIndex(json: unknown): ScenarioIndexEntry[] {
  if (!isObject(json)) throw new IndexProblem('', 'must be an object');
  only(json, ['version', 'scenarios'], '');
  if (json.version !== 1) throw new IndexProblem('.version', 'must be 1');
  if (!Array.isArray(json.scenarios)) throw new IndexProblem('.scenarios', 'must be an array');
  return json.scenarios.map((e, i) => entry(e, `.scenarios[${i}]`));
}
