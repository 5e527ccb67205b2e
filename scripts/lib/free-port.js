'use strict';
const net = require('node:net');

/** A TCP port nobody listens on right now, from the operating system. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

module.exports = { freePort };
