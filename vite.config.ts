import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * A strict Content-Security-Policy for the built app. It is injected only at build time because the dev
 * server needs inline styles and a websocket for hot reload. Styles need no 'unsafe-inline': Svelte and Svelte Flow
 * set style attributes through the CSSOM (element.style), which a CSP allows, and no markup carries a style
 * attribute (test/e2e/hostileInput.spec.ts checks every route for CSP violations); scripts come only from our files.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
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
  plugins: [svelte(), contentSecurityPolicy()],
  build: { target: 'es2022' },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
