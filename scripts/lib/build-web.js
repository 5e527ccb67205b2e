'use strict';
/** Builds the web console (apps/web) with Vite when its sources are newer than the last build. */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { repoRoot } = require('./paths');
const { say } = require('./log');

const webRoot = path.join(repoRoot, 'apps', 'web');
const webDist = path.join(webRoot, 'dist');

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isBuildCurrent() {
  const builtIndex = path.join(webDist, 'index.html');
  if (!fs.existsSync(builtIndex)) return false;
  const lockFile = path.join(repoRoot, 'package-lock.json');
  // The console also bundles the pure domain constants (libs/domain).
  const domainSources = path.join(repoRoot, 'libs', 'domain', 'src');
  const sources = Math.max(
    newestSourceTime(webRoot),
    newestSourceTime(domainSources),
    fs.existsSync(lockFile) ? fs.statSync(lockFile).mtimeMs : 0,
  );
  return fs.statSync(builtIndex).mtimeMs >= sources;
}

function buildWeb({ force = false } = {}) {
  if (!force && isBuildCurrent()) return;
  const started = Date.now();
  say('Building the web console (Vite)…');
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: webRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building the web console failed');
  say(`Web console built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

module.exports = { buildWeb, webRoot, webDist };
