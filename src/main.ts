/** The app's entry: read the URL parameters once, apply the theme, mount the shell. */
import { mount } from 'svelte';
import './ui/styles/theme.css';
import App from './ui/App.svelte';
import { parseUrlParams } from './app/urlParams';
import { applyTheme, storedTheme } from './app/theme';
import { appUpdate } from './app/offline/appUpdate.svelte';
import { shouldRegister } from './app/offline/registerConditions';
import { reloadOnMissingChunk } from './app/offline/chunkReload';

const { params, problems } = parseUrlParams(location.search);
if (params.theme) applyTheme(params.theme, false);
else applyTheme(storedTheme(), false);
if (params.reducedMotion) document.documentElement.dataset.motion = 'reduced';
if (params.present) document.documentElement.dataset.present = '';

// After another tab's update, this tab's old chunks may be gone from the cache: reload into the new version once.
reloadOnMissingChunk();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { params, problems } });

// The offline service worker (pwa.config.ts): production builds only, never in ?fuzz mode. Its registration and
// Workbox's window library are chunks of their own, loaded after the page: the shell does not carry them.
if (
  shouldRegister({
    production: import.meta.env.PROD,
    fuzz: params.fuzz !== undefined,
    supported: 'serviceWorker' in navigator,
  })
)
  void import('./app/offline/registerServiceWorker').then((m) => m.registerServiceWorker(appUpdate));
