import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offlinePwa } from './pwa.config.ts';

/**
 * A strict Content-Security-Policy for the built app. It is injected only at build time because the dev
 * server needs inline styles and a websocket for hot reload. Scripts come only from our files. Styles keep
 * 'unsafe-inline': without it the small scenarios run clean (Svelte and Svelte Flow mostly set styles through the
 * CSSOM, which a policy allows), but the real-network scenario, whose graph also shows Svelte Flow's overview map,
 * applies an inline style that a strict style-src refuses (test/e2e/dashboard.spec.ts, long log). Traced with a
 * `securitypolicyviolation` listener under style-src 'self': one style-src-attr report while the real network
 * draws, raised where Svelte builds a component's DOM from its template (`template.innerHTML`, svelte's
 * internal/client/dom/template.js), i.e. a static style attribute in a component's markup, not a CSSOM write;
 * the element is not named by the report (its target is the document). Until that template is found and
 * changed, the style-src stays as it was; inline script stays refused.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'restaking-lab-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy(), offlinePwa()],
  build: {
    target: 'es2022',
    // Two pages: the app, and the embeddable widgets (docs/embedding.md); the CSP plugin applies to both.
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
