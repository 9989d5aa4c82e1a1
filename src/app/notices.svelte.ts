/**
 * What the sandbox tells the learner: one notice at a time (a toast: loaded, refused, link copied) and the latest
 * sentence for the assertive live region (drag and drop, refusals). Both are messages: the UI words them.
 */
import { createContext } from 'svelte';
import type { Message } from './messages/message';

export type NoticeKind = 'error' | 'info' | 'ok' | 'warn';
export interface Notice {
  kind: NoticeKind;
  text: Message;
  /** One thing the learner can do about it ("Bring it back", "Download it"). */
  action?: NoticeAction;
}
export interface NoticeAction {
  label: Message;
  run: () => void;
}

export class Notices {
  #notice = $state.raw<Notice | null>(null);
  #announcement = $state.raw<Message | null>(null);

  get notice(): Notice | null {
    return this.#notice;
  }
  /** The latest sentence for the assertive live region. */
  get announcement(): Message | null {
    return this.#announcement;
  }

  /** Shows a notice; `announce` also says it in the live region (errors the learner caused). */
  show(kind: NoticeKind, text: Message, announce = false, action?: NoticeAction): void {
    this.#notice = action ? { kind, text, action } : { kind, text };
    if (announce) this.#announcement = text;
  }

  announce(text: Message): void {
    this.#announcement = text;
  }

  /** Takes the notice away; given one, only if it is still the notice shown (a timer must not close a newer one). */
  dismiss(shown?: Notice): void {
    if (!shown || this.#notice === shown) this.#notice = null;
  }
}

export const [getNotices, setNotices] = createContext<Notices>();
