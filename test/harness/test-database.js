'use strict';
/**
 * The throwaway PostgreSQL of a Jest run, shared by the tiers that need one (e2e, repository): one embedded server
 * per run, started by the first global setup that asks, and one database per tier on it, migrated once. Global setups
 * run one after the other in Jest's main process, so the state lives on globalThis, where the teardown finds what to
 * stop.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { Client } = require('pg');
const { startEmbeddedPostgres } = require('../../scripts/lib/postgres');
const { repoRoot } = require('../../scripts/lib/paths');
const { freePort } = require('../../scripts/lib/free-port');

/** What this run started (stopped in reverse order by global-teardown.js) and its scratch folder. */
function harnessState() {
  globalThis.__handoverHarness ??= {
    workDir: fs.mkdtempSync(path.join(os.tmpdir(), 'handover-test-')),
    stops: [],
    server: null,
  };
  return globalThis.__handoverHarness;
}

/** A fresh database named `name` on this run's embedded server (started on first use); returns its URL. */
async function throwawayDatabase(name) {
  const state = harnessState();
  if (!state.server) {
    const server = startEmbeddedPostgres({
      dir: path.join(state.workDir, 'postgres'),
      port: await freePort(),
      database: name,
    });
    state.server = server;
    const started = await server;
    state.stops.push(started.stop);
    return started.url;
  }
  const { url } = await state.server;
  const target = new URL(url);
  target.pathname = `/${name}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return target.toString();
}

/** Runs the pending migrations against `url` with the product's migration CLI (as `npm start` and deployments do). */
function migrate(url) {
  execFileSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'libs/database/src/cli/migrate.ts'],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

module.exports = { harnessState, throwawayDatabase, migrate };
