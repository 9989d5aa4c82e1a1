import type { EngineMessage } from './messages/message';

/**
 * Renders a refusal's message in English. messages/say.ts registers it when loaded (any code that builds a message
 * has loaded it), so this file, which everything imports, does not pull the whole catalogue into every bundle.
 * The text is '' until the English templates are loaded (messages/english.ts).
 */
let renderEnglish: (message: EngineMessage) => string = (message) => message.key;
export function registerRenderer(render: (message: EngineMessage) => string): void {
  renderEnglish = render;
}

/** A rule of the engine was broken (an invariant, or an event the protocol would refuse). */
export class EngineError extends Error {
  override name = 'EngineError';
}

/**
 * An event the protocol refuses (not enough balance, a validator that cannot exit yet, ...). The message is
 * written for the learner: what is wrong and what to do instead.
 */
export class RefusedEvent extends EngineError {
  override name = 'RefusedEvent';
  /** The refusal as a catalogue message (the UI renders it in the active language; `message` is the English). */
  readonly reason?: EngineMessage;

  constructor(reason: string | EngineMessage) {
    super(typeof reason === 'string' ? reason : undefined);
    if (typeof reason === 'string') return;
    this.reason = reason;
    // rendered when read, so a refusal made before the English templates are loaded still reads in English later
    Object.defineProperty(this, 'message', {
      configurable: true,
      enumerable: false,
      get: () => renderEnglish(reason),
      set: (text: string) =>
        Object.defineProperty(this, 'message', { value: text, configurable: true, writable: true }),
    });
  }
}
