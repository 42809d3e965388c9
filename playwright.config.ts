import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/support/chromium-path';
import { APP_PORT } from './tests/e2e/support/ports';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // The gate: every spec but the screenshot tool.
    { name: 'e2e', testIgnore: /screenshots\.spec\.ts$/ },
    // `npm run screenshots`: pictures of the main states to look at, not a test.
    { name: 'screenshots', testMatch: /screenshots\.spec\.ts$/ },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
    url: `http://127.0.0.1:${APP_PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
