/**
 * The shared Playwright config on a private build and port (/tmp/rl-ui-dist, 4180), so UI screenshots and checks
 * do not collide with another engineer's `vite preview` on 4173. Usage:
 *   npx playwright test -c test/bench/ui.playwright.config.ts test/e2e/screenshots.spec.ts
 */
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const PORT = Number(process.env.UI_PORT ?? 4180);
const OUT = process.env.UI_OUT ?? '/tmp/rl-ui-dist';

export default defineConfig({
  ...base,
  testDir: '../e2e',
  outputDir: '/tmp/rl-ui-test-results',
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node_modules/.bin/vite build --outDir ${OUT} --emptyOutDir && node_modules/.bin/vite preview --outDir ${OUT} --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: process.cwd(),
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
