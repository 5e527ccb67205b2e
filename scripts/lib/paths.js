'use strict';
const os = require('node:os');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');

/** Binaries (Temporal CLI, Java test server classpath) live outside the repo so a fresh clone reuses them. */
function cacheDir() {
  return (
    process.env.HANDOVER_CACHE_DIR ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'handover')
  );
}

/** Local state of `npm start`: PostgreSQL cluster, Temporal SQLite file, dev secrets. */
function dataDir() {
  return process.env.HANDOVER_DATA_DIR || path.join(repoRoot, '.data');
}

module.exports = { repoRoot, cacheDir, dataDir };
