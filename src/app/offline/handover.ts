/**
 * What this page does when a new version of the service worker takes it over (`controllerchange`), and when the
 * learner presses "Reload now". Plain data, no browser: registerServiceWorker.ts feeds it the events.
 *
 * Why our own rule and not vite-plugin-pwa's `onNeedReload`: that fires only on workbox-window's `controlling`
 * event with `isUpdate`, and workbox-window sets `isUpdate` from whether the page was controlled when `register()`
 * ran (after the load event). A page opened for the first time (controlled only later, by clientsClaim) or after a
 * hard reload (never controlled) is not, so the new worker took over and nothing reloaded: "Reloading…" forever.
 * The Workbox docs' recipe (https://developer.chrome.com/docs/workbox/handling-service-worker-updates) reloads on
 * any handover once the page asked, whatever `isUpdate` says; we do the same on `controllerchange`, once.
 *
 * - No reload loop: a page reloads at most once, and only after the learner asked in that page; the reloaded page
 *   starts with nothing asked.
 * - Another tab's "Reload now" hands every tab to the new version, but only the tab that asked reloads; the others
 *   keep their lesson and offer the reload instead.
 */
export type ControllerChangeAction =
  /** This page asked for the new version: reload now. */
  | 'reload'
  /** Another tab asked: this page keeps running the version it loaded and offers a plain reload. */
  | 'offerReload'
  /** Nothing to do: the first visit's worker took the page (clientsClaim), or a reload is already under way. */
  | 'none';

export type AskAction =
  /** A new version waits: tell it to take over (SKIP_WAITING); the page reloads when it has. */
  | 'skipWaiting'
  /** Nothing waits any more (another tab's new version already took over): a reload opens it. */
  | 'reload'
  /** A reload is already under way. */
  | 'none';

export class Handover {
  #asked = false;
  #reloading = false;

  /** "Reload now" in this page; `waiting`: a new version is installed and waits. */
  ask(waiting: boolean): AskAction {
    if (this.#reloading) return 'none';
    this.#asked = true;
    if (waiting) return 'skipWaiting';
    this.#reloading = true;
    return 'reload';
  }

  /** A new worker controls this page; `hadController`: another worker controlled it just before. */
  controllerChanged(hadController: boolean): ControllerChangeAction {
    if (this.#reloading) return 'none';
    if (this.#asked) {
      this.#reloading = true;
      return 'reload';
    }
    return hadController ? 'offerReload' : 'none';
  }
}
