/**
 * Recent work: the works the learner had open before something else replaced them (a link, an import, a prepared
 * scenario, a new empty one), newest first, each restorable. Plain functions over the list and over a
 * `Storage`-like store; the list is one JSON array under its own key.
 *
 * The same work is kept once (moved to the front when kept again). The list holds MAX_RECENT works; when the
 * storage is full, the oldest are dropped to make room but never below MIN_RECENT, and the caller is told how
 * many went, so nothing disappears unsaid.
 */
import { writeText, type KeyValueStore, type WriteResult } from './autosave';

export const MAX_RECENT = 10;
export const MIN_RECENT = 5;

export interface RecentWork {
  id: string;
  name: string;
  /** Events in the work (what the learner did). */
  events: number;
  /** When it was kept here (ISO time). */
  keptAt: string;
  /** The scenario with its events, as a share link holds it. */
  scenario: Record<string, unknown>;
}

/** A work's name and event count, read from its scenario JSON without trusting it. */
export function describeWork(scenario: Record<string, unknown>): { name: string; events: number } {
  const name = typeof scenario.name === 'string' && scenario.name.trim() ? scenario.name : 'Untitled scenario';
  const events = Array.isArray(scenario.events) ? scenario.events.length : 0;
  return { name, events };
}

const sameWork = (a: RecentWork, scenario: Record<string, unknown>): boolean =>
  JSON.stringify(a.scenario) === JSON.stringify(scenario);

/** The list with `scenario` at its front (moved there if it was already kept), at most `max` long. */
export function withWork(
  list: readonly RecentWork[],
  scenario: Record<string, unknown>,
  now: Date,
  max = MAX_RECENT,
): RecentWork[] {
  const rest = list.filter((w) => !sameWork(w, scenario));
  let id = now.toISOString();
  for (let n = 2; rest.some((w) => w.id === id); n++) id = `${now.toISOString()}#${n}`;
  return [{ id, ...describeWork(scenario), keptAt: now.toISOString(), scenario }, ...rest].slice(0, max);
}

export function withoutWork(list: readonly RecentWork[], id: string): RecentWork[] {
  return list.filter((w) => w.id !== id);
}

function isRecentWork(x: unknown): x is RecentWork {
  if (!x || typeof x !== 'object') return false;
  const w = x as Record<string, unknown>;
  return (
    typeof w.id === 'string' &&
    typeof w.name === 'string' &&
    typeof w.events === 'number' &&
    typeof w.keptAt === 'string' &&
    !!w.scenario &&
    typeof w.scenario === 'object' &&
    !Array.isArray(w.scenario)
  );
}

/** The list a stored text holds, as read (storedJson.ts's parseRecent); throws an Error saying what is wrong. */
export function recentList(data: unknown): RecentWork[] {
  if (!Array.isArray(data)) throw new Error('it is not a list');
  const bad = data.findIndex((w) => !isRecentWork(w));
  if (bad >= 0) throw new Error(`its entry ${bad} is not a kept work`);
  return data as RecentWork[];
}

/**
 * Writes the list; when the storage is full, drops the oldest works down to MIN_RECENT and tries again.
 * `dropped` says how many went (0 when it fitted at once); on failure nothing was written.
 */
export function writeRecent(
  store: KeyValueStore | null,
  key: string,
  list: readonly RecentWork[],
): WriteResult & { kept: RecentWork[]; dropped: number } {
  for (let keep = list.length; ; keep--) {
    const kept = list.slice(0, keep);
    const result = writeText(store, key, JSON.stringify(kept));
    if (result.ok || !result.full || keep <= Math.min(MIN_RECENT, list.length)) {
      return { ...result, kept: result.ok ? kept : [...list], dropped: result.ok ? list.length - keep : 0 };
    }
  }
}
