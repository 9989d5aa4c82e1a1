/**
 * Export and import: a session (a scenario as authored plus the events applied since) becomes one scenario file
 * whose `events` hold them all, so the file, a share link and saved progress all carry the same thing and
 * folding the imported file gives exactly the world that was exported.
 */
import { parseScenario, type Parsed } from './validate';
import { readJson } from './readJson';
import type { Scenario, ScenarioInput } from './schema';
import type { SimEventInput } from '../events';

/** The scenario file for `scenario` followed by `events` (inputs as authored: amounts as decimal strings). */
export function exportScenario(scenario: ScenarioInput, events: readonly SimEventInput[] = []): ScenarioInput {
  return { ...scenario, events: [...(scenario.events ?? []), ...events] };
}

export function exportScenarioText(scenario: ScenarioInput, events: readonly SimEventInput[] = []): string {
  return `${JSON.stringify(exportScenario(scenario, events), null, 2)}\n`;
}

/**
 * Parses a scenario file's text with the exact reader (numbers kept as written or refused); a JSON syntax error
 * is reported like a schema error, at path "$" with its line and column.
 */
export function importScenarioText(text: string): Parsed<Scenario> {
  const json = readJson(text);
  return json.ok ? parseScenario(json.value) : json;
}
