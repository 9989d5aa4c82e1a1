/**
 * Engine messages: every sentence the engine shows a learner (trace narration, fault titles, refusals) is a key of
 * the catalogue (./en.ts) with plain, serialisable parameters (names as strings, amounts as bigint gwei, counts as
 * numbers), so the UI can render the same step in another language. `say` builds the message; `render` turns it
 * into text with a catalogue (English by default, which is what `TraceStep.text` and `RefusedEvent.message` hold).
 * The English templates are loaded apart (./english.ts), so this module, which every model imports, stays small.
 */
import { registerRenderer } from '../errors';
import { isMessage, renderWith } from './render';
import { renderEnglish } from './english';
import type {
  EngineCatalogue,
  EngineMessage,
  EngineMessageKey,
  MessageParams,
  RawParams,
  TypedMessage,
} from './message';

export type { EngineCatalogue, EngineMessage, EngineMessageKey, MessageParams, TypedMessage };

type ParamArgs<K extends EngineMessageKey> = keyof RawParams<K> extends never ? [] : [params: MessageParams<K>];

/** The message `key` with its parameters, type-checked against the English template. */
export function say<K extends EngineMessageKey>(key: K, ...args: ParamArgs<K>): TypedMessage<K> {
  return { key, params: (args[0] ?? {}) as MessageParams<K> };
}

export { isMessage };

/**
 * The message as text in a catalogue (English unless another is given; '' while the English templates are not
 * loaded, see ./english.ts); nested messages are rendered first.
 */
export function render(message: EngineMessage, catalogue?: EngineCatalogue): string {
  return catalogue ? renderWith(message, catalogue) : renderEnglish(message);
}

registerRenderer((message) => render(message));
