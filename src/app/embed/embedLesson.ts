/**
 * A lesson as an embed shows it: each step's text and the network as the step starts, to page through. The
 * lesson's exercises (predict, act, reveal) stay in the app, whose lesson runner saves the learner's progress: an
 * embed never writes the app's storage, so it uses only the lesson's prepared steps and their start logs.
 */
import { loadCatalog } from '../lessonCatalog';
import { startLogs } from '../lessonRunner.svelte';
import type { PreparedLesson } from '../../lessons/api';

type StartLog = ReturnType<typeof startLogs>[number];

export interface EmbedLesson {
  prepared: PreparedLesson;
  starts: StartLog[];
  /** The step to open first (the `step` parameter's, else the first). */
  first: number;
}

export type LessonRead = { ok: true; lesson: EmbedLesson } | { ok: false; problem: string };

export async function readLesson(id: string, step: string | null): Promise<LessonRead> {
  const catalog = await loadCatalog();
  const prepared = catalog.lessons.find((l) => l.lesson.meta.id === id);
  if (!prepared) {
    const ids = catalog.lessons.map((l) => l.lesson.meta.id).join(', ');
    return { ok: false, problem: `Parameter "lesson" ("${id}"): there is no such lesson; the lessons are: ${ids}` };
  }
  const steps = prepared.lesson.steps;
  const first = step === null ? 0 : steps.findIndex((s) => s.id === step);
  if (first < 0) {
    const ids = steps.map((s) => s.id).join(', ');
    return {
      ok: false,
      problem: `Parameter "step" ("${step}"): the lesson "${id}" has no such step; its steps are: ${ids}`,
    };
  }
  try {
    return { ok: true, lesson: { prepared, starts: startLogs(prepared, catalog.scenario), first } };
  } catch (e) {
    return { ok: false, problem: `The lesson "${id}" cannot be shown: ${(e as Error).message}` };
  }
}
