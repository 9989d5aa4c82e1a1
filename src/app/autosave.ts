/**
 * Autosave to localStorage under a versioned key. What is stored is exactly what a share link holds (the scenario
 * with its events); restoring goes through the same schema, and corrupt data is reported, never silently used
 * or deleted.
 */

// The exact JSON reader loads when there is saved data to read: a first visit has none and does not load it.
const loadReader = () => import('../engine/scenario/readJson');

export const AUTOSAVE_KEY = 'restaking-lab:sandbox:v1';

export interface Saved {
  savedAt: string;
  scenario: unknown;
}

export function save(scenario: unknown): void {
  try {
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify({ savedAt: new Date().toISOString(), scenario }));
  } catch {
    /* storage full or disabled: autosave is best effort */
  }
}

/** null when nothing is saved; throws an Error saying what is wrong when the saved data is unreadable. */
export async function restore(): Promise<Saved | null> {
  let text: string | null;
  try {
    text = localStorage.getItem(AUTOSAVE_KEY);
  } catch {
    return null;
  }
  if (text === null) return null;
  const { readJsonOrThrow } = await loadReader();
  let data: unknown;
  try {
    data = readJsonOrThrow(text);
  } catch {
    throw new Error(`the saved data under "${AUTOSAVE_KEY}" is not valid JSON`);
  }
  if (!data || typeof data !== 'object' || !('scenario' in data)) {
    throw new Error(`the saved data under "${AUTOSAVE_KEY}" has no "scenario" field`);
  }
  return data as Saved;
}

/** Saves a scenario store's current scenario with its applied events (nothing before a scenario is loaded). */
export function persist(store: { toJson(): unknown }): void {
  const json = store.toJson();
  if (json) save(json);
}
