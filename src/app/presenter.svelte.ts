/**
 * Presenter mode as the lesson and sandbox pages read it: the presenter machine (presenterMachine.ts) as an actor
 * read through runes, and what entering and leaving do outside it: `<html data-present>` (which the styles key
 * on), `?present` in the address (so a reload stays in presenter mode), the Fullscreen API. Where the clicker
 * steps is the page's: a PresenterTarget says what forward, back and reset do there (presenterTargets.ts).
 */
import { ActorState } from './actorState.svelte';
import { presenterMachine } from './presenterMachine';
import type { PresenterAction } from './presenterKeys';
import type { LessonPhase, Move } from './presenterSteps';
import type { TraceStep } from '../engine/trace';
import { withPresent } from './studentLink';
import type { Message } from './messages/message';
import { getPresenter, hasPresenter, openedPresenting, setPresenterHandle } from './presenterContext';

export { getPresenter, hasPresenter, openedPresenting };

export interface PresenterWhere {
  /** The lesson's title, or the scenario's name. */
  title: string;
  lesson: { step: number; steps: number; stepTitle: string; phase: LessonPhase } | null;
  cascade: { beat: number; beats: number } | null;
}

/** What the clicker drives on a page: a lesson or the sandbox. */
export interface PresenterTarget {
  readonly kind: 'lesson' | 'sandbox';
  /** Steps forward; says what it did (or why it did nothing). */
  forward(): Move;
  back(): Move;
  /** Starts the current step (or cascade) again. */
  reset(): void;
  /** Fits the graph to its pane again (the pane changes size as presenter mode starts and ends). */
  refit(): void;
  /** The lesson's teacher notes (plain text; empty when there are none or on the sandbox). */
  readonly notes: string;
  /** Where the class is: the lesson step, and the cascade beat when one is being stepped through. */
  readonly where: PresenterWhere;
  /** The cascade step on screen (its sentence is the caption), or null. */
  readonly caption: TraceStep | null;
  /** The link that opens the same scenario or lesson step on a student's device. */
  studentLink(): Promise<{ url: string } | { error: Message }>;
}

/** The page around presenter mode; the browser's by default, a stand-in in tests. */
export interface PresenterEnv {
  setFlag(on: boolean): void;
  href(): string;
  replaceUrl(url: string): void;
  isFullscreen(): boolean;
  requestFullscreen(): Promise<void>;
  exitFullscreen(): Promise<void>;
}

export const browserEnv = (): PresenterEnv => ({
  setFlag: (on) => {
    if (on) document.documentElement.dataset.present = '';
    else delete document.documentElement.dataset.present;
  },
  href: () => location.href,
  replaceUrl: (url) => history.replaceState(history.state, '', url),
  isFullscreen: () => document.fullscreenElement != null,
  requestFullscreen: () => document.documentElement.requestFullscreen?.() ?? Promise.resolve(),
  exitFullscreen: () => document.exitFullscreen?.() ?? Promise.resolve(),
});

export class Presenter {
  readonly #actor = new ActorState(presenterMachine);
  readonly #env: PresenterEnv;
  /** What the last forward or back did (the layer says "the class answers first" and the like). */
  lastMove = $state<Move | null>(null);
  /** Why the students' link could not be made, or null. */
  problem = $state<Message | null>(null);

  constructor(
    readonly target: PresenterTarget,
    env: PresenterEnv = browserEnv(),
    on = openedPresenting(),
  ) {
    this.#env = env;
    if (on) this.#actor.send({ type: 'ENTER' });
  }

  get active(): boolean {
    return this.#actor.snapshot.value !== 'off';
  }
  get blank(): boolean {
    return this.#actor.snapshot.matches({ on: { screen: 'blank' } });
  }
  get help(): boolean {
    return this.#actor.snapshot.matches({ on: { help: 'open' } });
  }
  get notesShown(): boolean {
    return this.#actor.snapshot.context.notes;
  }
  get shareShown(): boolean {
    return this.#actor.snapshot.context.share;
  }

  enter(): void {
    this.#actor.send({ type: 'ENTER' });
    this.#sync();
  }
  exit(): void {
    this.#actor.send({ type: 'EXIT' });
    this.#sync();
  }
  toggleBlank(): void {
    this.#actor.send({ type: 'BLANK' });
  }
  toggleHelp(): void {
    this.#actor.send({ type: 'HELP' });
  }
  toggleNotes(): void {
    this.#actor.send({ type: 'TOGGLE_NOTES' });
  }
  toggleShare(): void {
    this.#actor.send({ type: 'TOGGLE_SHARE' });
  }
  escape(): void {
    this.#actor.send({ type: 'ESCAPE' });
    this.#sync();
  }
  forward(): Move {
    return (this.lastMove = this.target.forward());
  }
  back(): Move {
    return (this.lastMove = this.target.back());
  }
  reset(): void {
    this.lastMove = null;
    this.target.reset();
  }
  async toggleFullscreen(): Promise<void> {
    try {
      if (this.#env.isFullscreen()) await this.#env.exitFullscreen();
      else await this.#env.requestFullscreen();
    } catch {
      // refused (no user gesture, or an iframe without allowfullscreen): the page stays as it is
    }
  }

  /** Runs a key's action. While the screen is blank only B (or ".") and Escape act: the class sees nothing move. */
  run(action: PresenterAction): void {
    if (this.blank && action !== 'blank' && action !== 'exit') return;
    switch (action) {
      case 'forward':
        this.forward();
        break;
      case 'back':
        this.back();
        break;
      case 'reset':
        this.reset();
        break;
      case 'blank':
        this.toggleBlank();
        break;
      case 'help':
        this.toggleHelp();
        break;
      case 'notes':
        this.toggleNotes();
        break;
      case 'fullscreen':
        void this.toggleFullscreen();
        break;
      case 'exit':
        this.escape();
        break;
    }
  }

  stop(): void {
    this.#actor.stop();
  }

  /** The page follows the machine: the root flag and `?present` in the address. */
  #sync(): void {
    const on = this.active;
    this.#env.setFlag(on);
    const href = this.#env.href();
    const next = withPresent(href, on);
    if (next !== href) this.#env.replaceUrl(next);
    if (!on && this.#env.isFullscreen()) void this.#env.exitFullscreen().catch(() => {});
  }
}

/** Gives the page's presenter to its presenter button (presenterContext.ts); returns it. */
export function setPresenter<P extends Presenter>(presenter: P): P {
  setPresenterHandle(presenter);
  return presenter;
}
