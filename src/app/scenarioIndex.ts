/**
 * The list of prepared scenarios (public/scenarios/index.json): what the home page and the sandbox's library
 * offer. Each entry names a file beside it; the file itself is a scenario checked by the engine's schema.
 */
import * as v from 'valibot';

export const ScenarioIndexEntry = v.strictObject({
  file: v.pipe(v.string(), v.regex(/^[\w.-]+\.json$/, 'must be a file name like "solo-slashing.json"')),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  summary: v.pipe(v.string(), v.maxLength(600)),
  attribution: v.optional(v.pipe(v.string(), v.maxLength(600))),
  tags: v.optional(v.array(v.pipe(v.string(), v.maxLength(40)))),
});
export type ScenarioIndexEntry = v.InferOutput<typeof ScenarioIndexEntry>;

export const ScenarioIndex = v.strictObject({
  version: v.literal(1),
  scenarios: v.array(ScenarioIndexEntry),
});

/** Resolved against the page, so it works from any base path. */
export const scenarioUrl = (file: string): string => new URL(`scenarios/${file}`, document.baseURI).href;

export async function loadScenarioIndex(): Promise<ScenarioIndexEntry[]> {
  const res = await fetch(scenarioUrl('index.json'));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const result = v.safeParse(ScenarioIndex, await res.json());
  if (!result.success) {
    const issue = result.issues[0];
    const path = (issue.path ?? [])
      .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
      .join('');
    throw new Error(`$${path}: ${issue.message}`);
  }
  return result.output.scenarios;
}
