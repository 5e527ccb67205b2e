'use strict';
/**
 * `npm start`: the whole product on one machine. Starts PostgreSQL (embedded) and the Temporal dev server unless
 * DATABASE_URL / TEMPORAL_ADDRESS point elsewhere, compiles, migrates, runs the worker and the API, prints the
 * URLs, and on Ctrl-C / SIGTERM stops every child it started.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { repoRoot, dataDir } = require('./lib/paths');
const { say } = require('./lib/log');
const { build, distRoot } = require('./lib/build');
const { buildWeb, webDist } = require('./lib/build-web');
const { localJwtSecret } = require('./lib/dev-secrets');
const { startEmbeddedPostgres } = require('./lib/postgres');
const { startTemporal } = require('./lib/temporal-dev-server');

const stops = [];
const children = [];
let stopping = false;

function runNode(script, args, env, label) {
  const child = spawn(
    process.execPath,
    ['-r', path.join(__dirname, 'lib', 'register-aliases.js'), path.join(distRoot, script), ...args],
    {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  Object.assign(child, { label });
  children.push(child);
  child.once('exit', (code, signal) => {
    if (!stopping) {
      say(`${label} exited unexpectedly (${signal ?? `code ${code}`}); stopping everything.`);
      void shutdown(1);
    }
  });
  return child;
}

function runNodeToCompletion(script, env) {
  const result = spawnSync(
    process.execPath,
    ['-r', path.join(__dirname, 'lib', 'register-aliases.js'), path.join(distRoot, script)],
    {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`${script} failed`);
  return result.stdout;
}

function waitForExit(child, timeoutMs) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('Stopping…');
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => waitForExit(child, 20_000)));
  for (const stop of stops.reverse()) await stop().catch((error) => say(`stop failed: ${error.message}`));
  say('Stopped.');
  process.exit(code);
}

async function waitForReady(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return false;
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

async function main() {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGHUP', () => void shutdown(0));
  const data = dataDir();
  fs.mkdirSync(data, { recursive: true });
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'development' };
  env.JWT_SECRET = env.JWT_SECRET || localJwtSecret(data);

  if (!env.DATABASE_URL) {
    const port = Number(env.HANDOVER_PG_PORT || 54329);
    const pg = await startEmbeddedPostgres({ dir: path.join(data, 'postgres'), port, ownSignals: true });
    stops.push(pg.stop);
    env.DATABASE_URL = pg.url;
    say(`PostgreSQL (embedded) on 127.0.0.1:${port}, data in ${path.join(data, 'postgres')}`);
  }
  let temporalUi = env.TEMPORAL_UI_URL || null;
  if (!env.TEMPORAL_ADDRESS) {
    const port = Number(env.HANDOVER_TEMPORAL_PORT || 7233);
    const uiPort = Number(env.HANDOVER_TEMPORAL_UI_PORT || port + 1000);
    const temporal = await startTemporal({
      dbFile: path.join(data, 'temporal', 'temporal.sqlite'),
      port,
      uiPort,
      logFile: path.join(data, 'temporal.log'),
    });
    stops.push(temporal.stop);
    env.TEMPORAL_ADDRESS = temporal.address;
    temporalUi = temporal.uiUrl;
    say(`Temporal dev server on ${temporal.address}, state in ${path.join(data, 'temporal')}`);
  }
  if (stopping) return;
  fs.writeFileSync(
    path.join(data, 'runtime.json'),
    JSON.stringify({
      DATABASE_URL: env.DATABASE_URL,
      TEMPORAL_ADDRESS: env.TEMPORAL_ADDRESS,
      JWT_SECRET: env.JWT_SECRET,
    }),
    { mode: 0o600 },
  );
  build();
  buildWeb();
  env.WEB_CONSOLE_DIR = env.WEB_CONSOLE_DIR || webDist;
  say('Applying database migrations…');
  runNodeToCompletion('libs/database/src/cli/migrate.js', env);
  const firstAdmin = runNodeToCompletion('apps/api/src/cli/bootstrap-admin.js', {
    ...env,
    HANDOVER_DATA_DIR: data,
    LOG_LEVEL: 'warn',
  }).trim();

  runNode('apps/worker/src/main.js', [], env, 'worker');
  runNode('apps/api/src/main.js', [], env, 'api');
  const port = env.PORT || 3000;
  const base = `http://localhost:${port}`;
  if (await waitForReady(`${base}/health/ready`, 120_000)) {
    say('');
    say(`Web console    ${base}/console/`);
    say(`API            ${base}`);
    say(`OpenAPI docs   ${base}/docs  (JSON: ${base}/docs-json)`);
    if (temporalUi) say(`Temporal UI    ${temporalUi}`);
    if (firstAdmin) say(firstAdmin);
    say('Create users and tokens: npm run users -- create --name "王经理" --role hq   (see README)');
    say('Press Ctrl-C to stop.');
  } else if (!stopping) {
    say('The API did not become ready within 120 s; see the logs above.');
    await shutdown(1);
  }
}

main().catch(async (error) => {
  say(`start failed: ${error.message}`);
  await shutdown(1);
});
