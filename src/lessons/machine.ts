/**
 * The lesson runner: one xstate machine per lesson, steps as states, each step's goal as the named guard
 * `goalMet` (with the step as its parameter) evaluated on the world and trace the app sends with ACTED. Inside a step:
 *
 *   predict --ANSWER--> act --ACTED (goal met)--> reveal --NEXT--> next step ... challenge --NEXT--> sandbox
 *
 * (a step without a question starts in `act`; one without a goal goes from ANSWER, or at once, to `reveal`).
 * BACK returns to the previous step; RESET_STEP restarts the step (tries and hints forgotten, the answer kept);
 * RETRY clears a failure's feedback; HINT shows the next hint, once a try has failed; SHOW_ME hands the app
 * the step's show-me events (context.showMe), which it plays from the step's start state and reports as ACTED.
 * The machine holds no world: the app owns the engine state and passes observations in.
 */
import { assign, setup } from 'xstate';
import type { SimEvent } from '../engine/events';
import type { TraceStep } from '../engine/trace';
import type { World } from '../engine/world';
import { actedFeedback, evaluateGoal, type Feedback } from './feedback';
import type { PreparedLesson } from './prepare';
import { PROGRESS_VERSION, type Progress } from './progress';

export type LessonEvent =
  | { type: 'ACTED'; world: World; trace: readonly TraceStep[]; events: readonly SimEvent[] }
  | { type: 'ANSWER'; choice: string }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'RETRY' }
  | { type: 'RESET_STEP' }
  | { type: 'SHOW_ME' }
  | { type: 'HINT' }
  /** From the completion screen: back to the first step, to read the lesson again (it stays finished). */
  | { type: 'REVIEW' };

export interface LessonContext {
  lesson: string;
  stepIndex: number;
  stepIds: string[];
  completed: string[];
  answers: Record<string, string>;
  /** Failed tries in the current step. */
  tries: number;
  hintsShown: number;
  feedback: Feedback | null;
  /** Set by SHOW_ME: the events the app should play from the step's start state. */
  showMe: SimEvent[] | null;
  /** Steps where the learner used "show me". */
  shownMe: string[];
  /** The learner reached the end once: kept while they review its steps, so a reload reopens the end. */
  finished: boolean;
  /** Set once, from the input: resume on the completion screen. */
  reopenAtEnd: boolean;
}

export interface LessonInput {
  progress?: Progress;
  /** A step asked for by the address: it wins over the saved place, even in a finished lesson. */
  step?: number;
}

export const stepState = (id: string): string => `step:${id}`;

export function createLessonMachine(prepared: PreparedLesson) {
  const steps = prepared.steps.map((p) => p.step);
  const ids = steps.map((s) => s.id);

  return setup({
    types: {
      context: {} as LessonContext,
      events: {} as LessonEvent,
      input: {} as LessonInput,
    },
    guards: {
      /** The step's goal: every check holds on the world and trace the app reports. */
      goalMet: ({ event }, params: { step: number }) =>
        event.type === 'ACTED' &&
        evaluateGoal(steps[params.step], { world: event.world, trace: event.trace, events: event.events }).every(
          (r) => r.pass,
        ),
      resumeAt: ({ context }, params: { step: number }) => context.stepIndex === params.step,
      resumeFinished: ({ context }) => context.reopenAtEnd,
      needsAnswer: ({ context }) =>
        steps[context.stepIndex].predict !== null && context.answers[ids[context.stepIndex]] === undefined,
      hasGoal: ({ context }) => steps[context.stepIndex].goal.length > 0,
      validChoice: ({ context, event }) =>
        event.type === 'ANSWER' && (steps[context.stepIndex].predict?.choices.some((c) => c.id === event.choice) ?? false),
      hintAvailable: ({ context }) => context.tries > 0 && context.hintsShown < steps[context.stepIndex].hints.length,
    },
    actions: {
      recordAnswer: assign(({ context, event }) => {
        if (event.type !== 'ANSWER') return {};
        const id = ids[context.stepIndex];
        const answer = prepared.steps[context.stepIndex].answer;
        const correct = answer && answer.ok ? answer.choice : '';
        const right = event.choice === correct;
        return {
          answers: { ...context.answers, [id]: event.choice },
          feedback: {
            kind: 'answer' as const,
            choice: event.choice,
            correct,
            right,
            values: answer && answer.ok ? answer.values : {},
            message: { key: right ? 'lesson.predict.right' : 'lesson.predict.wrong', params: { choice: event.choice, correct } },
          },
        };
      }),
      judge: assign(({ context, event }) => {
        if (event.type !== 'ACTED') return {};
        const feedback = actedFeedback(steps[context.stepIndex], event);
        return { feedback, tries: feedback.pass ? context.tries : context.tries + 1, showMe: null };
      }),
      complete: assign(({ context }) => {
        const id = ids[context.stepIndex];
        return { completed: context.completed.includes(id) ? context.completed : [...context.completed, id] };
      }),
      uncomplete: assign(({ context }) => ({
        completed: context.completed.filter((c) => c !== ids[context.stepIndex]),
      })),
      showHint: assign(({ context }) => ({ hintsShown: context.hintsShown + 1 })),
      retry: assign({ feedback: null, showMe: null }),
      showMe: assign(({ context }) => {
        const id = ids[context.stepIndex];
        return {
          showMe: prepared.steps[context.stepIndex].step.showMe[0]?.events ?? null,
          shownMe: context.shownMe.includes(id) ? context.shownMe : [...context.shownMe, id],
        };
      }),
    },
  }).createMachine({
    id: 'lesson',
    context: ({ input }) => ({
      lesson: prepared.lesson.meta.id,
      stepIndex: input?.step ?? input?.progress?.step ?? 0,
      stepIds: ids,
      completed: input?.progress?.completed ?? [],
      answers: input?.progress?.answers ?? {},
      tries: 0,
      hintsShown: 0,
      feedback: null,
      showMe: null,
      shownMe: [],
      finished: input?.progress?.finished ?? false,
      // A finished lesson reopens on its completion screen, unless the address names a step to review.
      reopenAtEnd: (input?.progress?.finished ?? false) && input?.step === undefined,
    }),
    initial: 'resume',
    states: {
      resume: {
        always: [
          { target: 'sandbox', guard: 'resumeFinished' },...ids.map((id, i) => ({ target: stepState(id), guard: { type: 'resumeAt' as const, params: { step: i } } })), { target: stepState(ids[0]) }],
      },
      ...Object.fromEntries(
        steps.map((step, i) => [
          stepState(step.id),
          {
            initial: 'enter',
            entry: assign({ stepIndex: i, tries: 0, hintsShown: 0, feedback: null, showMe: null }),
            on: {
              ...(i > 0 ? { BACK: { target: stepState(ids[i - 1]) } } : {}),
              RESET_STEP: { target: stepState(step.id), reenter: true, actions: 'uncomplete' },
            },
            states: {
              enter: {
                always: [
                  { target: 'predict', guard: 'needsAnswer' },
                  { target: 'act', guard: 'hasGoal' },
                  { target: 'reveal' },
                ],
              },
              predict: {
                on: {
                  ANSWER: { guard: 'validChoice', target: step.goal.length ? 'act' : 'reveal', actions: 'recordAnswer' },
                },
              },
              act: {
                on: {
                  ACTED: [
                    { guard: { type: 'goalMet' as const, params: { step: i } }, target: 'reveal', actions: 'judge' },
                    { actions: 'judge' },
                  ],
                  HINT: { guard: 'hintAvailable', actions: 'showHint' },
                  RETRY: { actions: 'retry' },
                  SHOW_ME: { actions: 'showMe' },
                },
              },
              reveal: {
                entry: 'complete',
                on: { NEXT: { target: i + 1 < ids.length ? `#lesson.${stepState(ids[i + 1])}` : '#lesson.sandbox' } },
              },
            },
          },
        ]),
      ),
      // The completion screen: the free sandbox from the lesson's final state, or its steps again.
      sandbox: {
        entry: assign({ finished: true, feedback: null, showMe: null }),
        on: { REVIEW: { target: stepState(ids[0]) } },
      },
    },
  });
}

export type LessonMachine = ReturnType<typeof createLessonMachine>;

/** The learner's progress as a plain, versioned object (saved by the app; parsed back by parseProgress). */
export function toProgress(context: LessonContext, finished = context.finished): Progress {
  return {
    version: PROGRESS_VERSION,
    lesson: context.lesson,
    step: context.stepIndex,
    completed: [...context.completed],
    answers: { ...context.answers },
    finished,
  };
}
