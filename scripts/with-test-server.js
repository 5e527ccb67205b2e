'use strict';
/** Runs a command with TEMPORAL_TEST_SERVER_PATH set (fetching the test server into the cache if needed). */
const { spawnSync } = require('node:child_process');
const { resolveTestServer } = require('./lib/temporal-binaries');

resolveTestServer()
  .then((path) => {
    const env = { ...process.env, ...(path ? { TEMPORAL_TEST_SERVER_PATH: path } : {}) };
    const [command, ...args] = process.argv.slice(2);
    const result = spawnSync(command, args, { stdio: 'inherit', env, shell: false });
    process.exit(result.status ?? 1);
  })
  .catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
