/**
 * A disclosure menu's behaviour (a button that opens a panel): open and close, focus into the panel on opening,
 * Escape or a press outside closes it, and focus returns to the button when the learner closed it from inside.
 * The scenario menu and the export menu in the sandbox toolbar share it.
 */
export class Disclosure {
  open = $state(false);
  button: HTMLButtonElement | undefined = $state();
  panel: HTMLElement | undefined = $state();

  /**
   * `focusFirst`: the selector of the element that takes focus when the panel opens. `body`: loads what the panel
   * holds, when it loads on demand; focus goes in once it is drawn.
   */
  constructor(
    private readonly focusFirst: string,
    private readonly body?: () => Promise<unknown>,
  ) {}

  close(refocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    if (refocus) this.button?.focus();
  }

  toggle = (): void => {
    this.open = !this.open;
    if (!this.open) return;
    const focusIn = () => {
      if (this.open) this.panel?.querySelector<HTMLElement>(this.focusFirst)?.focus();
    };
    // (the body's arrival, like the opening, is drawn in a microtask queued before this one)
    if (this.body) this.body().then(focusIn, () => {});
    else queueMicrotask(focusIn);
  };

  /** For `<svelte:window onpointerdown>`: a press outside the button and the panel closes it. */
  onWindowPointer = (e: PointerEvent): void => {
    const target = e.target as Node | null;
    if (this.open && target && !this.panel?.contains(target) && !this.button?.contains(target)) this.close(false);
  };

  /** For the wrapper's `onkeydown`: Escape closes it and gives focus back to the button. */
  onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close(true);
    }
  };
}
