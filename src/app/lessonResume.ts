/**
 * What the home page and the lesson list read of saved lesson progress, loosely and without the schema, so the
 * home chunk stays small. Opening a lesson reads its progress fully (lessonProgress.ts).
 */
import type { Progress } from '../lessons/progress';

/** The progress format's version (src/lessons/progress.ts's PROGRESS_VERSION; a test keeps them equal). */
export const RESUME_VERSION = 1;
export const progressKey = (lesson: string): string => `restaking-lab:lesson:${lesson}:v${RESUME_VERSION}`;
/** The lesson the learner last worked in, for "continue where you left off". */
export const LAST_KEY = 'restaking-lab:lessons:last';

export interface LastLesson {
  lesson: string;
  title: string;
  steps: number;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** A lesson's saved progress, or null when there is none or it is unreadable. */
export function progressSummary(lesson: string, store = storage()): Progress | null {
  const text = store?.getItem(progressKey(lesson));
  if (!text) return null;
  try {
    const p = JSON.parse(text) as Partial<Progress>;
    if (p.version !== RESUME_VERSION || p.lesson !== lesson || typeof p.step !== 'number') return null;
    if (!Array.isArray(p.completed)) return null;
    return { ...p, answers: p.answers ?? {}, finished: p.finished === true } as Progress;
  } catch {
    return null;
  }
}

/** The lesson last worked in and where, when it is readable and not finished. */
export function lastLesson(store = storage()): (LastLesson & { progress: Progress }) | null {
  const text = store?.getItem(LAST_KEY);
  if (!text) return null;
  try {
    const last = JSON.parse(text) as LastLesson;
    if (typeof last.lesson !== 'string' || typeof last.title !== 'string') return null;
    const progress = progressSummary(last.lesson, store);
    return progress && !progress.finished ? { ...last, progress } : null;
  } catch {
    return null;
  }
}
