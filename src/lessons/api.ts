/**
 * What the app may use of the lesson runner (browser-safe: reading files from disk is node.ts's, for the CLI).
 * The format is docs/lesson-format.md.
 */
export { loadLesson, loadLessons, type BrokenLesson, type LessonSource, type LoadedLessons } from './load';
export { prepareLesson, play, type PreparedLesson, type PreparedStep, type ScenarioSource } from './prepare';
export { createLessonMachine, stepState, toProgress, type LessonContext, type LessonEvent } from './machine';
export { parseProgress, PROGRESS_VERSION, type Progress } from './progress';
export { fillBlocks, type Filled } from './text';
export { toHtml, toText, type Block, type Inline } from './markdown';
export { summarizeAction, actedFeedback, type Feedback, type ActionSummary, type CheckFeedback } from './feedback';
export { formatIssue, type Lesson, type LessonIssue, type LessonMeta, type Step } from './lesson';
export type { Observation } from './observation';
export type { Message } from './check';
