/** Export -> import gives an identical snapshot (issue 2, deliverable 8), for every example scenario. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportScenarioText, importScenarioText } from '../../../src/engine/scenario/exchange';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';
import { toJSON } from '../../../src/engine/snapshot';
import type { ScenarioInput } from '../../../src/engine/scenario/schema';
import type { SimEventInput } from '../../../src/engine/events';

const files = readdirSync('public/scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.startsWith('real-network'))
  .map((f) => join('public/scenarios', f));

describe('export then import', () => {
  it.each(files)('%s: the re-imported file folds to a byte-identical world', (file) => {
    const input = JSON.parse(readFileSync(file, 'utf8')) as ScenarioInput;
    // Split the scenario's events into "authored" and "played in the session" halves, as the sandbox does.
    const events = (input.events ?? []) as SimEventInput[];
    const half = Math.floor(events.length / 2);
    const authored = { ...input, events: events.slice(0, half) };
    const session = events.slice(half);

    const original = parseScenario(input);
    if (!original.ok) throw new Error(JSON.stringify(original.issues));
    const before = toJSON(fold(original.value).world);

    const text = exportScenarioText(authored, session);
    const imported = importScenarioText(text);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    expect(toJSON(fold(imported.value).world)).toBe(before);
    // And exporting the import again is a fixed point.
    expect(exportScenarioText(JSON.parse(text))).toBe(text);
  });

  it('a file that is not JSON is refused at "$" with the parser\'s reason', () => {
    const r = importScenarioText('{"format": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: '$', message: expect.stringMatching(/^not valid JSON/) });
  });
});
