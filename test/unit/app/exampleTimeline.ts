import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { Timeline } from '../../../src/engine/timeline';
import { MODULES } from '../../../src/engine/registry';
import type { Scenario } from '../../../src/engine/scenario/schema';

/** An example scenario from public/scenarios, read with the engine's reader. */
export function readExample(file: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')));
  if (!parsed.ok) throw new Error(`${file} parses`);
  return parsed.value as Scenario;
}

/** A timeline of `scenario` with every model, at its start or after its own events (each one taken). */
export function timelineOf(scenario: Scenario, { played }: { played: boolean }): Timeline {
  const timeline = new Timeline(scenario, { modules: MODULES });
  if (played) for (const e of scenario.events) expect(timeline.append(e, undefined).ok).toBe(true);
  return timeline;
}
