import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/**
 * End-to-end tests drive Debian's Chromium (Playwright's own browser download does not work here).
 * Point CHROMIUM_PATH at another Chromium build to use it instead. No browser is an error, never a skip.
 */
function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const found = execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' })
      .toString()
      .trim();
    if (found) return found;
  } catch {
    /* fall through to the error below */
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `apt-get install -y chromium` ' +
      '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

// Several checkouts or engineers can run the suite side by side: each picks its own port and build folder.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUTDIR ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    // The built app registers an offline service worker (pwa.config.ts). Blocked here, so no spec is served from a
    // cache or shifted by the "ready to work offline" notice; test/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    // The laptop the issues measure at (1280x800): the starter network fits at its readable zoom there.
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/vite build --outDir ${outDir} --emptyOutDir && node_modules/.bin/vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    // a server already running is reused only on request (E2E_REUSE=1): otherwise a stale build would be tested
    reuseExistingServer: process.env.E2E_REUSE === '1',
    // two pages and the service worker's precache make the build slower; a loaded machine needed more than 120 s
    timeout: 300_000,
  },
});
