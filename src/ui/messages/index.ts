/**
 * The one way the UI turns a message key into text: `t('sandbox.refused', { reason })`. Placeholders are named
 * (`{reason}`), never concatenated, so a translation can reorder them. English is the only catalogue today;
 * another language is a locale: the UI strings (same keys as en.ts) and the engine section (same keys and
 * parameters as src/engine/messages/en.ts), made active with `setLocale`. Engine sentences (trace steps,
 * refusals, fault titles) arrive as messages {key, params} and are rendered here by `tStep`, `tRefusal`, `tFault`.
 */
import { en, type MessageKey as AppMessageKey } from '../../app/messages/en';
import { fillTemplate } from '../../app/messages/fillTemplate';
import type { pagesEn } from './pages';
import type { lessonPageEn } from './lessonPage';
import type { presenterEn } from './presenter';
import type { presenterLayerEn } from './presenterLayer';
import type { embedEn } from './embed';
import type { embedDialogEn } from './embedDialog';
import type { embedButtonEn } from './embedButton';
import { addEnglish, englishStrings } from './english';
import { renderWith } from '../../engine/messages/render';
import { englishCatalogue } from '../../engine/messages/english';
import type { EngineCatalogue, EngineMessage } from '../../engine/messages/say';

export type { EngineCatalogue, EngineMessage };
/** Every UI key: the catalogue's (src/app/messages/en.ts) and the pages' (pages.ts, loaded with their routes). */
export type MessageKey =
  | AppMessageKey
  | keyof typeof pagesEn
  | keyof typeof lessonPageEn
  | keyof typeof presenterEn
  | keyof typeof presenterLayerEn
  | keyof typeof embedEn
  | keyof typeof embedDialogEn
  | keyof typeof embedButtonEn;
export type MessageParams = Record<string, string | number>;

/**
 * A language: the UI's strings and the engine's templates. English needs no engine section here: every step,
 * refusal and fault already carries its English rendering (`text`, `message`, `title`), which is what the CLI
 * prints; a translation brings its own templates (typed `EngineCatalogue`, e.g. `{ ...engine, ...overrides }`).
 */
export interface Locale {
  ui: Record<MessageKey, string>;
  engine?: EngineCatalogue;
}

addEnglish(en);
/** English: en.ts now, each page's strings (pages.ts) as its route loads them (english.ts). */
export const english: Locale = { ui: englishStrings as Record<MessageKey, string> };
let active: Locale = english;

/** Makes `locale` the catalogue every t/tStep/tRefusal/tFault call reads from. */
export function setLocale(locale: Locale): void {
  active = locale;
}

export function t(key: MessageKey, params?: MessageParams): string {
  // "{operator}'s" with a name ending in s reads "eLayerNodes'", never "eLayerNodes's"
  return fillTemplate(active.ui[key] ?? key, params);
}

/** A message held by the app layer as a key with parameters (parameters may themselves be messages). */
export interface MessageRef {
  key: MessageKey;
  params?: Record<string, string | number | MessageRef>;
}

export function tm(m: MessageRef | null | undefined): string {
  if (!m) return '';
  const params: MessageParams = {};
  for (const [k, v] of Object.entries(m.params ?? {})) params[k] = typeof v === 'object' ? tm(v) : v;
  return t(m.key, params);
}

/** An engine message in the active language; `fallback` (the engine's English) if the message is missing or unknown. */
export function tEngine(message: EngineMessage | undefined, fallback: string): string {
  // English is the engine's own `text` (rendered once, then kept); from the message only where that is still empty
  // (a copy taken before the templates loaded)
  if (!active.engine && fallback) return fallback;
  const catalogue = active.engine ?? englishCatalogue();
  if (!catalogue || !message || !(message.key in catalogue)) return fallback;
  try {
    return renderWith(message, catalogue);
  } catch {
    return fallback;
  }
}

/** A trace step's sentence in the active language (falls back to its English `text`). */
export function tStep(step: { text: string; message?: EngineMessage }): string {
  return tEngine(step.message, step.text);
}

/** Why an event was refused, in the active language (any other error: its message). Recognised by name and
 * `reason`, so this module does not load the engine's error classes. */
export function tRefusal(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const reason = (error as Error & { reason?: EngineMessage }).reason;
  return error.name === 'RefusedEvent' ? tEngine(reason, error.message) : error.message;
}

/** A fault's title and description in the active language (FaultInfo and FaultOffer carry them as messages). */
export function tFault(fault: {
  title: string;
  description: string;
  messages?: { title: EngineMessage; description: EngineMessage };
}): {
  title: string;
  description: string;
} {
  return {
    title: tEngine(fault.messages?.title, fault.title),
    description: tEngine(fault.messages?.description, fault.description),
  };
}
