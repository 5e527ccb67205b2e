'use strict';
/** Progress lines of the launcher scripts; plain text on stderr so they never mix with JSON service logs. */
function say(message) {
  process.stderr.write(`[handover] ${message}\n`);
}
module.exports = { say };
