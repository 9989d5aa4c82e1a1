/**
 * What the service worker has told this page, for the shell's small notice: the lab is now cached for offline use,
 * or a new version is waiting. A new version is never applied on its own: it waits until every tab of the lab is
 * closed, or until the learner asks for it ("Reload now"), so a lesson in progress is never cut short.
 *
 * A plain state class rather than an xstate machine: it loads with every page (the app shell), and its four states
 * have no guards or delays to model.
 */

/**
 * `offlineReady`: the first visit's files are all cached; `updateWaiting`: a new version is installed and waits;
 * `updating`: the learner asked for it and the page reloads as soon as the new version has taken over.
 */
export type UpdateStatus = 'idle' | 'offlineReady' | 'updateWaiting' | 'updating';

export class AppUpdate {
  #status = $state<UpdateStatus>('idle');
  #dismissed = $state(false);
  #apply: (() => Promise<void> | void) | null = null;

  get status(): UpdateStatus {
    return this.#status;
  }

  /** Whether the notice is shown: something to say, and the learner has not put it away. */
  get shown(): boolean {
    return this.#status !== 'idle' && !this.#dismissed;
  }

  /** The worker cached every file: the lab now opens without a network. Said once, never over an update. */
  offlineReady(): void {
    if (this.#status !== 'idle') return;
    this.#status = 'offlineReady';
    this.#dismissed = false;
  }

  /** A new version waits; `apply` hands over to it (the page reloads once it has taken over). */
  updateWaiting(apply: () => Promise<void> | void): void {
    this.#apply = apply;
    if (this.#status === 'updating') return;
    this.#status = 'updateWaiting';
    this.#dismissed = false;
  }

  /** "Reload now": the learner's own choice, the only way this page switches to the new version. */
  async reloadNow(): Promise<void> {
    if (this.#status !== 'updateWaiting' || !this.#apply) return;
    this.#status = 'updating';
    try {
      await this.#apply();
    } catch {
      // the worker could not be reached: the notice stays, so the learner can try again
      this.#status = 'updateWaiting';
    }
  }

  /** "Later" or "Dismiss": the notice goes; a waiting version is offered again next time the lab opens. */
  dismiss(): void {
    this.#dismissed = true;
  }
}

/** The page's one instance, set up by main.ts and shown by the shell. */
export const appUpdate = new AppUpdate();
