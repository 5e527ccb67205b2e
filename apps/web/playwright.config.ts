import { defineConfig } from '@playwright/test';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM_ARGS } = require('../../scripts/lib/chromium.js') as { CHROMIUM_ARGS: string[] };

/** Run through `npm run test:web-e2e` (scripts/web-e2e.js), which starts the product and passes its address. */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  // One retry in CI: a test that passes on its second try is reported as flaky by name at the end of `npm test`
  // (scripts/lib/playwright-outcome.js) instead of failing the whole run; a test that fails twice still fails it.
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    baseURL: process.env.WEB_E2E_BASE_URL,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
});
