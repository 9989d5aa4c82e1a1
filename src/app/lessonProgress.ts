/**
 * A learner's progress in each lesson, kept in localStorage under a versioned key per lesson, as saved work is:
 * a save that no longer parses is moved aside under its own key (never overwritten, never deleted) and the
 * lesson starts afresh saying why; a full storage is reported, not swallowed. The data is src/lessons/progress.ts's.
 */
import { parseProgress, type Progress } from '../lessons/progress';
import type { PreparedLesson } from '../lessons/prepare';

import { LAST_KEY, progressKey, type LastLesson } from './lessonResume';

export { progressKey };

export type ProgressRead =
  | { kind: 'none' }
  | { kind: 'ok'; progress: Progress }
  /** The save was unreadable: it now lives under `movedTo`, and `error` says what was wrong. */
  | { kind: 'corrupt'; error: string; movedTo: string | null };

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Moves an unreadable save to a free `<key>:corrupt:<n>` key, so a later save cannot overwrite it. */
function setAside(store: Storage, key: string, text: string): string | null {
  let n = 1;
  while (store.getItem(`${key}:corrupt:${n}`) !== null) n += 1;
  const aside = `${key}:corrupt:${n}`;
  try {
    store.setItem(aside, text);
    store.removeItem(key);
    return aside;
  } catch {
    // Storage full: leave the save where it is (still kept); the lesson runs without saving over it.
    return null;
  }
}

export function readProgress(lesson: string, prepared?: PreparedLesson, store = storage()): ProgressRead {
  if (!store) return { kind: 'none' };
  const key = progressKey(lesson);
  const text = store.getItem(key);
  if (text === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', error: 'the saved progress is not valid JSON', movedTo: setAside(store, key, text) };
  }
  const parsed = parseProgress(data, prepared);
  if (!parsed.ok) return { kind: 'corrupt', error: parsed.error, movedTo: setAside(store, key, text) };
  return { kind: 'ok', progress: parsed.progress };
}

/** Saves `progress`; returns what went wrong (a full or disabled storage), or null. */
export function saveProgress(progress: Progress, about: Omit<LastLesson, 'lesson'>, store = storage()): string | null {
  if (!store) return 'this browser does not let the page keep data';
  try {
    store.setItem(progressKey(progress.lesson), JSON.stringify(progress));
    store.setItem(LAST_KEY, JSON.stringify({ lesson: progress.lesson, ...about } satisfies LastLesson));
    return null;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    return /quota/i.test(name) || /quota/i.test(String((e as Error).message))
      ? 'the browser’s storage for this page is full'
      : `the browser refused to keep it (${(e as Error).message})`;
  }
}
