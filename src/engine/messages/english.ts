/**
 * The English catalogue, once loaded. The templates (./en.ts, about 14 KB gzip) are not imported by the code that
 * builds messages, so a browser page can show its first view before it has them: ./loadEnglish.ts installs them
 * here (the CLI, the tests and the workers import it at start; the app loads it beside the sandbox). Until then a
 * step's `text` is empty and `englishReady()` is false, so the UI waits before it announces a sentence.
 */
import type { EngineCatalogue, EngineMessage } from './message';
import { renderWith } from './render';

let english: EngineCatalogue | undefined;

/** Called by ./loadEnglish.ts when it is loaded. */
export function installEnglish(catalogue: EngineCatalogue): void {
  english = catalogue;
}

export function englishReady(): boolean {
  return english !== undefined;
}

/** The installed English catalogue (undefined before ./loadEnglish.ts is loaded). */
export function englishCatalogue(): EngineCatalogue | undefined {
  return english;
}

/** The message in English; '' before the templates are loaded (never a half sentence or a bare key). */
export function renderEnglish(message: EngineMessage): string {
  return english ? renderWith(message, english) : '';
}
