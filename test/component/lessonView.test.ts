// @vitest-environment jsdom
/**
 * The lesson view over the runner: narration with the engine's numbers, predict then reveal, a goal judged with
 * feedback, "show me" meeting it, reset and back.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import LessonView from '../../src/ui/lesson/LessonView.svelte';
import { LessonRunner } from '../../src/app/lessonRunner.svelte';
import { loadLesson, type PreparedLesson } from '../../src/lessons/api';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  (globalThis as Record<string, unknown>).DOMMatrixReadOnly ??= class {
    m22 = 1;
    constructor() {}
  };
  Element.prototype.scrollIntoView ??= function () {};
});

const read = (file: string): unknown => JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8'));
const lesson1 = (): PreparedLesson => {
  const l = loadLesson(
    { file: 'lessons/01-stake-at-risk.md', text: readFileSync('lessons/01-stake-at-risk.md', 'utf8') },
    read,
  );
  if ('reason' in l) throw new Error(l.reason);
  return l;
};

describe('the lesson view', () => {
  beforeEach(() => localStorage.clear());

  it('predict then reveal, then a goal: feedback, show me, reset, back', async () => {
    const runner = new LessonRunner(lesson1(), read);
    const { container } = render(LessonView, { props: { runner } });
    flushSync();
    // Narration: the engine's numbers filled in (300 ETH profit from corruption in the scenario).
    expect(screen.getByTestId('step-title').textContent).toBe('What an attack would pay');
    expect(container.querySelector('.prose')?.textContent).toContain('300 ETH');
    // Predict: the answer is the engine's outcome (the bridge is attackable), revealed with the reason.
    await fireEvent.click(container.querySelector('input[data-choice="safe"]')!);
    await fireEvent.click(screen.getByTestId('answer'));
    expect(screen.getByTestId('answer-feedback').textContent).toContain('Not this time');
    expect(screen.getByTestId('answer-feedback').textContent).toContain('Attackable');
    expect(screen.getByTestId('reveal').textContent).toContain('attackable');
    await fireEvent.click(screen.getByTestId('next'));
    expect(screen.getByTestId('step-title').textContent).toBe('Put more stake at risk');

    // A wrong action: 10 ETH restaked to Op1 is not enough; the feedback says which condition fails and why.
    runner.scenario.dispatch([
      { type: 'RestakeDeposit', holder: 'carol', strategy: 'eth', amount: '10' },
      { type: 'DelegateTo', staker: 'carol', operator: 'op1' },
    ]);
    flushSync();
    const feedback = screen.getByTestId('feedback').textContent ?? '';
    expect(feedback).toContain('Not yet: 1 of 1');
    expect(feedback).toContain('Is Bridge safe from a profitable attack? No, not yet: the goal needs a yes.');
    expect(feedback).not.toContain('avs:bridge');
    expect(screen.getByTestId('hint')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('hint'));
    expect(container.querySelector('.hints')?.textContent).toContain('Hint 1');

    // Reset the step: back to its start, the learner's action gone.
    await fireEvent.click(screen.getByTestId('reset'));
    expect(runner.canUndo).toBe(false);
    expect(screen.queryByTestId('feedback')).toBeNull();

    // Show me: plays the step's events, meets the goal, and can be undone.
    await fireEvent.click(screen.getByTestId('show-me'));
    expect(screen.getByTestId('lesson').dataset.phase).toBe('reveal');
    expect(screen.getByTestId('feedback').textContent).toContain('Goal met');
    expect(runner.canUndo).toBe(true);

    await fireEvent.click(screen.getByTestId('back'));
    expect(screen.getByTestId('step-title').textContent).toBe('What an attack would pay');
    runner.stop();
  });

  it('resumes at the saved step', () => {
    const prepared = lesson1();
    const runner = new LessonRunner(prepared, read, {
      version: 1,
      lesson: 'stake-at-risk',
      step: 3,
      completed: [],
      answers: {},
      finished: false,
    });
    render(LessonView, { props: { runner } });
    flushSync();
    expect(screen.getByTestId('step-title').textContent).toBe('Safe without one big operator');
    expect(screen.getByText('Challenge')).toBeTruthy();
    runner.stop();
  });
});
