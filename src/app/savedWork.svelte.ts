/**
 * The learner's work in this browser, as reactive state over the plain storage functions (autosave.ts,
 * recentWork.ts): the current work's autosave, the list of recent works, the unreadable saves kept aside, and the
 * last save that failed (shown until a save succeeds; it is retried on every change and on a timer).
 */
import { createContext } from 'svelte';
import {
  DEFAULT_NAMESPACE,
  keysFor,
  listAside,
  moveAside,
  readFastJson,
  writeSaved,
  type AsideSave,
  type KeyValueStore,
  type Saved,
  type StorageKeys,
  wallClock,
} from './autosave';
import { MAX_RECENT, recentList, withWork, withoutWork, writeRecent, type RecentWork } from './recentWork';

/** The exact reader of stored text, loaded when there is text the shortcut cannot vouch for (not on a fresh visit). */
const loadStoredJson = () => import('./storedJson');

export const RETRY_MS = 10_000;

export interface SaveProblem {
  problem: string;
  /** The storage is full (rather than disabled). */
  full: boolean;
}

/** A save moved aside during this visit, and why (the learner is told until they dismiss it). */
export interface SetAside {
  key: string;
  problem: string;
}

export type Opened =
  | { kind: 'none' }
  | { kind: 'saved'; saved: Saved }
  /** `keptAs`: the key the unreadable save was moved to (null: it could not be moved, and stays where it was). */
  | { kind: 'unreadable'; problem: string; keptAs: string | null };

export type Kept = { ok: true; dropped: number } | { ok: false; problem: string };

export interface SavedWorkOptions {
  store: KeyValueStore | null;
  namespace?: string;
  now?: () => Date;
  retryMs?: number;
}

/** The page's localStorage, or null where the browser refuses it (reading the property itself can throw). */
export function browserStorage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export class SavedWork {
  readonly keys: StorageKeys;
  readonly #store: KeyValueStore | null;
  readonly #now: () => Date;
  readonly #retryMs: number;
  #recent = $state.raw<RecentWork[]>([]);
  #aside = $state.raw<AsideSave[]>([]);
  #problem = $state.raw<SaveProblem | null>(null);
  #setAsideNow = $state.raw<SetAside[]>([]);
  /** An unreadable save is still under the current key (moving it aside failed): it must not be written over. */
  #blocked = false;
  #blockedProblem = '';
  /** The same for an unreadable recent list. */
  #recentBlocked = false;
  /** The recent list being read by the exact reader (text the shortcut could not read): `ready()` waits for it. */
  #recentRead: Promise<void> = Promise.resolve();
  #recentReading = false;
  #pending: Record<string, unknown> | null = null;
  #timer: ReturnType<typeof setInterval> | null = null;

  constructor({ store, namespace = DEFAULT_NAMESPACE, now = wallClock, retryMs = RETRY_MS }: SavedWorkOptions) {
    this.keys = keysFor(namespace);
    this.#store = store;
    this.#now = now;
    this.#retryMs = retryMs;
    this.#recent = this.#readRecent();
    this.#aside = listAside(store, this.keys.asidePrefix);
  }

  get recent(): RecentWork[] {
    return this.#recent;
  }
  /** Unreadable saves moved aside, newest first. */
  get aside(): AsideSave[] {
    return this.#aside;
  }
  /** Saves moved aside during this visit, not yet acknowledged by the learner. */
  get setAsideNow(): SetAside[] {
    return this.#setAsideNow;
  }
  acknowledgeSetAside(): void {
    this.#setAsideNow = [];
  }

  /** The last save that failed, until one succeeds. */
  get problem(): SaveProblem | null {
    return this.#problem;
  }

  /**
   * The current work's save as stored, unread: the loader reads and folds it in the load worker (the exact JSON
   * reader would hold the page for half a second on a large save) and calls setAside() when it cannot be read.
   */
  stored(): { kind: 'none' } | { kind: 'text'; text: string } {
    let text: string | null;
    try {
      if (!this.#store) throw new Error('this browser does not allow the page to use its storage');
      text = this.#store.getItem(this.keys.current);
    } catch (e) {
      this.#problem = { problem: (e as Error).message, full: false };
      return { kind: 'none' };
    }
    return text === null ? { kind: 'none' } : { kind: 'text', text };
  }

  /** The recent list is read (it is at once, unless the exact reader had to be loaded for it). */
  ready(): Promise<void> {
    return this.#recentRead;
  }

  /** Reads the current work's save; an unreadable one is moved aside at once, so nothing writes over it. */
  async open(): Promise<Opened> {
    const { readSaved } = await loadStoredJson();
    const read = readSaved(this.#store, this.keys.current);
    switch (read.kind) {
      case 'none':
        return read;
      case 'saved':
        return read;
      case 'unavailable':
        this.#problem = { problem: read.problem, full: false };
        return { kind: 'none' };
      case 'unreadable':
        return { kind: 'unreadable', problem: read.problem, keptAs: this.setAside(read.problem) };
    }
  }

  /** Moves the current save aside (`problem`: why it cannot be read). Returns where it went, or null. */
  setAside(problem: string): string | null {
    if (!this.#store) return null;
    try {
      const key = moveAside(this.#store, this.keys.current, this.keys.asidePrefix, this.#now());
      this.#blocked = false;
      this.#aside = listAside(this.#store, this.keys.asidePrefix);
      this.#setAsideNow = [...this.#setAsideNow, { key, problem }];
      return key;
    } catch (e) {
      this.#blocked = true;
      this.#blockedProblem = problem;
      this.#problem = { problem: (e as Error).message, full: true };
      return null;
    }
  }

  /** The text of a save kept aside (for download), or null when it is gone. */
  asideText(key: string): string | null {
    try {
      return this.#store?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /** Saves the current work. A failure is kept in `problem` and retried until a save succeeds. */
  save(scenario: Record<string, unknown>): boolean {
    this.#pending = scenario;
    return this.#flush();
  }

  /**
   * Saves the current work in a task of its own: a scenario just opened (the real network's save is 400 KB of
   * JSON written to storage) is not saved in the task that draws it. A save() before then supersedes it.
   */
  saveSoon(scenario: Record<string, unknown>): void {
    this.#pending = scenario;
    setTimeout(() => this.#flush(), 0);
  }

  /** Tries the last failed save again now. */
  retry(): boolean {
    return this.#flush();
  }

  #flush(): boolean {
    const scenario = this.#pending;
    if (!scenario) return true;
    if (this.#blocked && this.setAside(this.#blockedProblem) === null) {
      this.#schedule();
      return false;
    }
    const written = writeSaved(this.#store, this.keys.current, scenario, this.#now());
    if (written.ok) {
      this.#pending = null;
      this.#problem = null;
      this.#unschedule();
      return true;
    }
    this.#problem = { problem: written.problem, full: written.full };
    this.#schedule();
    return false;
  }

  /** Keeps a work in the recent list (before something replaces it). */
  keep(scenario: Record<string, unknown>): Kept {
    // never written over unread (the loader waits for ready() first, so this is not met in practice)
    if (this.#recentReading) return { ok: false, problem: 'the list of recent work is still being read' };
    if (this.#recentBlocked) {
      try {
        moveAside(this.#store!, this.keys.recent, this.keys.asidePrefix, this.#now());
        this.#recentBlocked = false;
        this.#aside = listAside(this.#store, this.keys.asidePrefix);
      } catch (e) {
        return { ok: false, problem: (e as Error).message };
      }
    }
    const list = withWork(this.#recent, scenario, this.#now(), MAX_RECENT);
    const written = writeRecent(this.#store, this.keys.recent, list);
    if (!written.ok) return { ok: false, problem: written.problem };
    this.#recent = written.kept;
    return { ok: true, dropped: written.dropped };
  }

  find(id: string): RecentWork | undefined {
    return this.#recent.find((w) => w.id === id);
  }

  /** Removes a work from the recent list (restored, or removed by the learner). */
  forget(id: string): boolean {
    const written = writeRecent(this.#store, this.keys.recent, withoutWork(this.#recent, id));
    if (written.ok) this.#recent = written.kept;
    return written.ok;
  }

  /** Timers end (the page is going). */
  stop(): void {
    this.#unschedule();
  }

  #readRecent(): RecentWork[] {
    let text: string | null;
    try {
      text = this.#store?.getItem(this.keys.recent) ?? null;
    } catch {
      return [];
    }
    if (text === null) return [];
    const fast = readFastJson(text);
    if (fast) {
      try {
        return recentList(fast.value);
      } catch {
        this.#recentUnreadable();
        return [];
      }
    }
    // Text this app did not write as it is (edited by hand, damaged): the exact reader, loaded for it, reads it
    // or refuses it; until then the list is empty and not written over.
    this.#recentReading = true;
    this.#recentRead = loadStoredJson()
      .then(({ parseRecent }) => {
        try {
          this.#recent = parseRecent(text);
        } catch {
          this.#recentUnreadable();
        }
      })
      .catch(() => {
        // the reader could not be fetched (offline): the list is left unread where it is, never written over
        this.#recentBlocked = true;
      })
      .finally(() => (this.#recentReading = false));
    return [];
  }

  /** Kept aside like an unreadable autosave; the list starts empty. */
  #recentUnreadable(): void {
    if (!this.#store) return;
    try {
      moveAside(this.#store, this.keys.recent, this.keys.asidePrefix, this.#now());
      this.#aside = listAside(this.#store, this.keys.asidePrefix);
    } catch {
      // left where it is, and not written over until it can be moved (keep() tries again)
      this.#recentBlocked = true;
    }
  }

  #schedule(): void {
    if (this.#timer !== null || typeof setInterval === 'undefined') return;
    this.#timer = setInterval(() => this.#flush(), this.#retryMs);
  }

  #unschedule(): void {
    if (this.#timer === null) return;
    clearInterval(this.#timer);
    this.#timer = null;
  }
}

export const [getSavedWork, setSavedWork] = createContext<SavedWork>();
