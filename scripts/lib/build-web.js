'use strict';
/**
 * Builds the web console (apps/web, served at /console) and the owner app (apps/web/h5, served at /h5) with Vite when
 * their sources are newer than the last build.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { repoRoot } = require('./paths');
const { say } = require('./log');

const webRoot = path.join(repoRoot, 'apps', 'web');
const webDist = path.join(webRoot, 'dist');
/** The owner app (业主端 H5): its own entry and Vite config, so it carries none of the console's bundle. */
const ownerAppDist = path.join(webRoot, 'h5', 'dist');

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
  const builtIndexes = [path.join(webDist, 'index.html'), path.join(ownerAppDist, 'index.html')];
  if (!builtIndexes.every((file) => fs.existsSync(file))) return false;
  const lockFile = path.join(repoRoot, 'package-lock.json');
  // The console also bundles the pure domain constants (libs/domain).
  const domainSources = path.join(repoRoot, 'libs', 'domain', 'src');
  const sources = Math.max(
    newestSourceTime(webRoot),
    newestSourceTime(domainSources),
    fs.existsSync(lockFile) ? fs.statSync(lockFile).mtimeMs : 0,
  );
  return Math.min(...builtIndexes.map((file) => fs.statSync(file).mtimeMs)) >= sources;
}

function viteBuild(label, extraArguments) {
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', ...extraArguments], {
    cwd: webRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`building the ${label} failed`);
}

function buildWeb({ force = false } = {}) {
  if (!force && isBuildCurrent()) return;
  const started = Date.now();
  say('Building the web console and the owner app (Vite)…');
  viteBuild('web console', []);
  viteBuild('owner app', ['--config', 'vite.h5.config.mts']);
  say(`Web console and owner app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

module.exports = { buildWeb, webRoot, webDist, ownerAppDist };
