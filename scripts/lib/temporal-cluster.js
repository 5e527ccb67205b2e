'use strict';
/**
 * A real Temporal server (not the dev server) on PostgreSQL, as an operator runs it: the server and
 * `temporal-sql-tool` built with `go install` from the Go module proxy and cached under ~/.cache/handover, Temporal's
 * schemas set up from the module's `schema/postgresql/v12/`, the server started from a config in the shape of the
 * module's `config/development-postgres12.yaml`. Used by the cluster test tier (scripts/cluster-test.js).
 */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { cacheDir } = require('./paths');
const { say } = require('./log');

const SERVER_VERSION = 'v1.29.1';
const SERVER_MODULE = 'go.temporal.io/server';

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
  }
  return result.stdout;
}

/** `go install` with a progress line every 30 s. */
function goInstall(modules, binDir) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn('go', ['install', ...modules], {
      env: { ...process.env, GOBIN: binDir },
      cwd: binDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const ticker = setInterval(
      () => say(`go install (Temporal server): still working (${Math.round((Date.now() - started) / 1000)} s)`),
      30_000,
    );
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(ticker);
      if (code === 0) resolve(Date.now() - started);
      else reject(new Error(`go install failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/**
 * The Temporal server and temporal-sql-tool of SERVER_VERSION, built once into the cache, and the module's schema
 * directory (from the Go module cache, downloaded when missing).
 * @returns {Promise<{ server: string, sqlTool: string, schemaDir: string, configDir: string, builtMs: number | null }>}
 */
async function resolveTemporalServer() {
  const binDir = path.join(cacheDir(), `temporal-server-${SERVER_VERSION}`);
  const server = path.join(binDir, 'server');
  const sqlTool = path.join(binDir, 'sql');
  let builtMs = null;
  if (!isExecutable(server) || !isExecutable(sqlTool)) {
    fs.mkdirSync(binDir, { recursive: true });
    say(
      `Building the Temporal server ${SERVER_VERSION} and temporal-sql-tool into ${binDir} (first run only, minutes)…`,
    );
    builtMs = await goInstall(
      [`${SERVER_MODULE}/cmd/server@${SERVER_VERSION}`, `${SERVER_MODULE}/cmd/tools/sql@${SERVER_VERSION}`],
      binDir,
    );
    say(`Temporal server built in ${Math.round(builtMs / 1000)} s.`);
  }
  const { Dir } = JSON.parse(run('go', ['mod', 'download', '-json', `${SERVER_MODULE}@${SERVER_VERSION}`]));
  return {
    server,
    sqlTool,
    schemaDir: path.join(Dir, 'schema', 'postgresql', 'v12'),
    configDir: path.join(Dir, 'config'),
    builtMs,
  };
}

/**
 * Creates Temporal's two databases (when missing) and brings their schemas to the version of the module:
 * `setup-schema -v 0.0` then `update-schema -d …/versioned`, as the operator's runbook does. Idempotent.
 * @param {{ sqlTool: string, schemaDir: string, host: string, port: number, user: string, password: string, admin: import('pg').Client }} options
 */
async function setUpTemporalSchemas({ sqlTool, schemaDir, host, port, user, password, admin }) {
  for (const [database, dir] of [
    ['temporal', 'temporal'],
    ['temporal_visibility', 'visibility'],
  ]) {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`);
    const base = ['--plugin', 'postgres12', '--ep', host, '-p', String(port), '-u', user, '--db', database];
    const env = { ...process.env, SQL_PASSWORD: password };
    run(sqlTool, [...base, 'setup-schema', '-v', '0.0'], { env });
    run(sqlTool, [...base, 'update-schema', '-d', path.join(schemaDir, dir, 'versioned')], { env });
  }
}

/**
 * A free port below 32768: Temporal stores membership ports in a PostgreSQL smallint, and the system's ephemeral
 * ports (what port 0 hands out) are above it.
 */
function freeLowPort() {
  const attempt = (tries) =>
    new Promise((resolve, reject) => {
      const port = 20_000 + Math.floor(Math.random() * 12_000);
      const server = net.createServer();
      server.once('error', () => (tries > 0 ? resolve(attempt(tries - 1)) : reject(new Error('no free port'))));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(port)));
    });
  return attempt(50);
}

/** The server's config: development-postgres12.yaml's shape, on free ports, no metrics/pprof listeners. */
async function writeServerConfig({ dir, pg, frontendPort }) {
  const ports = {};
  for (const name of ['frontendMembership', 'frontendHttp', 'history', 'historyMembership', 'matching']) {
    ports[name] = await freeLowPort();
  }
  for (const name of ['matchingMembership', 'worker', 'workerMembership']) ports[name] = await freeLowPort();
  const store = (database, maxConns) => `      sql:
        pluginName: "postgres12"
        databaseName: "${database}"
        connectAddr: "${pg.host}:${pg.port}"
        connectProtocol: "tcp"
        user: "${pg.user}"
        password: ${JSON.stringify(pg.password)}
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: "1h"`;
  const service = (grpcPort, membershipPort, extra = '') => `    rpc:
      grpcPort: ${grpcPort}
      membershipPort: ${membershipPort}
      bindOnLocalHost: true${extra}`;
  const config = `log:
  stdout: true
  level: warn

persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: 4
  datastores:
    postgres-default:
${store('temporal', 20)}
    postgres-visibility:
${store('temporal_visibility', 5)}

global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"

services:
  frontend:
${service(frontendPort, ports.frontendMembership, `\n      httpPort: ${ports.frontendHttp}`)}
  matching:
${service(ports.matching, ports.matchingMembership)}
  history:
${service(ports.history, ports.historyMembership)}
  worker:
${service(ports.worker, ports.workerMembership)}

clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: "127.0.0.1:${frontendPort}"

dcRedirectionPolicy:
  policy: "noop"

dynamicConfigClient:
  filepath: "config/dynamicconfig.yaml"
  pollInterval: "10s"
`;
  fs.mkdirSync(path.join(dir, 'config'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'config', 'development.yaml'), config);
  // Search attributes usable right after they are added (the operator's set-up is followed at once by launches).
  fs.writeFileSync(
    path.join(dir, 'config', 'dynamicconfig.yaml'),
    'system.forceSearchAttributesCacheRefreshOnRead:\n  - value: true\n    constraints: {}\n',
  );
}

function waitForPort(port, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (!isAlive()) return reject(new Error('the Temporal server exited during start-up'));
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(undefined);
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`the Temporal server did not open port ${port} in time`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

/**
 * Starts the Temporal server from `dir` (config written by writeServerConfig); resolves once the frontend answers
 * getSystemInfo. `stop()` sends SIGTERM (SIGKILL after 10 s).
 */
async function startTemporalServer({ server, dir, frontendPort, logFile }) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    server,
    ['--root', dir, '--config', 'config', '--env', 'development', '--allow-no-auth', 'start'],
    {
      cwd: dir,
      stdio: ['ignore', out, out],
    },
  );
  let exited = false;
  child.once('exit', () => (exited = true));
  const started = Date.now();
  try {
    await waitForPort(frontendPort, 120_000, () => !exited);
    const { Connection } = require('@temporalio/client');
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        const connection = await Connection.connect({ address: `127.0.0.1:${frontendPort}`, connectTimeout: 2000 });
        await connection.close();
        break;
      } catch (error) {
        if (Date.now() > deadline || exited) throw error;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
  }
  const stop = () =>
    new Promise((resolve) => {
      if (exited) return resolve(undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
      child.kill('SIGTERM');
    });
  return { address: `127.0.0.1:${frontendPort}`, pid: child.pid, startedMs: Date.now() - started, stop };
}

module.exports = {
  freeLowPort,
  resolveTemporalServer,
  setUpTemporalSchemas,
  writeServerConfig,
  startTemporalServer,
  SERVER_VERSION,
};
