'use strict';
/**
 * Schemathesis (property-based API fuzzing from the OpenAPI document), pinned, in its own Python virtual environment
 * in the cache folder: created and pip-installed from PyPI the first time, reused afterwards. Never inside the repo.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { cacheDir } = require('./paths');
const { say } = require('./log');

const SCHEMATHESIS_VERSION = '4.32.5';

function run(command, args, what) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw new Error(`${what}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${what} failed (${result.signal ?? `exit code ${result.status}`})`);
}

/** The path of the `schemathesis` executable, installing it first when the cache does not hold this version yet. */
function resolveSchemathesis() {
  const venv = path.join(cacheDir(), `schemathesis-${SCHEMATHESIS_VERSION}`);
  const bin = path.join(venv, 'bin', 'schemathesis');
  // Written last, so an interrupted install is redone instead of half-used.
  const marker = path.join(venv, '.installed');
  if (fs.existsSync(marker) && fs.existsSync(bin)) return bin;

  const python = process.env.PYTHON || 'python3';
  say(`Installing Schemathesis ${SCHEMATHESIS_VERSION} from PyPI into ${venv} (first time only)…`);
  fs.rmSync(venv, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(venv), { recursive: true });
  run(python, ['-m', 'venv', venv], `${python} -m venv (Python 3.9+ with the venv module is needed)`);
  run(
    path.join(venv, 'bin', 'pip'),
    ['install', '--quiet', '--disable-pip-version-check', '--no-input', `schemathesis==${SCHEMATHESIS_VERSION}`],
    `pip install schemathesis==${SCHEMATHESIS_VERSION}`,
  );
  fs.writeFileSync(marker, `${SCHEMATHESIS_VERSION}\n`);
  return bin;
}

module.exports = { SCHEMATHESIS_VERSION, resolveSchemathesis };
