'use strict';
/**
 * The browser for the console's end-to-end tests and benchmark: Debian's Chromium (`apt-get install chromium`),
 * because Playwright's own browser download cannot reach its host from this network. CHROMIUM_PATH overrides.
 */
const fs = require('node:fs');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function chromiumPath() {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(candidate)) {
    throw new Error(
      `No Chromium at ${candidate}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return candidate;
}

module.exports = { chromiumPath, CHROMIUM_ARGS };
