/**
 * What one click forward or back does in presenter mode, decided from plain state so it can be tested without a
 * page. A cascade being shown beat by beat is stepped first (one beat a click, as the cascade player's Step and
 * Back buttons do); then, in the sandbox, the scenario's story (its next event, or the previous one); in a
 * lesson, the lesson itself: "show me" where the step wants an action, the next step once the reveal is shown.
 * A prediction is never answered for the class: the teacher picks the class's answer on screen.
 */

/** The cascade player as the presenter reads it (CascadePlayer has these). */
export interface CascadeView {
  /** 1-based beat shown, of `beats`. */
  beat: number;
  beats: number;
  /** Every step shown. */
  done: boolean;
  /** The steps are being shown beat by beat (false when a trace was shown at once). */
  live: boolean;
}

export type Move =
  | 'cascadeNext'
  | 'cascadeBack'
  | 'storyNext'
  | 'storyBack'
  | 'showMe'
  | 'lessonNext'
  | 'lessonBack'
  /** A prediction is open: the class answers first. */
  | 'answerFirst'
  /** Nothing further (the end of the story or lesson). */
  | 'atEnd'
  /** Nothing before (the start). */
  | 'atStart';

const cascadeHasNext = (c: CascadeView) => c.live && !c.done && c.beats > 1;
const cascadeHasBack = (c: CascadeView) => c.live && c.beats > 1 && c.beat > 1;

export function sandboxForward(c: CascadeView, canRedo: boolean): Move {
  if (cascadeHasNext(c)) return 'cascadeNext';
  return canRedo ? 'storyNext' : 'atEnd';
}

export function sandboxBack(c: CascadeView, canUndo: boolean): Move {
  if (cascadeHasBack(c)) return 'cascadeBack';
  return canUndo ? 'storyBack' : 'atStart';
}

export type LessonPhase = 'predict' | 'act' | 'reveal' | 'sandbox';

export function lessonForward(c: CascadeView, phase: LessonPhase): Move {
  if (cascadeHasNext(c)) return 'cascadeNext';
  switch (phase) {
    case 'predict':
      return 'answerFirst';
    case 'act':
      return 'showMe';
    case 'reveal':
      return 'lessonNext';
    case 'sandbox':
      return 'atEnd';
  }
}

export function lessonBack(c: CascadeView, stepIndex: number, phase: LessonPhase): Move {
  if (cascadeHasBack(c)) return 'cascadeBack';
  // At the lesson's end the machine is final: there is no step to go back to.
  return stepIndex > 0 && phase !== 'sandbox' ? 'lessonBack' : 'atStart';
}
