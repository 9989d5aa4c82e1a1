/** The path the home page and the lesson list show: status, time left, prerequisites met or not. */
import { describe, expect, it } from 'vitest';
import { lessonPath } from '../../../src/app/lessonPath';
import type { LessonSummary } from '../../../src/app/lessonList';
import type { Progress } from '../../../src/lessons/progress';

const lesson = (id: string, minutes: number, steps: number, prerequisites: string[] = []): LessonSummary => ({
  id,
  title: id.toUpperCase(),
  summary: '',
  level: 'beginner',
  minutes,
  prerequisites,
  steps,
});
const saved = (lesson: string, step: number, finished = false): Progress => ({
  version: 1,
  lesson,
  step,
  completed: [],
  answers: {},
  finished,
});

describe('the learning path', () => {
  const lessons = [lesson('a', 10, 4), lesson('b', 12, 7, ['a']), lesson('c', 8, 5, ['a', 'b'])];
  const progress: Record<string, Progress> = { a: saved('a', 3, true), b: saved('b', 1) };
  const path = lessonPath(lessons, (id) => progress[id] ?? null);

  it('says finished, at step k of n (the saved step, 1-based) or not started', () => {
    expect(path.entries.map((e) => e.status)).toEqual([
      { kind: 'finished' },
      { kind: 'started', step: 2, total: 7 },
      { kind: 'new' },
    ]);
  });

  it('counts the time of the whole path and of what is left (10 + 12 + 8 = 30; 30 - 10 finished = 20)', () => {
    expect(path).toMatchObject({ minutes: 30, minutesLeft: 20, finished: 1 });
  });

  it('lists each prerequisite by title with whether it is done', () => {
    expect(path.entries[1]).toMatchObject({ ready: true, prerequisites: [{ id: 'a', title: 'A', done: true }] });
    expect(path.entries[2]).toMatchObject({
      ready: false,
      prerequisites: [
        { id: 'a', done: true },
        { id: 'b', title: 'B', done: false },
      ],
    });
  });
});
