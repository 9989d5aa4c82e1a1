/**
 * Registers the offline service worker (pwa.config.ts) and reports what it says to `AppUpdate`. main.ts loads this
 * module lazily, and it loads Workbox's window library lazily: the shell carries neither. A file, not an inline
 * script, as the Content-Security-Policy requires.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import type { AppUpdate } from './appUpdate.svelte';
import { Handover } from './handover';

export async function registerServiceWorker(update: AppUpdate, reload = () => location.reload()): Promise<void> {
  const container = navigator.serviceWorker;
  const handover = new Handover();
  // Set once the worker is registered; asked before (a race no learner can win), the notice stays and can be retried.
  let skipWaiting = async (): Promise<void> => {
    throw new Error('the service worker is not registered yet');
  };

  // "Reload now", the same button whether this page's new version waits or another tab's has already taken over.
  const apply = async () => {
    const waiting = (await container.getRegistration())?.waiting ?? null;
    const action = handover.ask(waiting !== null);
    if (action === 'skipWaiting') await skipWaiting();
    else if (action === 'reload') reload();
  };

  // Listened to before registering: the first visit's worker claims the page as soon as it activates.
  let controlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    const action = handover.controllerChanged(controlled);
    controlled = container.controller !== null;
    if (action === 'reload') reload();
    else if (action === 'offerReload') update.updateWaiting(apply);
  });

  const { registerSW } = await import('virtual:pwa-register');
  skipWaiting = registerSW({
    onOfflineReady: () => update.offlineReady(),
    onNeedRefresh: () => update.updateWaiting(apply),
    // Given, so the plugin never reloads on its own (it would reload every tab, not only the one that asked); the
    // controllerchange listener above decides (handover.ts says why).
    onNeedReload: () => {},
    // Refused (a private window, a browser policy, the e2e suite blocking workers): the lab works online as before.
    onRegisterError: () => {},
  });
}
