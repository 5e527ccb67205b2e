'use strict';
/** Secrets of the local stack, generated once into the data dir (never into the repo). */
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

function localJwtSecret(dataDir) {
  const file = path.join(dataDir, 'jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

module.exports = { localJwtSecret };
