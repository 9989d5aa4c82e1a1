/**
 * Where the learner's current work is kept in the browser, as plain functions over a `Storage`-like store (so they
 * are tested with a fake one that can be full). What is stored is exactly what a share link holds (the scenario
 * with its events), wrapped with the time it was saved and the wrapper's format number.
 *
 * Nothing stored is ever overwritten unread: a save that cannot be read (not JSON, no scenario, a format this
 * build does not know because a newer build wrote it, a scenario the schema refuses) is first moved aside under a
 * key of its own (`<namespace>:unreadable:<time>`) and kept there for the learner to download.
 */
import { MAX_JSON_DEPTH } from '../engine/security/jsonDepth';

/** The part of the Web Storage API used here (window.localStorage is one). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** The learner's storage, and a separate one for `?fuzz`, whose random clicks must never touch real work. */
export const DEFAULT_NAMESPACE = 'restaking-lab';
export const FUZZ_NAMESPACE = 'restaking-lab:fuzz';

export interface StorageKeys {
  current: string;
  recent: string;
  asidePrefix: string;
}

export function keysFor(namespace: string): StorageKeys {
  return {
    current: `${namespace}:sandbox:v1`,
    recent: `${namespace}:recent:v1`,
    asidePrefix: `${namespace}:unreadable:`,
  };
}

/** The wall clock (saves and kept works are stamped with it; tests pass their own). */
export const wallClock = (): Date => new Date();

export const AUTOSAVE_KEY = keysFor(DEFAULT_NAMESPACE).current;

/** The wrapper's format. Saves written before it was numbered have none and are read as format 1. */
export const SAVE_FORMAT = 1;

export interface Saved {
  format?: number;
  savedAt: string;
  scenario: unknown;
}

export type ReadResult =
  | { kind: 'none' }
  | { kind: 'saved'; saved: Saved }
  | { kind: 'unreadable'; problem: string }
  /** The storage itself cannot be read (disabled by the browser's settings). */
  | { kind: 'unavailable'; problem: string };

/** Whether `x` nests at most `max` arrays and objects deep (stops looking past that, so it never runs deep). */
function nestsWithin(x: unknown, max: number): boolean {
  if (x === null || typeof x !== 'object') return true;
  if (max === 0) return false;
  for (const v of Array.isArray(x) ? x : Object.values(x)) if (!nestsWithin(v, max - 1)) return false;
  return true;
}

/**
 * The shortcut for reading what this app stored: text this app wrote itself is JSON.stringify's output, and when
 * JSON.stringify(JSON.parse(text)) gives the text back byte for byte, every number in it is the shortest text of
 * its double (so the exact reader would keep it), no key is repeated and no string is written another way:
 * JSON.parse then gives the same value the one exact JSON reader (readJsonOrThrow) would, in about 1/50 of the
 * time (5 ms instead of 250 for the real network's save). Any other text (edited by hand, damaged, a number that
 * does not survive the round trip, nested too deep) gives null: the exact reader (storedJson.ts, loaded when such
 * text is there) reads or refuses it.
 */
export function readFastJson(text: string): { value: unknown } | null {
  try {
    const fast: unknown = JSON.parse(text);
    if (nestsWithin(fast, MAX_JSON_DEPTH) && JSON.stringify(fast) === text) return { value: fast };
  } catch {
    // not JSON.parse's to say: the exact reader locates the problem
  }
  return null;
}

export type WriteResult = { ok: true } | { ok: false; full: boolean; problem: string };

/** A browser's "storage is full" error (named differently by Chromium, Firefox and old Safari). */
export function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error) && !(typeof DOMException !== 'undefined' && e instanceof DOMException)) return false;
  const { name, code } = e as { name: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Sets a key, saying why it could not be set instead of throwing. */
export function writeText(store: KeyValueStore | null, key: string, text: string): WriteResult {
  if (!store) return { ok: false, full: false, problem: 'this browser does not allow the page to use its storage' };
  try {
    store.setItem(key, text);
    return { ok: true };
  } catch (e) {
    const full = isQuotaError(e);
    return {
      ok: false,
      full,
      problem: full ? "the browser's storage for this page is full" : String((e as Error).message ?? e),
    };
  }
}

export function writeSaved(store: KeyValueStore | null, key: string, scenario: unknown, now: Date): WriteResult {
  const saved: Saved = { format: SAVE_FORMAT, savedAt: now.toISOString(), scenario };
  return writeText(store, key, JSON.stringify(saved));
}

/** A save moved aside because it could not be read. */
export interface AsideSave {
  key: string;
  /** When it was moved aside (from the key). */
  movedAt: string;
  size: number;
}

/**
 * Moves the text under `key` to a new key under `prefix` and removes it from `key`. Returns the new key, or
 * throws when it could not be copied (then the original is left where it was: it is never removed uncopied).
 */
export function moveAside(store: KeyValueStore, key: string, prefix: string, now: Date): string {
  const text = store.getItem(key);
  if (text === null) throw new Error(`there is nothing under "${key}"`);
  let target = `${prefix}${now.toISOString()}`;
  for (let n = 2; store.getItem(target) !== null; n++) target = `${prefix}${now.toISOString()}#${n}`;
  const written = writeText(store, target, text);
  if (!written.ok) throw new Error(written.problem);
  store.removeItem(key);
  return target;
}

export function listAside(store: KeyValueStore | null, prefix: string): AsideSave[] {
  if (!store) return [];
  const out: AsideSave[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key === null || !key.startsWith(prefix)) continue;
      out.push({ key, movedAt: key.slice(prefix.length).replace(/#\d+$/, ''), size: store.getItem(key)?.length ?? 0 });
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => (a.key < b.key ? 1 : -1));
}
