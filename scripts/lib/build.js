'use strict';
/** Compiles the TypeScript sources to dist/ (incremental, so a warm start takes seconds). */
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { repoRoot } = require('./paths');
const { say } = require('./log');

function build({ quiet = false } = {}) {
  const started = Date.now();
  if (!quiet) say('Compiling TypeScript (incremental)…');
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('TypeScript compilation failed');
  if (!quiet) say(`Compiled in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

module.exports = { build, distRoot: path.join(repoRoot, 'dist') };
