/**
 * The learning path as the home page and the lesson list show it: every lesson in order with where the learner
 * stands (finished, at step k of n, or not started), its time, and its prerequisites with whether each is done.
 * Built from the lessons' frontmatter (lessonList.ts) and the saved progress, read only (lessonResume.ts): the
 * home page never writes progress and loads neither the lesson parser nor the engine.
 */
import type { LessonSummary } from './lessonList';
import type { Progress } from '../lessons/progress';

export type PathStatus = { kind: 'finished' } | { kind: 'started'; step: number; total: number } | { kind: 'new' };

export interface PathEntry {
  lesson: LessonSummary;
  /** 1-based place on the path. */
  n: number;
  status: PathStatus;
  prerequisites: { id: string; title: string; done: boolean }[];
  /** Every prerequisite is finished (or there is none). */
  ready: boolean;
}

export interface LessonPath {
  entries: PathEntry[];
  /** Minutes of the whole path, and of what is left of it (lessons not finished). */
  minutes: number;
  minutesLeft: number;
  finished: number;
}

/** The path from the lessons' summaries and a reader of saved progress (null: none, or unreadable). */
export function lessonPath(lessons: readonly LessonSummary[], progress: (id: string) => Progress | null): LessonPath {
  const saved = new Map(lessons.map((l) => [l.id, progress(l.id)]));
  const status = (l: LessonSummary): PathStatus => {
    const p = saved.get(l.id);
    if (!p) return { kind: 'new' };
    if (p.finished) return { kind: 'finished' };
    return { kind: 'started', step: Math.min(p.step + 1, l.steps), total: l.steps };
  };
  const titleOf = (id: string) => lessons.find((l) => l.id === id)?.title ?? id;
  const entries = lessons.map((lesson, i): PathEntry => {
    const prerequisites = lesson.prerequisites.map((id) => ({
      id,
      title: titleOf(id),
      done: saved.get(id)?.finished === true,
    }));
    return { lesson, n: i + 1, status: status(lesson), prerequisites, ready: prerequisites.every((p) => p.done) };
  });
  const minutes = lessons.reduce((s, l) => s + l.minutes, 0);
  const done = entries.filter((e) => e.status.kind === 'finished');
  return {
    entries,
    minutes,
    minutesLeft: minutes - done.reduce((s, e) => s + e.lesson.minutes, 0),
    finished: done.length,
  };
}
