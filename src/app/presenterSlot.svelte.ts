/**
 * Presenter mode before it is needed: the sandbox's presenter button and `?present` see this slot, and the
 * presenter (presenter.svelte.ts, its machine and the sandbox's clicker target) is made on the first entry, or at
 * once when the page was opened presenting. So the sandbox's first view does not carry presenter mode's code.
 */
import type { Presenter } from './presenter.svelte';
import { openedPresenting, type PresenterHandle } from './presenterContext';

export class PresenterSlot implements PresenterHandle {
  readonly #make: () => Promise<Presenter>;
  #making: Promise<Presenter> | null = null;
  #stopped = false;
  /** The presenter, once made. */
  presenter = $state.raw<Presenter | null>(null);

  constructor(make: () => Promise<Presenter>, opened = openedPresenting()) {
    this.#make = make;
    // `?present`: the presenter enters as it is made (its constructor reads the page's flag)
    if (opened) void this.load().catch(() => {});
  }

  get active(): boolean {
    return this.presenter?.active ?? false;
  }

  /** Makes the presenter (once); a failed fetch may be tried again. */
  load(): Promise<Presenter> {
    this.#making ??= this.#make().then((p) => {
      if (this.#stopped) p.stop();
      else this.presenter = p;
      return p;
    });
    this.#making.catch(() => (this.#making = null));
    return this.#making;
  }

  enter(): void {
    void this.load()
      .then((p) => {
        if (!this.#stopped && !p.active) p.enter();
      })
      .catch(() => {});
  }

  stop(): void {
    this.#stopped = true;
    this.presenter?.stop();
  }
}
