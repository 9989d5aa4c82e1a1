/**
 * The load under way, as the page shows it: what is loading, how far the fold is, and a way to cancel it. At most
 * one load runs: starting another cancels the one before.
 */
import type { Message } from './messages/message';
import type { LoadTask } from './loadClient';

export class LoadProgress {
  /** What is loading (null when nothing is). */
  what = $state.raw<Message | null>(null);
  /** 0..1, as far as the worker has told. */
  fraction = $state(0);
  #task: LoadTask | null = null;

  get active(): boolean {
    return this.what !== null;
  }

  /** Follows `task` until it settles (cancelling a load still running). */
  begin(what: Message, task: LoadTask): void {
    this.#task?.cancel();
    this.#task = task;
    this.what = what;
    this.fraction = 0;
    void task.result.then(() => {
      if (this.#task !== task) return;
      this.#task = null;
      this.what = null;
    });
  }

  report(done: number, total: number): void {
    this.fraction = total > 0 ? Math.min(1, done / total) : 0;
  }

  /** Stops the load under way; the work on screen stays as it was. */
  cancel(): void {
    this.#task?.cancel();
  }
}
