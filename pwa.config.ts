/**
 * The offline classroom: a web app manifest (installable) and a Workbox service worker that precaches the whole
 * build, so a class keeps working without a network after its first visit. vite-plugin-pwa generates both
 * (https://vite-pwa-org.netlify.app/guide/); this file holds our choices and why.
 *
 * - Everything the build writes is precached, not only the first view: every JS and CSS chunk (each route, each
 *   lesson, the workers, the embed entry when there is one), the prepared scenarios and their index, public/data,
 *   the icons. A test checks that no built file is missed (test/unit/offline/precache.test.ts).
 * - 'prompt', never skipWaiting on its own: a new version waits until every tab of the lab is closed, or until the
 *   learner presses "Reload now" in the notice. Until then the old worker keeps serving the old chunks, so a lesson
 *   half-way can still load the code it asks for later. Workbox deletes the old version's files only when the new
 *   worker activates (cleanupOutdatedCaches).
 * - clientsClaim: the first visit's worker takes the page at once (no old version to protect then), so a learner
 *   who goes offline without reloading still gets the lazily loaded chunks from the cache.
 * - The worker is registered from our code (src/app/offline/registerServiceWorker.ts), never by an inline script:
 *   the Content-Security-Policy refuses inline scripts.
 */
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/** The light theme's page colour (src/ui/styles/theme.css, --bg): the splash screen and the title bar. */
export const THEME_COLOUR = '#f5f6f9';

export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // Our code registers the worker (virtual:pwa-register), in production only and not in ?fuzz mode.
  injectRegister: null,
  manifest: {
    name: 'Restaking Lab',
    short_name: 'Restaking Lab',
    description: 'An interactive, exact simulator that teaches staking, liquid staking and restaking.',
    lang: 'en',
    id: './',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: THEME_COLOUR,
    background_color: THEME_COLOUR,
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  // The icons are in the build's files already (public/), so the glob below precaches them once.
  includeManifestIcons: false,
  workbox: {
    // Every file of the build: a lesson or a scenario opened for the first time offline must be there.
    globPatterns: ['**/*'],
    // The worker itself and Workbox's runtime are not precached (Workbox's defaults), nor Vite's build manifest;
    // the web app manifest is added by the plugin itself.
    globIgnores: ['sw.js', 'workbox-*.js', '**/*.map', '.vite/**', 'manifest.webmanifest'],
    // The address's query (?present, ?theme=..., an embed's options) never changes which file is served: the site
    // is static. Without this, index.html?present would miss the cache and fall back to the network.
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
  },
};

export function offlinePwa(): PluginOption {
  return VitePWA(PWA_OPTIONS);
}
