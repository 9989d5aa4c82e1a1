/**
 * The simulator's limits on a log (src/engine/scenario/limits.ts): at most 10,000 events and 3,650 days of simulated
 * time (225 epochs a day: 12-second slots, 32 slots an epoch, consensus-specs phase0 SECONDS_PER_SLOT and
 * SLOTS_PER_EPOCH, 86,400 / 384 = 225). Every example scenario fits well inside them.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEvents, parseScenario } from '../../../src/engine/scenario/validate';
import {
  MAX_EVENTS,
  MAX_SIMULATED_DAYS,
  MAX_SIMULATED_EPOCHS,
  checkLimits,
  extentOf,
} from '../../../src/engine/scenario/limits';
import type { SimEvent } from '../../../src/engine/events';

const days = (n: number) => ({ type: 'AdvanceTime', days: n }) as SimEvent;
const epochs = (n: number) => ({ type: 'AdvanceTime', epochs: n }) as SimEvent;

describe('limits on the log', () => {
  it('are 10,000 events and 3,650 days (821,250 epochs)', () => {
    expect(MAX_EVENTS).toBe(10_000);
    expect(MAX_SIMULATED_DAYS).toBe(3650);
    expect(MAX_SIMULATED_EPOCHS).toBe(821_250);
  });

  it('a log exactly at the time limit passes; one epoch more is refused at that event', () => {
    expect(checkLimits([days(3000), days(650)])).toBeNull();
    expect(checkLimits([days(3000), days(650), epochs(1)])).toEqual({
      path: '$[2]',
      message:
        "a scenario may simulate at most 3,650 days (10 years, the simulator's limit); this event would take it to epoch 821,251 (day 3,650)",
    });
  });

  it('counts what the log already holds (`after`): the path is the first new event over the limit', () => {
    const after = { events: 9_998, epochs: 0 };
    expect(checkLimits([epochs(1), epochs(1)], after)).toBeNull();
    expect(checkLimits([epochs(1), epochs(1), epochs(1)], after)?.path).toBe('$[2]');
    expect(checkLimits([epochs(1), epochs(1), epochs(1)], after)?.message).toMatch(/this would be event 10,001$/);
    const late = { events: 3, epochs: MAX_SIMULATED_EPOCHS - 225 };
    expect(checkLimits([days(1)], late)).toBeNull();
    expect(checkLimits([{ type: 'Transfer' } as SimEvent, days(2)], late)?.path).toBe('$[1]');
  });

  it('extentOf sums epochs from AdvanceTime only', () => {
    expect(extentOf([days(2), epochs(5), { type: 'Transfer' } as SimEvent], { events: 1, epochs: 10 })).toEqual({
      events: 4,
      epochs: 2 * 225 + 5 + 10,
    });
  });

  it('parseEvents and parseScenario refuse past the limits with the located message', () => {
    const tooLong = parseEvents([
      { type: 'AdvanceTime', days: 3650 },
      { type: 'AdvanceTime', days: 1 },
    ]);
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.issues[0].path).toBe('$[1]');
    const after = parseEvents([{ type: 'AdvanceTime', days: 1 }], { events: 0, epochs: MAX_SIMULATED_EPOCHS });
    expect(after.ok).toBe(false);
    const many = parseScenario({
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'many',
      // not even valid events: the count is refused before the schema reads them
      events: Array.from({ length: 10_001 }, () => ({ type: 'Nonsense' })),
    });
    expect(many.ok).toBe(false);
    if (!many.ok) expect(many.issues).toEqual([expect.objectContaining({ path: '$.events[10000]' })]);
  });

  it('every example scenario fits with room to spare (under 2% of each limit)', () => {
    const dir = 'public/scenarios';
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const json = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (!json.format) continue; // a lesson's partial scenario
      const parsed = parseScenario(json);
      expect(parsed.ok, f).toBe(true);
      if (!parsed.ok) continue;
      const extent = extentOf(parsed.value.events);
      expect(extent.events, f).toBeLessThan(MAX_EVENTS * 0.02);
      expect(extent.epochs, f).toBeLessThan(MAX_SIMULATED_EPOCHS * 0.02);
    }
  });
});
