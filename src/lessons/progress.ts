/**
 * Saved progress in a lesson: a plain versioned object (no world: the step's start state is the lesson's, so
 * resuming needs only where the learner was). Parsing refuses anything corrupt or stale with a located message
 * ("$.step: ..."), so the app can start the lesson afresh and say why, as it does for saved work.
 */
import * as v from 'valibot';
import { jsonPath } from '../engine/scenario/validate';
import type { PreparedLesson } from './prepare';

export const PROGRESS_VERSION = 1;

const StepId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,48}$/, 'must be a step id'));

const ProgressSchema = v.strictObject({
  version: v.literal(PROGRESS_VERSION, `must be ${PROGRESS_VERSION} (progress saved by another version is not read)`),
  lesson: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a lesson id')),
  step: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative')),
  completed: v.array(StepId),
  answers: v.record(StepId, v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be a choice id'))),
  finished: v.optional(v.boolean(), false),
});

export type Progress = v.InferOutput<typeof ProgressSchema>;

export type ProgressParse = { ok: true; progress: Progress } | { ok: false; error: string };

/** Parses saved progress; with `lesson`, also checks it against that lesson's steps and choices. */
export function parseProgress(input: unknown, lesson?: PreparedLesson): ProgressParse {
  const r = v.safeParse(ProgressSchema, input);
  if (!r.success) {
    const issue = r.issues[0];
    const message =
      issue.expected === 'never'
        ? 'is not a progress field'
        : issue.received === 'undefined'
          ? 'is missing (it is required)'
          : issue.message;
    return { ok: false, error: `${jsonPath(issue)}: ${message}` };
  }
  const p = r.output;
  if (lesson) {
    const steps = lesson.steps.map((s) => s.step);
    if (p.lesson !== lesson.lesson.meta.id) {
      return { ok: false, error: `$.lesson: is "${p.lesson}", not this lesson ("${lesson.lesson.meta.id}")` };
    }
    if (p.step >= steps.length) return { ok: false, error: `$.step: ${p.step} is past the lesson's last step (${steps.length - 1})` };
    const bad = p.completed.findIndex((id) => !steps.some((s) => s.id === id));
    if (bad >= 0) return { ok: false, error: `$.completed[${bad}]: the lesson has no step "${p.completed[bad]}"` };
    for (const [id, choice] of Object.entries(p.answers)) {
      const step = steps.find((s) => s.id === id);
      if (!step?.predict) return { ok: false, error: `$.answers.${id}: the lesson has no question in a step "${id}"` };
      if (!step.predict.choices.some((c) => c.id === choice)) {
        return { ok: false, error: `$.answers.${id}: "${choice}" is not one of the question's choices` };
      }
    }
  }
  return { ok: true, progress: p };
}
