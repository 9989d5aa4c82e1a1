/**
 * The English strings of presenter mode's layer (the presenter bar, the keys' help, the teacher notes, the
 * students' link), in the presenter layer's chunk: no page loads them before presenter mode starts. Same rules as
 * en.ts.
 */
import { addEnglish } from './english';

export const presenterLayerEn = {
  'presenter.bar': 'Presenter controls',
  'presenter.exit': 'Leave presenter mode',
  'presenter.forward': 'Forward',
  'presenter.back': 'Back',
  'presenter.reset': 'Reset the step',
  'presenter.fullscreen': 'Full screen',
  'presenter.help': 'Keys',
  'presenter.notes': 'Teacher notes',
  'presenter.notes.hide': 'Hide the teacher notes',
  'presenter.notes.none': 'This lesson has no teacher notes.',
  'presenter.share': 'Students’ link',
  'presenter.share.title': 'Open this on your device',
  'presenter.share.lesson':
    'Scan the code or type the link: it opens this lesson at this step. A student’s own progress in the lesson is kept.',
  'presenter.share.sandbox':
    'Scan the code or type the link: it opens this network as it is now. A student’s own work is kept under Recent work before it opens.',
  'presenter.share.copy': 'Copy the link',
  'presenter.share.copied': 'Link copied.',
  'presenter.share.copyFailed': 'The browser did not allow copying: select the link and copy it.',
  'presenter.share.link': 'Link for students',
  'presenter.share.qr': 'QR code of the link for students',
  'presenter.share.tooLong':
    'This link is too long for a QR code ({length} characters; a QR code holds {limit}). Share the link itself, or open a prepared scenario, whose link is short.',
  'presenter.share.making': 'Making the link…',
  'presenter.where.lesson': '{title} · step {step} of {steps}',
  'presenter.where.cascade': 'Cascade step {beat} of {beats}',
  'presenter.move.answerFirst': 'The class predicts first: choose the class’s answer, then step on.',
  'presenter.move.atEnd': 'This is the end: nothing further to step through.',
  'presenter.move.atStart': 'This is the start: nothing before it.',
  'presenter.blank': 'The screen is blank. Press B to show it again.',
  'presenter.help.title': 'Presenter keys',
  'presenter.help.close': 'Close',
  'presenter.help.intro': 'A presentation clicker sends these keys too.',
  'presenter.key.forward': 'Step forward: the next cascade step, then the next event or lesson step',
  'presenter.key.back': 'Step back',
  'presenter.key.blank': 'Blank the screen, and show it again',
  'presenter.key.fullscreen': 'Full screen on or off',
  'presenter.key.reset': 'Reset the step (or replay the cascade from its first step)',
  'presenter.key.notes': 'Show or hide the teacher notes (in a lesson)',
  'presenter.key.help': 'Show or hide this list',
  'presenter.key.exit': 'Close this list, show a blanked screen, or leave presenter mode',
} as const satisfies Record<string, string>;

addEnglish(presenterLayerEn);
