/**
 * A lesson made runnable: each step's start state folded by the engine, and the outcome of each of its show-me
 * blocks, so the runner can reset a step, play "show me" and reveal a prediction's engine-computed answer.
 */
import { applyEvent, cloneWorld, fold } from '../engine/sim';
import { parseScenario, summarizeIssues } from '../engine/scenario/validate';
import { EngineError } from '../engine/errors';
import type { SimEvent } from '../engine/events';
import type { TraceStep } from '../engine/trace';
import type { World } from '../engine/world';
import type { Lesson, LessonIssue, ScenarioRef, Step } from './lesson';
import type { Observation } from './observation';
import { computeAnswer, type Answer } from './answer';

/** Reads a scenario file of public/scenarios/ as JSON (throws when there is none). */
export type ScenarioSource = (file: string) => unknown;

export interface PreparedStep {
  step: Step;
  /** The state the step starts in, with the trace and events of its start block (empty when it continues). */
  start: Observation;
  /** One per show-me block: the state after it, and its own events and trace. */
  outcomes: Observation[];
  /** The predict question's right answer, computed from the first outcome (or the start when none). */
  answer: Answer | null;
}

export interface PreparedLesson {
  lesson: Lesson;
  steps: PreparedStep[];
}

export type Prepared = { ok: true; prepared: PreparedLesson } | { ok: false; issues: LessonIssue[] };

class Located extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

function loadScenario(ref: ScenarioRef, source: ScenarioSource): World {
  let json: unknown;
  if ('file' in ref) {
    try {
      json = source(ref.file);
    } catch (e) {
      throw new Located(ref.line, `scenario "${ref.file}" cannot be read: ${(e as Error).message}`);
    }
  } else json = ref.inline;
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Located(ref.line, `scenario: ${summarizeIssues(parsed.issues)}`);
  try {
    return fold(parsed.value).world;
  } catch (e) {
    if (e instanceof EngineError) throw new Located(ref.line, `scenario: ${e.message}`);
    throw e;
  }
}

/** Applies `events` to a copy of `world`; a refused event is an error at `line`. */
export function play(world: World, events: readonly SimEvent[], line: number, what: string): Observation {
  const next = cloneWorld(world);
  const trace: TraceStep[] = [];
  events.forEach((e, i) => {
    try {
      trace.push(...applyEvent(next, e));
    } catch (err) {
      if (err instanceof EngineError) throw new Located(line, `${what} event ${i} (${e.type}): ${err.message}`);
      throw err;
    }
  });
  return { world: next, trace, events: [...events] };
}

export function prepareLesson(lesson: Lesson, source: ScenarioSource): Prepared {
  const issues: LessonIssue[] = [];
  const steps: PreparedStep[] = [];
  let lessonWorld: World | null = null;
  let previousEnd: World | null = null;
  for (const step of lesson.steps) {
    try {
      const base = (): World => {
        if (step.start?.fromPrevious && previousEnd) return previousEnd;
        if (step.start?.scenario) return loadScenario(step.start.scenario, source);
        if (step.start || !previousEnd) return (lessonWorld ??= loadScenario(lesson.meta.scenario, source));
        return previousEnd;
      };
      const start: Observation = step.start
        ? play(base(), step.start.events, step.start.line, 'start')
        : { world: base(), trace: [], events: [] };
      const outcomes = step.showMe.map((s) => play(start.world, s.events, s.line, 'show-me'));
      const answer = step.predict ? computeAnswer(step.predict, outcomes[0] ?? start) : null;
      if (answer && !answer.ok) throw new Located(step.predict!.line, answer.error);
      steps.push({ step, start, outcomes, answer });
      previousEnd = (outcomes[0] ?? start).world;
    } catch (e) {
      if (e instanceof Located) {
        issues.push({ file: lesson.file, line: e.line, message: e.message });
        break; // later steps may continue from this one: they cannot be prepared
      }
      throw e;
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, prepared: { lesson, steps } };
}
