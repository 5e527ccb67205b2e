'use strict';
const fs = require('node:fs');

/** Stops what the global setups started, last first, once (every tier names this teardown). */
module.exports = async function globalTeardown() {
  const state = globalThis.__handoverHarness;
  if (!state) return;
  globalThis.__handoverHarness = undefined;
  for (const stop of state.stops.reverse()) {
    await stop().catch((error) => process.stderr.write(`teardown: ${error.message}\n`));
  }
  fs.rmSync(state.workDir, { recursive: true, force: true });
};
