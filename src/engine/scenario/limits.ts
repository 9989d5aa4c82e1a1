/**
 * How much a scenario may ask of the simulator: at most MAX_EVENTS events and MAX_SIMULATED_DAYS of simulated
 * time in its whole log. Enforced where scenarios are read (validate.ts: parseScenario and parseEvents) and where
 * the sandbox appends, so the CLI, an import, a share link, saved work and the time player share one rule, and a
 * log the sandbox accepted always loads again.
 *
 * Why these numbers. Every example scenario fits with room to spare: the longest simulates 42 days (Lido's
 * slashed operator) and the largest holds 8 events; the real-network snapshot (1,000+ operators) holds none. A
 * learner making one event a second (the time player's pace) needs close to three hours to reach 10,000 events.
 * Ten years is as much as one AdvanceTime may ask for (its `days` field stops at 3,650): long enough for every
 * queue, unbonding period and inactivity leak to run out many times over, and short enough that folding the
 * largest log takes seconds (about 3 s for ten years of the real network, measured in Node), not the minutes that
 * 2,000 events of ten years each took (issue 12: a 1,455-character link froze the tab for over 35 s).
 */
import { EPOCHS_PER_DAY } from '../time';
import type { SimEvent } from '../events';

export const MAX_EVENTS = 10_000;
export const MAX_SIMULATED_DAYS = 3_650;
export const MAX_SIMULATED_EPOCHS = MAX_SIMULATED_DAYS * EPOCHS_PER_DAY;

/** What a log already holds before the events being checked: how many events, how many epochs of time. */
export interface LogExtent {
  events: number;
  epochs: number;
}

/** A refusal at a JSON path (the shape of validate.ts's InputIssue, which this module cannot import: a cycle). */
export interface LimitIssue {
  path: string;
  message: string;
}

export const EMPTY_LOG: LogExtent = { events: 0, epochs: 0 };

/** The epochs an event moves the clock by (only AdvanceTime moves it). */
export function epochsOf(event: SimEvent): number {
  return event.type === 'AdvanceTime' ? (event.epochs ?? (event.days ?? 0) * EPOCHS_PER_DAY) : 0;
}

/** The extent of `events` after `start`. */
export function extentOf(events: readonly SimEvent[], start: LogExtent = EMPTY_LOG): LogExtent {
  let epochs = start.epochs;
  for (const e of events) epochs += epochsOf(e);
  return { events: start.events + events.length, epochs };
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The event of a list of `length` events (appended after `start`) that takes the log past MAX_EVENTS, as an issue
 * at its path; null when they fit. Needs only the length, so a reader can refuse a huge list before parsing it.
 */
export function checkCount(
  length: number,
  start: LogExtent = EMPTY_LOG,
  path: (index: number) => string = (i) => `$[${i}]`,
): LimitIssue | null {
  if (start.events + length <= MAX_EVENTS) return null;
  const i = Math.max(0, MAX_EVENTS - start.events);
  return {
    path: path(i),
    message: `a scenario may hold at most ${count(MAX_EVENTS)} events (the simulator's limit); this would be event ${count(start.events + i + 1)}`,
  };
}

/**
 * The first of `events` (appended after `start`) that takes the log past a limit, as an issue at its path
 * (`path(i)`, "$[i]" by default); null when the whole list fits.
 */
export function checkLimits(
  events: readonly SimEvent[],
  start: LogExtent = EMPTY_LOG,
  path: (index: number) => string = (i) => `$[${i}]`,
): LimitIssue | null {
  const tooMany = checkCount(events.length, start, path);
  if (tooMany) return tooMany;
  let epochs = start.epochs;
  for (let i = 0; i < events.length; i++) {
    epochs += epochsOf(events[i]);
    if (epochs > MAX_SIMULATED_EPOCHS) {
      return {
        path: path(i),
        message: `a scenario may simulate at most ${count(MAX_SIMULATED_DAYS)} days (10 years, the simulator's limit); this event would take it to ${dayText(epochs)}`,
      };
    }
  }
  return null;
}

/** "day 3,674" for whole days, else "epoch 826,650 (day 3,674.0)". */
function dayText(epochs: number): string {
  if (epochs % EPOCHS_PER_DAY === 0) return `day ${count(epochs / EPOCHS_PER_DAY)}`;
  return `epoch ${count(epochs)} (day ${(epochs / EPOCHS_PER_DAY).toLocaleString('en-US', { maximumFractionDigits: 1 })})`;
}
