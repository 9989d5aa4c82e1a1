/**
 * A chunk of the version this page was loaded with can no longer be fetched: another tab's "Reload now" handed
 * every tab to the new version, whose cache does not keep the old files (or the server was redeployed). Vite then
 * fires `vite:preloadError` (https://vite.dev/guide/build#load-error-handling). The page reloads into the version
 * that is there; progress and the autosave are already stored. Once only: if the chunk fails again just after a
 * reload (the network is down, the file is really gone) the error is left to the route's own message, not looped.
 */
export const RELOAD_GUARD_MS = 10_000;
export const RELOAD_KEY = 'restaking-lab:chunk-reload-at';

/** Whether to reload, given when this tab last reloaded for a missing chunk (a `Date.now()` or nothing). */
export function shouldReloadForChunk(lastReloadAt: number | undefined, now: number): boolean {
  return lastReloadAt === undefined || !Number.isFinite(lastReloadAt) || now - lastReloadAt > RELOAD_GUARD_MS;
}

/** Reloads on a failed chunk, at most once per guard interval, remembered in sessionStorage (this tab only). */
export function reloadOnMissingChunk(target: Window = window): void {
  target.addEventListener('vite:preloadError', (event) => {
    let last: number | undefined;
    try {
      const stored = target.sessionStorage.getItem(RELOAD_KEY);
      last = stored === null ? undefined : Number(stored);
    } catch {
      return; // no storage to guard a loop with: leave the error to the page
    }
    const now = Date.now();
    if (!shouldReloadForChunk(last, now)) return;
    try {
      target.sessionStorage.setItem(RELOAD_KEY, String(now));
    } catch {
      return;
    }
    event.preventDefault(); // the reload replaces the failed import; do not throw it as well
    target.location.reload();
  });
}
