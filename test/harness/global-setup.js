'use strict';
/**
 * Starts what the e2e tier needs, unless given: a throwaway embedded PostgreSQL (or DATABASE_URL) and a
 * Temporal dev server (or TEMPORAL_ADDRESS); runs the migrations once. Settings reach the test
 * workers through process.env, which they inherit.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { startEmbeddedPostgres } = require('../../scripts/lib/postgres');
const { startTemporalDevServer } = require('../../scripts/lib/temporal-dev-server');
const { resolveTemporalCli } = require('../../scripts/lib/temporal-binaries');
const { repoRoot } = require('../../scripts/lib/paths');
const { freePort } = require('../../scripts/lib/free-port');

module.exports = async function globalSetup() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-e2e-'));
  const stops = [];
  globalThis.__handoverStops = stops;
  globalThis.__handoverWorkDir = workDir;

  if (!process.env.E2E_DATABASE_URL) {
    const pg = await startEmbeddedPostgres({ dir: path.join(workDir, 'postgres'), port: await freePort(), database: 'handover_e2e' });
    stops.push(pg.stop);
    process.env.E2E_DATABASE_URL = pg.url;
  }
  if (!process.env.E2E_TEMPORAL_ADDRESS) {
    const cli = await resolveTemporalCli();
    if (!cli) throw new Error('No Temporal CLI: set TEMPORAL_CLI_PATH or install Go so it can be built');
    const temporal = await startTemporalDevServer({ cli, port: await freePort(), logFile: path.join(workDir, 'temporal.log') });
    stops.push(temporal.stop);
    process.env.E2E_TEMPORAL_ADDRESS = temporal.address;
  }
  execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'libs/database/src/cli/migrate.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
};
