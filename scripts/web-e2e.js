'use strict';
/**
 * Browser end-to-end tests: starts the whole product (as `npm start` would, in a throwaway folder on free ports),
 * then runs Playwright in Debian's Chromium against it. Extra arguments go to Playwright.
 */
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { repoRoot } = require('./lib/paths');
const { say } = require('./lib/log');
const { startProductStack } = require('./lib/product-stack');
const { chromiumPath } = require('./lib/chromium');

async function main() {
  const browser = chromiumPath();
  say('Starting the product for the browser tests…');
  const stack = await startProductStack({ label: 'web-e2e' });
  say(`Product ready at ${stack.baseUrl}; browser ${browser}`);
  let status = 1;
  try {
    const playwright = path.join(repoRoot, 'node_modules', '@playwright', 'test', 'cli.js');
    const result = spawnSync(
      process.execPath,
      [playwright, 'test', '--config', 'apps/web/playwright.config.ts', ...process.argv.slice(2)],
      {
        cwd: repoRoot,
        stdio: 'inherit',
        env: {
          ...process.env,
          WEB_E2E_BASE_URL: stack.baseUrl,
          WEB_E2E_ADMIN_TOKEN: stack.adminToken,
          // for a test that must put a record where no request can (a loan due yesterday)
          WEB_E2E_DATABASE_URL: stack.databaseUrl,
          CHROMIUM_PATH: browser,
        },
      },
    );
    status = result.status ?? 1;
  } finally {
    await stack.stop();
  }
  process.exit(status);
}

main().catch((error) => {
  say(`web e2e: ${error.message}`);
  process.exit(1);
});
