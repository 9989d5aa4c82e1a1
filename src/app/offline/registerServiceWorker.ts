/**
 * Registers the offline service worker (pwa.config.ts) and reports what it says to `AppUpdate`. Workbox's window
 * library is loaded lazily (its own chunk), so the shell does not carry it; a file, not an inline script, as the
 * Content-Security-Policy requires.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import type { AppUpdate } from './appUpdate.svelte';

export interface RegisterConditions {
  /** A production build: the dev server and the unit tests never register a worker. */
  production: boolean;
  /** ?fuzz mode drives random input for a test: it must run against the page as built, never a cached one. */
  fuzz: boolean;
  /** Whether the browser offers service workers at all (not over plain http from another host, for example). */
  supported: boolean;
}

export const shouldRegister = (c: RegisterConditions): boolean => c.production && !c.fuzz && c.supported;

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
