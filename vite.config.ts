import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offlinePwa } from './pwa.config.ts';

/**
 * A strict Content-Security-Policy for the built app. It is injected only at build time because the dev
 * server needs inline styles and a websocket for hot reload. Scripts come only from our files. Style elements
 * come only from our files too; style attributes keep 'unsafe-inline' (style-src-attr) for one: Svelte Flow's
 * MiniMap passes a CSS custom property to a child component, which Svelte compiles to a static
 * `<svelte-css-wrapper style="display: contents">` in an HTML template, refused without it (CSSOM writes through
 * element.style are not). test/e2e/csp.spec.ts fails on any violation and prints what a strict style-src refuses.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
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
