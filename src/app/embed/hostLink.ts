/**
 * The embed's side of the postMessage protocol (./protocol.ts): it tells the host page that the widget is ready,
 * its height as it changes, or why it cannot start; and it hears the host's play and pause, and nothing else.
 * The size is the body's border-box height in CSS px, measured by a ResizeObserver and sent only when it changes.
 */
import { SOURCE, channelFor, readHostMessage, type HostMessage, type OutgoingMessage } from './protocol';
import type { WidgetKind } from './params';

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class HostLink {
  readonly #window: Window;
  readonly #channel;
  #height = -1;
  #observer: ResizeObserver | null = null;
  #listeners: ((m: HostMessage) => void)[] = [];
  readonly #onMessage = (event: MessageEvent) => {
    if (!this.#channel.accepts(event, this.#window.parent)) return;
    const message = readHostMessage(event.data);
    if (message) for (const l of this.#listeners) l(message);
  };

  constructor(win: Window, origin: string | null) {
    this.#window = win;
    this.#channel = channelFor(origin);
  }

  /** True when the widget is in a frame: alone in a tab, there is nobody to tell. */
  get framed(): boolean {
    return this.#window.parent !== this.#window;
  }

  post(message: Without<OutgoingMessage, 'source'>): void {
    if (!this.framed) return;
    this.#window.parent.postMessage({ source: SOURCE, ...message }, this.#channel.targetOrigin);
  }

  height(): number {
    return Math.ceil(this.#window.document.body.getBoundingClientRect().height);
  }

  /** Starts listening to the host and reporting the body's height. */
  start(): void {
    this.#window.addEventListener('message', this.#onMessage);
    this.#observer = new ResizeObserver(() => {
      const h = this.height();
      if (h === this.#height) return;
      this.#height = h;
      this.post({ type: 'resize', height: h });
    });
    this.#observer.observe(this.#window.document.body);
  }

  ready(widget: WidgetKind): void {
    this.#height = this.height();
    this.post({ type: 'ready', widget, height: this.#height });
  }

  error(problems: string[]): void {
    this.post({ type: 'error', problems });
  }

  /** Calls `listener` with each play or pause the host sends; returns the unsubscribe. */
  onCommand(listener: (m: HostMessage) => void): () => void {
    this.#listeners.push(listener);
    return () => (this.#listeners = this.#listeners.filter((l) => l !== listener));
  }

  stop(): void {
    this.#window.removeEventListener('message', this.#onMessage);
    this.#observer?.disconnect();
  }
}
