import { defineConfig } from '@playwright/test';

/**
 * `npm run test:electron`: the desktop app itself, through Playwright's Electron support.
 * Needs Electron's binary and better-sqlite3 built for it (the npm script builds it),
 * so it runs on machines with network access, not in `npm test`.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/electron-app',
});
