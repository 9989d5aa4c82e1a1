/**
 * Registers the offline service worker (pwa.config.ts) and reports what it says to `AppUpdate`. main.ts loads this
 * module lazily, and it loads Workbox's window library lazily: the shell carries neither. A file, not an inline
 * script, as the Content-Security-Policy requires.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import type { AppUpdate } from './appUpdate.svelte';

export async function registerServiceWorker(update: AppUpdate): Promise<void> {
  const { registerSW } = await import('virtual:pwa-register');
  let asked = false;
  const applyUpdate = registerSW({
    onOfflineReady: () => update.offlineReady(),
    onNeedRefresh: () =>
      update.updateWaiting(() => {
        asked = true;
        return applyUpdate();
      }),
    // The new version took over: reload only if this page asked for it. When another tab's "Reload now" did, this
    // page keeps running; the notice stays, and its button now simply reloads.
    onNeedReload: () => {
      if (asked) location.reload();
      else update.updateWaiting(() => location.reload());
    },
    // Refused (a private window, a browser policy, the e2e suite blocking workers): the lab works online as before.
    onRegisterError: () => {},
  });
}
