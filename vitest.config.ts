import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  // 'browser' so Svelte mounts components client-side; 'module' keeps ESM builds of dependencies
  // (without them: "mount(...) is not available on the server" and two Svelte runtimes).
  resolve: { conditions: ['module', 'browser', 'development|production'] },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts', 'test/component/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup/fastCheck.ts', 'test/setup/messages.ts', 'test/setup/engineModules.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
