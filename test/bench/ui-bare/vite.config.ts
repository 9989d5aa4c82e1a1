import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

// Bench-only build of the bare Svelte Flow page; it never goes into the app's dist/.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [svelte()],
  build: { target: 'es2022', outDir: process.env.BARE_OUT ?? '/tmp/rl-bench-bare', emptyOutDir: true },
});
