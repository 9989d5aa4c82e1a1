/**
 * What a click forward or back does in presenter mode (src/app/presenterSteps.ts): a cascade shown beat by beat is
 * stepped first; then the sandbox's story or the lesson's steps; a prediction is never answered for the class.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  lessonBack,
  lessonForward,
  sandboxBack,
  sandboxForward,
  type CascadeView,
  type LessonPhase,
} from '../../../src/app/presenterSteps';

const playing = (beat: number, beats: number): CascadeView => ({ beat, beats, done: beat >= beats, live: true });
/** A trace shown at once (a move in the log, a scenario just loaded): nothing to step through. */
const shownAtOnce: CascadeView = { beat: 3, beats: 3, done: true, live: false };

describe('the sandbox', () => {
  it('steps the cascade beat by beat, then tells the story’s next event', () => {
    expect(sandboxForward(playing(1, 4), true)).toBe('cascadeNext');
    expect(sandboxForward(playing(3, 4), false)).toBe('cascadeNext');
    expect(sandboxForward(playing(4, 4), true)).toBe('storyNext');
    expect(sandboxForward(shownAtOnce, true)).toBe('storyNext');
    expect(sandboxForward(shownAtOnce, false)).toBe('atEnd');
  });
  it('steps back through the beats, then to the event before', () => {
    expect(sandboxBack(playing(3, 4), true)).toBe('cascadeBack');
    expect(sandboxBack(playing(1, 4), true)).toBe('storyBack');
    expect(sandboxBack(playing(1, 4), false)).toBe('atStart');
    expect(sandboxBack(shownAtOnce, true)).toBe('storyBack');
  });
  it('a one-beat cascade is not stepped', () => {
    expect(sandboxForward({ beat: 1, beats: 1, done: true, live: true }, true)).toBe('storyNext');
    expect(sandboxBack({ beat: 1, beats: 1, done: true, live: true }, false)).toBe('atStart');
  });
});

describe('a lesson', () => {
  it('forward: the cascade first, then show me (act), the next step (reveal); a prediction waits', () => {
    expect(lessonForward(playing(2, 5), 'reveal')).toBe('cascadeNext');
    expect(lessonForward(shownAtOnce, 'predict')).toBe('answerFirst');
    expect(lessonForward(shownAtOnce, 'act')).toBe('showMe');
    expect(lessonForward(shownAtOnce, 'reveal')).toBe('lessonNext');
    expect(lessonForward(playing(5, 5), 'reveal')).toBe('lessonNext');
    expect(lessonForward(shownAtOnce, 'sandbox')).toBe('atEnd');
  });
  it('back: the cascade first, then the previous step; none before the first or after the end', () => {
    expect(lessonBack(playing(2, 5), 0, 'reveal')).toBe('cascadeBack');
    expect(lessonBack(playing(1, 5), 2, 'reveal')).toBe('lessonBack');
    expect(lessonBack(shownAtOnce, 0, 'act')).toBe('atStart');
    expect(lessonBack(shownAtOnce, 3, 'sandbox')).toBe('atStart');
  });
  it('never moves the lesson while a cascade has beats left to show, in any phase', () => {
    const phases: LessonPhase[] = ['predict', 'act', 'reveal', 'sandbox'];
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.nat(), fc.constantFrom(...phases), (beats, at, phase) => {
        const beat = 1 + (at % (beats - 1)); // 1..beats-1: more to show
        expect(lessonForward(playing(beat, beats), phase)).toBe('cascadeNext');
        if (beat > 1) expect(lessonBack(playing(beat, beats), 3, phase)).toBe('cascadeBack');
      }),
    );
  });
});
