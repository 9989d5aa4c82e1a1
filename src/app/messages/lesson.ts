/**
 * The lesson runner's feedback (src/lessons/feedback.ts, check.ts, machine.ts), a part of the catalogue (see
 * ./en.ts): loaded with the lesson page.
 */
export const lessonEn = {
  // --- lessonui: the lesson runner's feedback (src/lessons/feedback.ts, check.ts, machine.ts) ---
  'lesson.predict.right': 'Right: the engine’s outcome is your answer.',
  'lesson.predict.wrong': 'Not this time: the engine’s outcome is a different answer. Here is why.',
  'lesson.action.none': 'You have not changed anything in this step yet.',
  'lesson.action.did': 'What your actions did ({count} in this step):',
  'lesson.goal.met': 'Goal met: “{step}” is done.',
  'lesson.goal.notMet': 'Not yet: {failed} of {total} goal conditions do not hold.',
  'lesson.check.unresolved': '{check} cannot be read here: {reason}',
  'lesson.check.mismatch': '{check}: {reason}',
  'lesson.check.event.pass': 'Done: {eventType} happened ({count}×).',
  'lesson.check.event.fail': 'Missing: no {eventType} yet in this step.',
  'lesson.check.happened.pass': 'Done: the engine recorded {kind} ({count}×).',
  'lesson.check.happened.fail': 'Missing: the engine has not recorded {kind} in this step.',
  'lesson.check.compare.pass': 'Holds: {path} is {actual} (wanted {op} {wanted}).',
  'lesson.check.compare.fail': 'Does not hold: {path} is {actual}, but the goal wants {op} {wanted}.',
} as const satisfies Record<string, string>;
