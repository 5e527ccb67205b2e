'use strict';
/**
 * Preloaded into the API by bench/owner-pdf.bench.ts (`API_NODE_OPTIONS="-r bench/support/heap-probe.js"`,
 * HEAP_PROBE_DIR set): when the file `<HEAP_PROBE_DIR>/ask-<n>` appears, a full garbage collection runs (the
 * inspector's HeapProfiler.collectGarbage) and `answer-<n>.json` gets process.memoryUsage() taken after it — what the
 * process still holds, as against RSS, which V8 gives back lazily. Files, not signals, as bench/api-profiler.js does
 * (Nest's shutdown hooks take the signals).
 */
const fs = require('node:fs');
const path = require('node:path');
const inspector = require('node:inspector');

const dir = process.env.HEAP_PROBE_DIR;
if (dir) {
  fs.mkdirSync(dir, { recursive: true });
  const session = new inspector.Session();
  session.connect();
  let next = 1;
  let busy = false;
  const poll = setInterval(() => {
    if (busy || !fs.existsSync(path.join(dir, `ask-${next}`))) return;
    busy = true;
    session.post('HeapProfiler.collectGarbage', {}, (error) => {
      const answer = error ? { error: String(error) } : process.memoryUsage();
      // written whole, then renamed: the benchmark never reads half a file
      fs.writeFileSync(path.join(dir, `answer-${next}.tmp`), JSON.stringify(answer));
      fs.renameSync(path.join(dir, `answer-${next}.tmp`), path.join(dir, `answer-${next}.json`));
      next += 1;
      busy = false;
    });
  }, 50);
  poll.unref();
}
