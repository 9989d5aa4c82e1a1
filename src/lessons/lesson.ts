/** A lesson as parsed from lessons/<file>.md: plain data, every part carrying its line for error messages. */
import type { SimEvent } from '../engine/events';
import type { Check } from './check';
import type { Block } from './markdown';
import type { Path } from './path';

export const LEVELS = ['intro', 'beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

/** A scenario: a file in public/scenarios/ or the JSON itself (inline). */
export type ScenarioRef = { file: string; line: number } | { inline: unknown; line: number };

export interface LessonMeta {
  id: string;
  title: string;
  summary: string;
  level: Level;
  minutes: number;
  prerequisites: string[];
  /** The lesson's starting world. */
  scenario: ScenarioRef;
  teacherNotes: string;
}

/**
 * A step's start state. Without one, a step continues from the state the previous step ended in; with one, it
 * starts from a scenario (the lesson's when none is named) or, with `from: previous`, from that state, and
 * applies `events` on top.
 */
export interface StartSpec {
  line: number;
  scenario: ScenarioRef | null;
  fromPrevious: boolean;
  events: SimEvent[];
  /** `events` as written (JSON input form), for the app's session log. */
  input: unknown[];
}

/** How the engine picks the right choice of a predict question, from the step's outcome. */
export type AnswerRule =
  /** the choice whose value is largest (ties are an error in lessons:check) */
  | { kind: 'largest'; values: Record<string, { path: Path; pathText: string }> }
  /** the choice whose range [low, high) holds the value; null is unbounded */
  | {
      kind: 'bucket';
      path: Path;
      pathText: string;
      ranges: Record<string, [{ num: bigint; den: bigint } | null, { num: bigint; den: bigint } | null]>;
    }
  /** the one choice whose check holds */
  | { kind: 'holds'; checks: Record<string, Check> };

export interface Predict {
  line: number;
  question: Block[];
  choices: { id: string; label: Block[] }[];
  answer: AnswerRule;
}

export interface ShowMe {
  line: number;
  events: SimEvent[];
  /** `events` as written (JSON input form), for the app's session log. */
  input: unknown[];
}

export interface Step {
  /** Unique within the lesson, from the title: "put-stake-at-risk". */
  id: string;
  title: string;
  line: number;
  /** The lesson's last step: a goal with several solutions (at least two show-me blocks), then the sandbox. */
  challenge: boolean;
  narration: Block[];
  start: StartSpec | null;
  /** All must hold; empty when the step has no hands-on goal. */
  goal: Check[];
  predict: Predict | null;
  hints: Block[][];
  /** Engine events that perform the step; the first is what SHOW_ME plays, every one must meet the goal. */
  showMe: ShowMe[];
  /** Shown once the goal is met or the prediction answered; its placeholders read the step's outcome. */
  reveal: Block[];
}

export interface Lesson {
  /** Path relative to the repository, e.g. "lessons/02-solo-staking.md". */
  file: string;
  meta: LessonMeta;
  steps: Step[];
}

/** One problem, located: printed as `<file>:<line>: <message>`. */
export interface LessonIssue {
  file: string;
  line: number;
  message: string;
}

export const formatIssue = (i: LessonIssue): string => `${i.file}:${i.line}: ${i.message}`;
