/**
 * The English UI strings as they load: en.ts with the app (src/ui/messages/index.ts adds it), each page's strings
 * (src/ui/messages/pages.ts) with its route's chunk, and the parts that only lazily loaded code names (./drop.ts,
 * ./draft.ts, ./modelSwitch.ts, ./menuBodies.ts) with that code, each adding itself. A leaf with plain string keys, below the UI, so
 * a part can add itself without importing src/ui/messages/index.ts, whose MessageKey is made of theirs (the keys
 * are checked there, where the catalogue is typed), and an app module can load its part with it.
 */
export const englishStrings: Record<string, string> = {};

/** Adds strings that load with a chunk to the English catalogue. */
export function addEnglish(part: Readonly<Record<string, string>>): void {
  Object.assign(englishStrings, part);
}
