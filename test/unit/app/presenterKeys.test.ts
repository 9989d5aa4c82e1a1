/**
 * The presenter's key map (src/app/presenterKeys.ts): what a clicker sends steps (PageDown/PageUp; the arrows),
 * B and "." blank, F, R, N, ? and Escape act; keys with modifiers, keys in text fields and arrows in controls that
 * use them are left alone.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KEY_HELP, presenterAction, type KeyLike, type TargetLike } from '../../../src/app/presenterKeys';

const body: TargetLike = { tagName: 'BODY', closest: () => null };
const button: TargetLike = { tagName: 'BUTTON', closest: () => null };
/** An element inside something matching `inside` (closest answers for that selector list only). */
const within = (tagName: string, owns: boolean): TargetLike => ({ tagName, closest: () => (owns ? {} : null) });
const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({ key: k, ...extra });

describe('presenterAction', () => {
  it.each([
    ['PageDown', 'forward'],
    ['ArrowRight', 'forward'],
    ['ArrowDown', 'forward'],
    ['PageUp', 'back'],
    ['ArrowLeft', 'back'],
    ['ArrowUp', 'back'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['r', 'reset'],
    ['R', 'reset'],
    ['n', 'notes'],
    ['?', 'help'],
    ['Escape', 'exit'],
  ])('%s on the page is %s', (k, action) => {
    expect(presenterAction(key(k), body)).toBe(action);
    expect(presenterAction(key(k), null)).toBe(action);
    // a focused button (the presenter bar's own) does not take the clicker's keys
    expect(presenterAction(key(k), button)).toBe(action);
  });

  it('leaves keys with Ctrl, Cmd or Alt to the browser and the page (Ctrl+R reloads, Ctrl+F finds)', () => {
    for (const mod of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      expect(presenterAction(key('r', { [mod]: true }), body)).toBeNull();
      expect(presenterAction(key('f', { [mod]: true }), body)).toBeNull();
      expect(presenterAction(key('PageDown', { [mod]: true }), body)).toBeNull();
    }
  });

  it('leaves a key another handler already took', () => {
    expect(presenterAction(key('Escape', { defaultPrevented: true }), body)).toBeNull();
  });

  it('types letters into text fields and selects instead of acting on them', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT']) {
      expect(presenterAction(key('b'), { tagName: tag, closest: () => null })).toBeNull();
      expect(presenterAction(key('PageDown'), { tagName: tag, closest: () => null })).toBeNull();
    }
    expect(presenterAction(key('r'), { tagName: 'DIV', isContentEditable: true, closest: () => null })).toBeNull();
  });

  it('leaves the arrows to a control that uses them (a radio, a slider, a graph card), not PageDown/PageUp', () => {
    const slider = within('SPAN', true);
    expect(presenterAction(key('ArrowRight'), slider)).toBeNull();
    expect(presenterAction(key('ArrowUp'), slider)).toBeNull();
    expect(presenterAction(key('PageDown'), slider)).toBe('forward');
    expect(presenterAction(key('PageUp'), slider)).toBe('back');
    expect(presenterAction(key('b'), slider)).toBe('blank');
  });

  it('ignores every other key', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), (k) => {
        fc.pre(!['b', 'B', '.', 'f', 'F', 'r', 'R', 'n', 'N', '?', 'Escape'].includes(k));
        fc.pre(!['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'].includes(k));
        expect(presenterAction(key(k), body)).toBeNull();
      }),
    );
  });

  it('lists every action once in the help, each with at least one key that maps to it', () => {
    const actions = KEY_HELP.map((r) => r.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect([...actions].sort()).toEqual(['back', 'blank', 'exit', 'forward', 'fullscreen', 'help', 'notes', 'reset']);
    const typed: Record<string, string> = { '→': 'ArrowRight', '↓': 'ArrowDown', '←': 'ArrowLeft', '↑': 'ArrowUp' };
    typed.Esc = 'Escape';
    for (const row of KEY_HELP)
      for (const k of row.keys) expect(presenterAction(key(typed[k] ?? k), body)).toBe(row.action);
  });
});
