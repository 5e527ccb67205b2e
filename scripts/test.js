'use strict';
/**
 * `npm test`: makes sure the Temporal binaries are available (built or fetched into the cache on first run),
 * then runs every Jest tier. Extra arguments go to Jest, e.g. `npm test -- --selectProjects unit`.
 */
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { resolveTemporalCli, resolveTestServer } = require('./lib/temporal-binaries');
const { repoRoot } = require('./lib/paths');
const { say } = require('./lib/log');

async function main() {
  const env = { ...process.env };
  const cli = await resolveTemporalCli();
  if (cli) env.TEMPORAL_CLI_PATH = cli;
  const testServer = await resolveTestServer();
  if (testServer) env.TEMPORAL_TEST_SERVER_PATH = testServer;
  say(`Temporal CLI: ${cli ?? 'SDK download'}; test server: ${testServer ?? 'SDK download'}`);
  const jest = path.join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js');
  const result = spawnSync(process.execPath, [jest, '--maxWorkers=2', ...process.argv.slice(2)], { cwd: repoRoot, env, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

main().catch((error) => {
  say(error.message);
  process.exit(1);
});
