/**
 * The English strings of the Present button, in the chunks of the lesson and sandbox routes; the presenter
 * layer's own strings load with it (presenterLayer.ts). Same rules as en.ts.
 */
import { addEnglish } from './english';

export const presenterEn = {
  'presenter.open': 'Present',
  'presenter.openTitle': 'Presenter mode: large type, the graph filling the screen, clicker keys',
} as const satisfies Record<string, string>;

addEnglish(presenterEn);
