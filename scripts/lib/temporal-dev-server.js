'use strict';
/** Runs `temporal server start-dev` as a child process, persisted to a SQLite file, with our search attributes. */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');
const searchAttributes = require('./search-attributes');

/**
 * The search attributes in the SDK's spelling ('KEYWORD', 'BOOL'; the CLI takes 'Keyword', 'Bool').
 * @returns {import('@temporalio/common/lib/search-attributes').SearchAttributeKey<import('@temporalio/common').SearchAttributeType>[]}
 */
function sdkSearchAttributes() {
  return Object.entries(searchAttributes).map(([name, type]) => ({
    name,
    type: /** @type {import('@temporalio/common').SearchAttributeType} */ (type.toUpperCase()),
  }));
}

function waitForPort(port, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (!isAlive()) return reject(new Error('the Temporal dev server exited during start-up'));
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline)
          reject(new Error(`the Temporal dev server did not open port ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

async function waitForFrontend(address, timeoutMs) {
  const { Connection } = require('@temporalio/client');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2000 });
      try {
        await connection.workflowService.describeNamespace({ namespace: 'default' });
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Temporal at ${address} not ready: ${error.message}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/**
 * @param {{ cli: string, dbFile?: string, port: number, uiPort?: number, logFile?: string, ownGroup?: boolean }} options
 * `uiPort` undefined runs headless (tests). `ownGroup` puts the server in its own process group, so a Ctrl-C in the
 * terminal reaches only the launcher, which stops the server after the processes that use it.
 */
async function startTemporalDevServer({ cli, dbFile, port, uiPort, logFile, ownGroup = false }) {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
  if (dbFile) {
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
    args.push('--db-filename', dbFile);
  }
  if (uiPort) args.push('--ui-port', String(uiPort));
  else args.push('--headless');
  for (const [name, type] of Object.entries(searchAttributes)) args.push('--search-attribute', `${name}=${type}`);
  const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
  const child = spawn(cli, args, { stdio: ['ignore', out, out], detached: ownGroup });
  let exited = false;
  child.once('exit', () => (exited = true));
  const address = `127.0.0.1:${port}`;
  try {
    await waitForPort(port, 60_000, () => !exited);
    await waitForFrontend(address, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    const tail = logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '';
    throw new Error(`${error.message}${tail ? `\n${tail}` : ''}`);
  }
  let stopping = false;
  const stop = () =>
    new Promise((resolve) => {
      stopping = true;
      if (exited) return resolve();
      // The dev server stops in about a second; its SQLite file is consistent after a kill as well.
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  /** Reports a dev server that exits without `stop()`. @param {(how: string) => void} onExit */
  const watch = (onExit) => {
    if (exited) return onExit('exited');
    child.once('exit', (code, signal) => {
      if (!stopping) onExit(signal ?? `code ${code}`);
    });
  };
  return { address, uiUrl: uiPort ? `http://127.0.0.1:${uiPort}` : null, pid: child.pid, stop, watch };
}

module.exports = { startTemporalDevServer };

/**
 * The dev server for `npm start`: our CLI binary when one is available or can be built; otherwise the
 * Temporal SDK's own download (needs internet), run in this process.
 */
async function startTemporal({ dbFile, port, uiPort, logFile, ownGroup = false }) {
  const { resolveTemporalCli } = require('./temporal-binaries');
  const cli = await resolveTemporalCli();
  if (cli) return startTemporalDevServer({ cli, dbFile, port, uiPort, logFile, ownGroup });
  const { TestWorkflowEnvironment } = require('@temporalio/testing');
  const env = await TestWorkflowEnvironment.createLocal({
    server: { ip: '127.0.0.1', port, ui: true, uiPort, dbFilename: dbFile, searchAttributes: sdkSearchAttributes() },
  });
  return {
    address: env.address,
    uiUrl: `http://127.0.0.1:${uiPort}`,
    stop: () => env.teardown(),
    /** The SDK runs its download in this process and does not report its exit. @param {(how: string) => void} _onExit */
    watch: (_onExit) => {},
  };
}

module.exports.startTemporal = startTemporal;
