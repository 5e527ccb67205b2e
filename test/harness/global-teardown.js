'use strict';
const fs = require('node:fs');

module.exports = async function globalTeardown() {
  for (const stop of (globalThis.__handoverStops ?? []).reverse()) {
    await stop().catch((error) => process.stderr.write(`teardown: ${error.message}\n`));
  }
  if (globalThis.__handoverWorkDir) fs.rmSync(globalThis.__handoverWorkDir, { recursive: true, force: true });
};
