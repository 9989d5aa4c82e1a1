/**
 * What an engine message is: a key of the English catalogue (./en.ts) and plain, serialisable parameters, typed
 * against the template. Types only, and kept apart from say.ts, so errors.ts and render.ts can name a message
 * without loading (or, through the templates' formatting helpers, circling back to) the code that builds one.
 */
import type { engineEn } from './en';

export type EngineCatalogue = typeof engineEn;
export type EngineMessageKey = keyof EngineCatalogue;

/** A message as stored in a trace step or a refusal: a key and plain data (bigints stay bigints, as in snapshot.ts). */
export interface EngineMessage {
  readonly key: EngineMessageKey;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A parameter that is itself text may be given as a message (a fragment such as "no debt"), rendered first. */
type Nestable<T> = T extends string
  ? T | EngineMessage
  : T extends readonly string[]
    ? readonly (string | EngineMessage)[]
    : T;
export type RawParams<K extends EngineMessageKey> =
  Parameters<EngineCatalogue[K]> extends [infer P, ...unknown[]] ? P : Record<never, never>;
export type MessageParams<K extends EngineMessageKey> = { [P in keyof RawParams<K>]: Nestable<RawParams<K>[P]> };

export interface TypedMessage<K extends EngineMessageKey> extends EngineMessage {
  readonly key: K;
  readonly params: MessageParams<K>;
}
