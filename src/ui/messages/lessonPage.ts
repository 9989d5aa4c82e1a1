/**
 * The English strings of the lesson page (#/lesson/...), in its chunk: no other route loads them. Same rules as
 * en.ts; the lesson runner's feedback keys (lesson.goal.*, lesson.check.*, ...) are in en.ts with the app.
 */
import { addEnglish } from './english';

export const lessonPageEn = {
  'lesson.loading': 'Loading the lesson…',
  'lesson.notFound': 'There is no lesson “{id}”.',
  'lesson.unavailable': 'This lesson cannot be opened: {reason}',
  'lesson.backToList': 'All lessons',
  'lesson.stepOf': 'Step {n} of {total}',
  'lesson.challenge': 'Challenge',
  'lesson.steps': 'Steps of this lesson',
  'lesson.predict.title': 'Predict first',
  'lesson.predict.answer': 'Answer',
  'lesson.predict.yours': 'You answered “{choice}”; the engine’s outcome is “{correct}”.',
  'lesson.goal.title': 'Your goal',
  'lesson.goal.doIt': 'Do it in the network below: drag stake from a holder, or select a card and use its actions.',
  'lesson.reveal.title': 'What the engine shows',
  'lesson.hint': 'Show a hint',
  'lesson.hintN': 'Hint {n}',
  'lesson.showMe': 'Show me',
  'lesson.showMe.done': 'The step was played for you; undo it and try yourself whenever you like.',
  'lesson.undo': 'Undo my last action',
  'lesson.retry': 'Try again',
  'lesson.reset': 'Reset the step',
  'lesson.back': 'Previous step',
  'lesson.next': 'Next step',
  'lesson.finish': 'Finish the lesson',
  'lesson.done.title': 'Lesson complete',
  'lesson.done.body': 'You finished “{title}”. The network is as you left it: keep exploring it freely.',
  'lesson.continueSandbox': 'Continue in the sandbox',
  'lesson.restart': 'Start the lesson again',
  'lesson.progress.corrupt':
    'Your saved progress in this lesson could not be read ({error}); it was kept aside under “{key}” and the lesson starts afresh.',
  'lesson.progress.corruptKept':
    'Your saved progress in this lesson could not be read ({error}); it was left untouched and this session is not saved.',
  'lesson.progress.saveFailed': 'Your progress could not be saved: {reason}.',
  'lesson.network': 'The lesson’s network',
  'lesson.inspector': 'Details of the selected card',
  'lesson.listLoading': 'Loading the lessons…',
  // --- lessonqa ---
  'lesson.time': 'Time',
  // --- end lessonqa ---
  // --- lessonfix: the completion screen (a finished lesson reopens on it) ---
  'lesson.done.review': 'Review the steps',
  'lesson.done.next': 'Next lesson: “{title}”',
  'lesson.done.pathEnd': 'That was the last lesson of the path: see them all',
  // --- end lessonfix ---
  // --- export: the printed handout (issue 15) ---
  'handout.print': 'Print handout',
  'handout.step': 'Step {n}: {title}',
  'handout.answers': 'Answers to the predict questions',
  'handout.network': 'The lesson’s network, as it was when this handout was printed',
  // --- end export ---
} as const satisfies Record<string, string>;

addEnglish(lessonPageEn);
