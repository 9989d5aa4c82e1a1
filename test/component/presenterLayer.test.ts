// @vitest-environment jsdom
/**
 * The presenter layer (src/ui/presenter/PresenterLayer.svelte) over a presenter with a stand-in page and target:
 * window keys reach the target through the key map, a prediction's refusal is said, the teacher notes toggle
 * (button and N), B blanks and holds the steps, a key typed in a text field is the field's, ? opens the keys.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import PresenterLayer from '../../src/ui/presenter/PresenterLayer.svelte';
import { Presenter, type PresenterEnv, type PresenterTarget } from '../../src/app/presenter.svelte';
import type { Move } from '../../src/app/presenterSteps';

beforeAll(() => {
  globalThis.requestAnimationFrame ??= (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0) as unknown as number;
  // jsdom's <dialog> may lack showModal/close: open it as an attribute, as the browser would show it
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const env: PresenterEnv = {
  setFlag: () => {},
  href: () => 'http://h/?present#/lesson/a',
  replaceUrl: () => {},
  isFullscreen: () => false,
  requestFullscreen: async () => {},
  exitFullscreen: async () => {},
};

function setup(forward: Move = 'answerFirst') {
  const calls: string[] = [];
  const target: PresenterTarget = {
    kind: 'lesson',
    notes: 'First paragraph\nwraps here.\n\nSecond paragraph.',
    where: { title: 'Restaking', lesson: { step: 2, steps: 5, stepTitle: 'Opt in', phase: 'predict' }, cascade: null },
    caption: null,
    forward: () => (calls.push('forward'), forward),
    back: () => (calls.push('back'), 'atStart'),
    reset: () => void calls.push('reset'),
    refit: () => void calls.push('refit'),
    studentLink: async () => ({ url: 'http://h/#/lesson/a/b' }),
  };
  const presenter = new Presenter(target, env, true);
  render(PresenterLayer, { props: { presenter } });
  return { presenter, calls };
}

const press = (key: string, target: Window | Element = window) => {
  fireEvent.keyDown(target, { key });
  flushSync();
};

describe('PresenterLayer', () => {
  it('says where the class is and steps the target with the clicker keys', () => {
    const { calls } = setup();
    expect(screen.getByTestId('presenter-where').textContent).toContain('Restaking · step 2 of 5');
    press('PageDown');
    press('ArrowLeft');
    press('r');
    expect(calls.filter((c) => c !== 'refit')).toEqual(['forward', 'back', 'reset']);
  });

  it('says that a prediction waits for the class', () => {
    setup('answerFirst');
    press('PageDown');
    expect(screen.getByTestId('presenter-move').textContent).toContain('predicts first');
  });

  it('shows the teacher notes as paragraphs; the button and N hide and show them', () => {
    setup();
    const notes = screen.getByTestId('teacher-notes');
    expect([...notes.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'First paragraph wraps here.',
      'Second paragraph.',
    ]);
    fireEvent.click(screen.getByTestId('notes-toggle'));
    flushSync();
    expect(screen.queryByTestId('teacher-notes')).toBeNull();
    expect(screen.getByTestId('notes-toggle').getAttribute('aria-pressed')).toBe('false');
    press('n');
    expect(screen.getByTestId('teacher-notes')).not.toBeNull();
  });

  it('B blanks the screen and holds the steps; a click on it shows the screen again', () => {
    const { calls } = setup();
    press('b');
    const blank = screen.getByTestId('blank');
    expect(blank.textContent).toContain('Press B');
    press('PageDown');
    expect(calls).not.toContain('forward');
    fireEvent.click(blank);
    flushSync();
    expect(screen.queryByTestId('blank')).toBeNull();
  });

  it('leaves keys typed in a text field to the field', () => {
    const { calls } = setup();
    const input = document.createElement('input');
    document.body.append(input);
    press('b', input);
    press('PageDown', input);
    expect(screen.queryByTestId('blank')).toBeNull();
    expect(calls).not.toContain('forward');
    input.remove();
  });

  it('? opens the keys, one row per action; Escape closes them, then leaves presenter mode', () => {
    const { presenter } = setup();
    press('?');
    const help = screen.getByTestId('presenter-help');
    expect(help.querySelectorAll('dt')).toHaveLength(8);
    press('Escape');
    expect(screen.queryByTestId('presenter-help')).toBeNull();
    expect(presenter.active).toBe(true);
    press('Escape');
    expect(presenter.active).toBe(false);
  });
});
