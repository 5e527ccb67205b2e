'use strict';
/**
 * Runs the whole product exactly as `npm start` does (embedded PostgreSQL, Temporal dev server, worker, API and
 * the built console) in a throwaway data folder on free ports: the stack for browser tests and the web benchmark.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { repoRoot } = require('./paths');
const { freePort } = require('./free-port');

async function startProductStack({ label = 'stack', env: extraEnv = {}, readyTimeoutMs = 600_000 } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `handover-${label}-`));
  const port = await freePort();
  const temporalPort = await freePort();
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    HANDOVER_DATA_DIR: dataDir,
    PORT: String(port),
    HANDOVER_PG_PORT: String(await freePort()),
    HANDOVER_TEMPORAL_PORT: String(temporalPort),
    HANDOVER_TEMPORAL_UI_PORT: String(await freePort()),
    HANDOVER_SMTP_PORT: String(await freePort()),
    HANDOVER_MAILPIT_PORT: String(await freePort()),
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  delete env.TEMPORAL_ADDRESS;
  const logFile = path.join(dataDir, 'stack.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.js')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', log, log],
  });
  const baseUrl = `http://localhost:${port}`;

  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + readyTimeoutMs;
  let ready = false;
  while (!ready && Date.now() < deadline && child.exitCode === null) {
    try {
      ready = (await fetch(`${baseUrl}/health/ready`)).ok && fs.existsSync(path.join(dataDir, 'admin-token'));
    } catch {
      /* not listening yet */
    }
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  async function stop() {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    }
    fs.closeSync(log);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (!ready) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    await stop();
    throw new Error(`the product did not become ready:\n${tail}`);
  }
  const adminToken = fs.readFileSync(path.join(dataDir, 'admin-token'), 'utf8').trim();
  const { DATABASE_URL: databaseUrl } = JSON.parse(fs.readFileSync(path.join(dataDir, 'runtime.json'), 'utf8'));
  return { baseUrl, dataDir, adminToken, databaseUrl, logFile, stop };
}

module.exports = { startProductStack };
