/**
 * Reading what this app stored (the autosave, the Recent work list) exactly: the shortcut for text the app wrote
 * itself (autosave.ts's readFastJson), else the one exact JSON reader (readJsonOrThrow). A chunk of its own: the
 * sandbox's first view reads no stored text (a fresh visit has none, and a saved work is read in the load
 * worker), so the page loads it only when there is such text to read (SavedWork).
 */
import { readJsonOrThrow } from '../engine/scenario/readJson';
import { SAVE_FORMAT, readFastJson, type KeyValueStore, type ReadResult, type Saved } from './autosave';
import { recentList, type RecentWork } from './recentWork';

/** Reads what this app stored, exactly as readJsonOrThrow does, but fast on text this app wrote itself. */
export function readStoredJson(text: string): unknown {
  const fast = readFastJson(text);
  return fast ? fast.value : readJsonOrThrow(text);
}

/** readStoredJson, its refusal worded as the sentence a save or a list that cannot be read gives. */
function readOrSay(text: string): unknown {
  try {
    return readStoredJson(text);
  } catch (e) {
    throw new Error(`it is not valid JSON (${(e as Error).message})`, { cause: e });
  }
}

/** What is wrong with a saved text, or the save it holds. Throws an Error with the sentence. */
export function parseSaved(text: string): Saved {
  const data = readOrSay(text);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('it is not a JSON object');
  const record = data as Record<string, unknown>;
  // A newer build may number its wrapper as "format" or "version": either, when not ours, is not read.
  for (const field of ['format', 'version'] as const) {
    if (Object.hasOwn(record, field) && record[field] !== SAVE_FORMAT) {
      throw new Error(
        `it was written in save format ${JSON.stringify(record[field])}, which this version of Restaking Lab cannot read (it reads format ${SAVE_FORMAT})`,
      );
    }
  }
  if (!Object.hasOwn(record, 'scenario') || !record.scenario || typeof record.scenario !== 'object') {
    throw new Error('it has no "scenario" object');
  }
  return {
    format: SAVE_FORMAT,
    savedAt: typeof record.savedAt === 'string' ? record.savedAt : '',
    scenario: record.scenario,
  };
}

export function readSaved(store: KeyValueStore | null, key: string): ReadResult {
  let text: string | null;
  try {
    if (!store) throw new Error('this browser does not allow the page to use its storage');
    text = store.getItem(key);
  } catch (e) {
    return { kind: 'unavailable', problem: (e as Error).message };
  }
  if (text === null) return { kind: 'none' };
  try {
    return { kind: 'saved', saved: parseSaved(text) };
  } catch (e) {
    return { kind: 'unreadable', problem: (e as Error).message };
  }
}

/** The stored Recent work list; throws an Error saying what is wrong when it cannot be read (the caller moves it aside). */
export function parseRecent(text: string): RecentWork[] {
  return recentList(readOrSay(text));
}
