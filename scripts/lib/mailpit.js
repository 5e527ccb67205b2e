'use strict';
/**
 * Mailpit, the local mail catcher (SMTP in, a web UI and an HTTP API to read what arrived): `npm start` and the e2e
 * tests send the product's e-mails to it. Built once from its Go module (the Go module proxy is reachable where
 * binary downloads are not) and cached outside the repo.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { cacheDir } = require('./paths');
const { say } = require('./log');
const { isExecutable, onPath, runWithProgress } = require('./temporal-binaries');

const MAILPIT_MODULE = 'github.com/axllent/mailpit@v1.33.1';

/** The mailpit binary: MAILPIT_PATH, the cache, or built into the cache with `go install` (about a minute). */
async function resolveMailpit() {
  const fromEnv = process.env.MAILPIT_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`MAILPIT_PATH=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  const binDir = path.join(cacheDir(), 'bin');
  const cached = path.join(binDir, 'mailpit');
  if (isExecutable(cached)) return cached;
  if (!onPath('go')) throw new Error('Mailpit is not built and Go is not installed: install Go, or set MAILPIT_PATH.');
  fs.mkdirSync(binDir, { recursive: true });
  say(`Building the Mailpit mail catcher from ${MAILPIT_MODULE} into ${binDir} (first run only, about a minute)…`);
  await runWithProgress(
    'go',
    ['install', MAILPIT_MODULE],
    { env: { ...process.env, GOBIN: binDir }, cwd: binDir },
    'go install mailpit',
  );
  if (!isExecutable(cached)) throw new Error(`go install finished but ${cached} is missing`);
  return cached;
}

/**
 * Starts Mailpit on 127.0.0.1 with SMTP on `smtpPort` and its UI/API on `httpPort`, keeping its messages in
 * `dataDir`; resolves once its API answers. `stop()` ends it.
 */
async function startMailpit({ smtpPort, httpPort, dataDir }) {
  const binary = await resolveMailpit();
  fs.mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    binary,
    [
      '--smtp',
      `127.0.0.1:${smtpPort}`,
      '--listen',
      `127.0.0.1:${httpPort}`,
      '--database',
      path.join(dataDir, 'mailpit.db'),
      '--smtp-auth-accept-any',
      '--smtp-auth-allow-insecure',
      '--disable-version-check',
      // Mailpit keeps 500 messages by default and prunes the rest; a product sends more on a busy day.
      '--max',
      '20000',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const url = `http://127.0.0.1:${httpPort}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Mailpit exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`${url}/api/v1/info`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Mailpit did not answer on ${url} within 20 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', () => resolve(undefined));
        child.kill('SIGTERM');
      }),
  };
}

module.exports = { resolveMailpit, startMailpit, MAILPIT_MODULE };
