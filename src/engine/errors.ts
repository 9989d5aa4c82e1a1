import { render, type EngineMessage } from './messages/say';

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
    super(typeof reason === 'string' ? reason : render(reason));
    if (typeof reason !== 'string') this.reason = reason;
  }
}
