/**
 * Importing this module makes the English templates (./en.ts) the ones `render`, `TraceStep.text`, refusals and
 * fault titles read (./english.ts). The CLI, the tests and the workers import it at start; the app loads it as a
 * chunk of its own beside the first view that shows a sentence.
 */
import { engineEn } from './en';
import { installEnglish } from './english';

installEnglish(engineEn);
