'use strict';
/**
 * Starts what the e2e tier needs, unless given: a throwaway embedded PostgreSQL (or E2E_DATABASE_URL) and a
 * Temporal dev server (or E2E_TEMPORAL_ADDRESS); runs the migrations once. Settings reach the test
 * workers through process.env, which they inherit.
 */
const path = require('node:path');
const { startTemporalDevServer } = require('../../scripts/lib/temporal-dev-server');
const { resolveTemporalCli } = require('../../scripts/lib/temporal-binaries');
const { freePort } = require('../../scripts/lib/free-port');
const { harnessState, migrate, throwawayDatabase } = require('./test-database');

module.exports = async function globalSetup() {
  const state = harnessState();
  if (!process.env.E2E_DATABASE_URL) process.env.E2E_DATABASE_URL = await throwawayDatabase('handover_e2e');
  if (!process.env.E2E_TEMPORAL_ADDRESS) {
    const cli = await resolveTemporalCli();
    if (!cli) throw new Error('No Temporal CLI: set TEMPORAL_CLI_PATH or install Go so it can be built');
    const temporal = await startTemporalDevServer({
      cli,
      port: await freePort(),
      logFile: path.join(state.workDir, 'temporal.log'),
    });
    state.stops.push(temporal.stop);
    process.env.E2E_TEMPORAL_ADDRESS = temporal.address;
  }
  migrate(process.env.E2E_DATABASE_URL);
};
