/**
 * The English UI strings as they load: en.ts with the app (index.ts adds it), each page's strings (pages.ts) with
 * its route's chunk. A leaf with plain string keys, so a page's strings can add themselves without importing
 * index.ts, whose MessageKey is made of theirs (the keys are checked there, where the catalogue is typed).
 */
export const englishStrings: Record<string, string> = {};

/** Adds strings that load with a chunk to the English catalogue. */
export function addEnglish(part: Readonly<Record<string, string>>): void {
  Object.assign(englishStrings, part);
}
