'use strict';
/**
 * Preloaded into the API by bench/profile-write.ts (`API_NODE_OPTIONS="-r bench/api-profiler.js"`, PROFILE_DIR set):
 * window n opens when the file `<PROFILE_DIR>/open-<n>` appears and closes when `close-<n>` does (a file, not a signal:
 * Nest's shutdown hooks take SIGUSR2 and the rest). While a window is open the V8 CPU profiler samples
 * (the same profile `node --cpu-prof` writes, but of the window only, not of start-up) and every SQL statement the
 * pg driver is asked to run is counted by its text. Closing window n writes `window-<n>.cpuprofile` and
 * `window-<n>.sql.json` ({ statements, byText: { text: count } }), then `window-<n>.done`.
 */
const fs = require('node:fs');
const path = require('node:path');
const inspector = require('node:inspector');

const dir = process.env.PROFILE_DIR;
if (dir) {
  fs.mkdirSync(dir, { recursive: true });
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) =>
    new Promise((resolve, reject) =>
      session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))),
    );
  let counting = null;
  const pg = require('pg');
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(config, ...rest) {
    if (counting) {
      const text = typeof config === 'string' ? config : config && config.text;
      const key = String(text ?? '?')
        .replace(/\s+/g, ' ')
        .trim();
      counting.statements += 1;
      counting.byText[key] = (counting.byText[key] ?? 0) + 1;
    }
    return query.call(this, config, ...rest);
  };
  let window = 0;
  let open = false;
  let busy = false;
  const poll = setInterval(() => {
    if (busy || !fs.existsSync(path.join(dir, `${open ? 'close' : 'open'}-${open ? window : window + 1}`))) return;
    busy = true;
    void (async () => {
      if (!open) {
        open = true;
        window += 1;
        await post('Profiler.enable');
        await post('Profiler.setSamplingInterval', { interval: 500 });
        await post('Profiler.start');
        counting = { statements: 0, byText: {} };
        return;
      }
      open = false;
      const sql = counting;
      counting = null;
      const { profile } = await post('Profiler.stop');
      fs.writeFileSync(path.join(dir, `window-${window}.cpuprofile`), JSON.stringify(profile));
      fs.writeFileSync(path.join(dir, `window-${window}.sql.json`), JSON.stringify(sql, null, 2));
      fs.writeFileSync(path.join(dir, `window-${window}.done`), '');
    })()
      .catch((error) => process.stderr.write(`api-profiler: ${error.stack}\n`))
      .finally(() => {
        busy = false;
      });
  }, 100);
  poll.unref();
}
