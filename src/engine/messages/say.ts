/**
 * Engine messages: every sentence the engine shows a learner (trace narration, fault titles, refusals) is a key of
 * the catalogue (./en.ts) with plain, serialisable parameters (names as strings, amounts as bigint gwei, counts as
 * numbers), so the UI can render the same step in another language. `say` builds the message; `render` turns it
 * into text with a catalogue (English by default, which is what `TraceStep.text` and `RefusedEvent.message` hold).
 */
import { engineEn, type EngineCatalogue } from './en';
import { registerRenderer } from '../errors';
import { isMessage, renderWith } from './render';

export type { EngineCatalogue };
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
type RawParams<K extends EngineMessageKey> =
  Parameters<EngineCatalogue[K]> extends [infer P, ...unknown[]] ? P : Record<never, never>;
export type MessageParams<K extends EngineMessageKey> = { [P in keyof RawParams<K>]: Nestable<RawParams<K>[P]> };

export interface TypedMessage<K extends EngineMessageKey> extends EngineMessage {
  readonly key: K;
  readonly params: MessageParams<K>;
}

type ParamArgs<K extends EngineMessageKey> = keyof RawParams<K> extends never ? [] : [params: MessageParams<K>];

/** The message `key` with its parameters, type-checked against the English template. */
export function say<K extends EngineMessageKey>(key: K, ...args: ParamArgs<K>): TypedMessage<K> {
  return { key, params: (args[0] ?? {}) as MessageParams<K> };
}

export { isMessage };

/** The message as text in a catalogue (English unless another is given); nested messages are rendered first. */
export function render(message: EngineMessage, catalogue: EngineCatalogue = engineEn): string {
  return renderWith(message, catalogue);
}

registerRenderer((message) => render(message));
