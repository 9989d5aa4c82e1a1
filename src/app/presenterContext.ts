/**
 * What a page's presenter button needs of presenter mode, on its own: whether it is on, and the way in. The
 * presenter itself (its machine, the clicker's targets, the students' link: presenter.svelte.ts) loads only when
 * it is entered, or at once when the page was opened with `?present` (presenterSlot.svelte.ts).
 */
import { createContext } from 'svelte';

export interface PresenterHandle {
  readonly active: boolean;
  enter(): void;
}

export const [getPresenter, setPresenterHandle, hasPresenter] = createContext<PresenterHandle>();

/** Whether the page was opened in presenter mode (`?present`, which main.ts turned into `<html data-present>`). */
export const openedPresenting = (): boolean =>
  typeof document !== 'undefined' && document.documentElement.dataset.present !== undefined;
