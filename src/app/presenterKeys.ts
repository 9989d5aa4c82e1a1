/**
 * The presenter's keys: what a presentation clicker sends (PageDown/PageUp, the arrows, B or "." to blank the
 * screen, as in slide software) and a keyboard's F, R, N, ? and Escape, mapped to one action each. Pure, so the
 * map is tested without a browser; the presenter layer (src/ui/presenter) calls it from its key handler.
 */
export type PresenterAction = 'forward' | 'back' | 'blank' | 'fullscreen' | 'reset' | 'notes' | 'exit' | 'help';

/** The parts of a KeyboardEvent the map reads. */
export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  defaultPrevented?: boolean;
}

/** The parts of the event's target the map reads (an Element in the browser). */
export interface TargetLike {
  tagName: string;
  isContentEditable?: boolean;
  closest(selector: string): unknown;
}

const KEYS: Readonly<Record<string, PresenterAction>> = {
  PageDown: 'forward',
  ArrowRight: 'forward',
  ArrowDown: 'forward',
  PageUp: 'back',
  ArrowLeft: 'back',
  ArrowUp: 'back',
  b: 'blank',
  B: 'blank',
  // Most clickers' "blank" button sends "." (PowerPoint's black screen); some send B.
  '.': 'blank',
  f: 'fullscreen',
  F: 'fullscreen',
  r: 'reset',
  R: 'reset',
  n: 'notes',
  N: 'notes',
  '?': 'help',
  Escape: 'exit',
};

/** Where a key belongs to the control that has the focus: text fields take every key. */
const EDITABLE = /^(INPUT|TEXTAREA|SELECT)$/;
/**
 * Controls that use the arrows themselves (a radio group, the side splitter, a stake chip being carried, a graph
 * card, the allocation handle): there the arrows stay theirs; the clicker's PageDown/PageUp still step.
 */
export const OWNS_ARROWS =
  '[role=radio],[role=radiogroup],[role=slider],[role=separator],[role=listbox],[role=menu],[role=tablist],' +
  '[role=grid],[role=tree],[data-chip],.svelte-flow__node,.svelte-flow__edge,.alloc';

/** The presenter action for a key press, or null when the key is not the presenter's (or belongs to the focus). */
export function presenterAction(e: KeyLike, target: TargetLike | null): PresenterAction | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return null;
  // own keys only: "valueOf" or "constructor" is not a presenter key
  const action = Object.hasOwn(KEYS, e.key) ? KEYS[e.key] : undefined;
  if (!action) return null;
  if (target) {
    if (EDITABLE.test(target.tagName) || target.isContentEditable) return null;
    if (e.key.startsWith('Arrow') && target.closest(OWNS_ARROWS)) return null;
  }
  return action;
}

/** The keys as the help overlay lists them, in its order (message keys are the UI's). */
export const KEY_HELP: readonly { keys: readonly string[]; action: PresenterAction }[] = [
  { keys: ['PageDown', '→', '↓'], action: 'forward' },
  { keys: ['PageUp', '←', '↑'], action: 'back' },
  { keys: ['B', '.'], action: 'blank' },
  { keys: ['F'], action: 'fullscreen' },
  { keys: ['R'], action: 'reset' },
  { keys: ['N'], action: 'notes' },
  { keys: ['?'], action: 'help' },
  { keys: ['Esc'], action: 'exit' },
];
