'use strict';
/**
 * `npm run test:cluster`: the production path on the real thing. Builds (once, cached) the Temporal server 1.29.1 and
 * temporal-sql-tool from the Go module proxy, starts an embedded PostgreSQL holding Temporal's two databases and the
 * product's, sets up Temporal's schemas from the module's schema/postgresql/v12, starts the server, runs the
 * product's bootstrap (`temporal:setup`: namespace and search attributes) and migrations, then two API processes and
 * two worker processes, and runs the scenario: launch on API 1, approve on API 2, read on both, import units and walk
 * handover steps alternating APIs, kill -9 one worker mid-way, stop and restart the Temporal server, find the
 * project by its search attributes with `temporal workflow list --query`. Every request is timed; the run fails on
 * any 5xx other than the 503 the outage is meant to answer, a 503 slower than OUTAGE_LIMIT_MS, or a missed check,
 * and ends with the timings, the longest requests and the 5xx count.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { repoRoot } = require('./lib/paths');
const { say } = require('./lib/log');
const { build, distRoot } = require('./lib/build');
const { freePort } = require('./lib/free-port');
const { startEmbeddedPostgres } = require('./lib/postgres');
const { resolveTemporalCli } = require('./lib/temporal-binaries');
const {
  resolveTemporalServer,
  setUpTemporalSchemas,
  writeServerConfig,
  startTemporalServer,
  freeLowPort,
} = require('./lib/temporal-cluster');

/** A request during the outage must answer (503) within this. */
const OUTAGE_LIMIT_MS = 3_500;
/** A request during the worker kill must answer within this (the sticky queue's timeout plus a replay). */
const FAILOVER_LIMIT_MS = 5_000;

const timings = [];
const phases = {};
const cleanups = [];
let failures = 0;

function step(name) {
  const started = Date.now();
  return () => {
    const ms = Date.now() - started;
    timings.push([name, ms]);
    say(`${name}: ${(ms / 1000).toFixed(1)} s`);
    return ms;
  };
}

function check(condition, message) {
  if (condition) return;
  failures++;
  say(`FAILED: ${message}`);
}

/** Every request of the scenario, timed and counted per phase. */
async function call(phase, base, token, method, url, body, contentType = 'application/json') {
  const init = { method, headers: { 'Accept-Language': 'en' }, signal: AbortSignal.timeout(30_000) };
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.headers['Content-Type'] = contentType;
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const started = Date.now();
  let status = 0;
  let json = null;
  try {
    const response = await fetch(`${base}${url}`, init);
    status = response.status;
    const text = await response.text();
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
  } catch (error) {
    json = { error: error.message };
  }
  const ms = Date.now() - started;
  const stats = (phases[phase] ??= { requests: 0, longest: 0, longestCall: '', fiveHundreds: 0, statuses: {} });
  stats.requests++;
  stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
  if (ms > stats.longest)
    Object.assign(stats, { longest: ms, longestCall: `${method} ${url.split('?')[0]} → ${status}` });
  if (status >= 500 || status === 0) stats.fiveHundreds++;
  return { status, body: json, ms };
}

function nodeArgs(script, args = []) {
  return ['-r', path.join(__dirname, 'lib', 'register-aliases.js'), path.join(distRoot, script), ...args];
}

function runNode(script, args, env) {
  const result = spawnSync(process.execPath, nodeArgs(script, args), { cwd: repoRoot, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function startProcess(label, script, env, logDir) {
  const log = fs.openSync(path.join(logDir, `${label}.log`), 'a');
  const child = spawn(process.execPath, nodeArgs(script), { cwd: repoRoot, env, stdio: ['ignore', log, log] });
  const handle = {
    label,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
        child.kill('SIGTERM');
      }),
  };
  cleanups.push(handle.stop);
  return handle;
}

async function until(what, timeoutMs, probe) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => false);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const ready = (base) => fetch(`${base}/health/ready`).then((response) => response.ok);
const dayFromToday = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function main() {
  const total = step('whole run');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-cluster-'));
  cleanups.push(async () => fs.rmSync(work, { recursive: true, force: true }));
  say(`Cluster test in ${work}`);

  let done = step('Temporal server and sql tool (build or cache)');
  const binaries = await resolveTemporalServer();
  done();
  const cli = await resolveTemporalCli();

  done = step('PostgreSQL (embedded) with the product database');
  const pgPort = await freePort();
  const pg = await startEmbeddedPostgres({ dir: path.join(work, 'postgres'), port: pgPort });
  cleanups.push(() => pg.stop());
  const url = new URL(pg.url);
  const pgAccess = { host: '127.0.0.1', port: pgPort, user: 'handover', password: decodeURIComponent(url.password) };
  done();

  done = step("Temporal's schemas (setup-schema + update-schema, both databases)");
  const { Client: PgClient } = require('pg');
  const admin = new PgClient({ connectionString: pg.url.replace(/\/handover$/, '/postgres') });
  await admin.connect();
  try {
    await setUpTemporalSchemas({ ...binaries, ...pgAccess, admin });
    // Idempotent: a second run changes nothing and succeeds.
    await setUpTemporalSchemas({ ...binaries, ...pgAccess, admin });
  } finally {
    await admin.end();
  }
  done();

  const temporalDir = path.join(work, 'temporal');
  const frontendPort = await freeLowPort();
  await writeServerConfig({ dir: temporalDir, pg: pgAccess, frontendPort });
  const temporalLog = path.join(work, 'temporal.log');
  done = step('Temporal server start');
  let temporal = await startTemporalServer({
    server: binaries.server,
    dir: temporalDir,
    frontendPort,
    logFile: temporalLog,
  });
  cleanups.push(() => temporal.stop());
  done();

  done = step('product build (tsc, incremental)');
  build({ quiet: true });
  done();

  const jwtSecret = require('node:crypto').randomBytes(32).toString('hex');
  const baseEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `postgres://handover@127.0.0.1:${pgPort}/handover`,
    PGPASSWORD: pgAccess.password,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: 'handover',
    TEMPORAL_TASK_QUEUE: 'handover',
    JWT_SECRET: jwtSecret,
    LOG_LEVEL: 'warn',
    PHOTO_STORAGE_DIR: path.join(work, 'photos'),
  };

  done = step('bootstrap: temporal:setup (namespace + search attributes), twice');
  const firstSetup = runNode('apps/worker/src/cli/temporal-setup.cli.js', [], baseEnv);
  const secondSetup = runNode('apps/worker/src/cli/temporal-setup.cli.js', [], baseEnv);
  process.stderr.write(firstSetup + secondSetup);
  check(
    /registered/.test(firstSetup) && /added/.test(firstSetup),
    'the first set-up registers the namespace and adds the search attributes',
  );
  check(/exists/.test(secondSetup) && /all present/.test(secondSetup), 'the second set-up finds everything in place');
  done();

  done = step('migrations');
  runNode('libs/database/src/cli/migrate.js', [], baseEnv);
  done();

  done = step('two APIs and two workers ready');
  const logDir = path.join(work, 'logs');
  fs.mkdirSync(logDir);
  const workerEnv = { ...baseEnv, TEMPORAL_SETUP: 'check' };
  const workers = [1, 2].map((n) => startProcess(`worker-${n}`, 'apps/worker/src/main.js', workerEnv, logDir));
  const apiPorts = [await freePort(), await freePort()];
  apiPorts.forEach((port, i) =>
    startProcess(`api-${i + 1}`, 'apps/api/src/main.js', { ...baseEnv, PORT: String(port) }, logDir),
  );
  const bases = apiPorts.map((port) => `http://127.0.0.1:${port}`);
  for (const base of bases) await until(`${base}/health/ready`, 120_000, () => ready(base));
  done();

  const user = (args) => JSON.parse(runNode('apps/api/src/cli/users.cli.js', ['create', ...args], baseEnv));
  const lead = user(['--name', '李项目', '--role', 'project_lead']);
  const engineering = user(['--name', '张工', '--role', 'department_head', '--department', 'engineering']);
  const [api1, api2] = bases;

  done = step('scenario: launch on API 1, approve on API 2, read on both');
  const body = {
    cityCompany: '杭州城市公司',
    name: `集群验证-${Date.now()}`,
    batch: '一期',
    firstHandoverDate: dayFromToday(90),
    centralizedDays: 3,
    departmentHeadIds: [engineering.id],
  };
  const launched = await call('normal', api1, lead.token, 'POST', '/projects', body);
  check(
    launched.status === 201,
    `launch on API 1 answers 201 (got ${launched.status} ${JSON.stringify(launched.body)})`,
  );
  const projectId = launched.body.id;
  const approved = await call(
    'normal',
    api2,
    engineering.token,
    'POST',
    `/projects/${projectId}/milestones/unitInspection/approve`,
    {},
  );
  check(approved.status < 300, `approval on API 2 succeeds (got ${approved.status} ${JSON.stringify(approved.body)})`);
  for (const base of bases) {
    const read = await call('normal', base, lead.token, 'GET', `/projects/${projectId}`);
    check(read.status === 200 && read.body.timelineSource === 'live', `read on ${base} is live (got ${read.status})`);
  }
  done();

  done = step('scenario: units imported, handover steps alternating APIs');
  const header = '楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯';
  const rows = Array.from(
    { length: 20 },
    (_, i) => `1#,1,${101 + i},业主${i},139${String(i).padStart(8, '0')},89.57,89.12,25000.50,精装`,
  );
  const imported = await call(
    'normal',
    api1,
    lead.token,
    'POST',
    `/projects/${projectId}/units/import`,
    [header, ...rows].join('\n'),
    'text/csv',
  );
  check(
    imported.status < 300,
    `unit import answers 2xx (got ${imported.status} ${JSON.stringify(imported.body).slice(0, 300)})`,
  );
  const units = await call('normal', api2, lead.token, 'GET', `/projects/${projectId}/units?pageSize=100`);
  const unitIds = (units.body.items ?? []).map((unit) => unit.id);
  check(unitIds.length === 20, `20 units listed (got ${unitIds.length})`);
  let stepIndex = 0;
  const walkUnit = async (phase, unitId) => {
    for (const route of ['check-in', 'settle-area']) {
      const base = bases[stepIndex++ % 2];
      const answer = await call(
        phase,
        base,
        lead.token,
        'POST',
        `/projects/${projectId}/units/${unitId}/handover/${route}`,
        {},
      );
      check(
        answer.status < 300,
        `${route} of a unit on ${base} (got ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)})`,
      );
    }
  };
  for (const unitId of unitIds.slice(0, 5)) await walkUnit('normal', unitId);
  done();

  done = step('failover: kill -9 of worker 1 while requests go on');
  const reads = async (phase, durationMs) => {
    const until = Date.now() + durationMs;
    let i = 0;
    while (Date.now() < until) {
      const base = bases[i++ % 2];
      await call(phase, base, lead.token, 'GET', `/projects/${projectId}`);
      await call(
        phase,
        base,
        lead.token,
        'GET',
        `/projects/${projectId}/reschedule-preview?firstHandoverDate=${dayFromToday(95)}`,
      );
    }
  };
  workers[0].child.kill('SIGKILL');
  await Promise.all([
    reads('worker killed', 8_000),
    (async () => {
      for (const unitId of unitIds.slice(5, 10)) await walkUnit('worker killed', unitId);
    })(),
  ]);
  const afterKill = await call(
    'worker killed',
    api1,
    engineering.token,
    'POST',
    `/projects/${projectId}/milestones/unitInspection/approve`,
    {},
  );
  check(afterKill.status < 500, `an update after the kill answers without 5xx (got ${afterKill.status})`);
  done();

  done = step('outage: Temporal server stopped');
  await temporal.stop();
  const outage = [];
  for (let i = 0; i < 4; i++) {
    const base = bases[i % 2];
    outage.push(await call('Temporal down', base, null, 'GET', '/health/ready'));
    outage.push(
      await call(
        'Temporal down',
        base,
        engineering.token,
        'POST',
        `/projects/${projectId}/milestones/unitInspection/reject`,
        { reason: '整改未完成' },
      ),
    );
    const page = await call('Temporal down', base, lead.token, 'GET', `/projects/${projectId}`);
    check(page.status === 200, `a project page during the outage answers 200 from the read model (got ${page.status})`);
    outage.push(page);
  }
  for (const answer of outage) {
    check(answer.status !== 500, `no 500 during the outage (got ${JSON.stringify(answer.body).slice(0, 200)})`);
    check(
      answer.ms <= OUTAGE_LIMIT_MS,
      `answers within ${OUTAGE_LIMIT_MS} ms during the outage (took ${answer.ms} ms)`,
    );
  }
  // The 503s the outage is meant to answer: a refused command with its code, and readiness saying not-ready.
  const refused = outage.filter((answer) => answer.status === 503);
  const designed = refused.filter(
    (answer) => answer.body?.code === 'TEMPORAL_UNAVAILABLE' || answer.body?.checks?.temporal === 'down',
  );
  check(designed.length === refused.length, 'every 503 of the outage is TEMPORAL_UNAVAILABLE or readiness not-ready');
  check(refused.length === 8, `readiness and commands answer 503 during the outage (${refused.length} of 8)`);
  phases['Temporal down'].expected503 = designed.length;
  say(`  slowest 503 during the outage: ${Math.max(...refused.map((answer) => answer.ms))} ms`);
  done();

  done = step('recovery: Temporal server restarted, both APIs ready and live again');
  temporal = await startTemporalServer({
    server: binaries.server,
    dir: temporalDir,
    frontendPort,
    logFile: temporalLog,
  });
  for (const base of bases) await until(`${base}/health/ready after the restart`, 60_000, () => ready(base));
  await until('a live read after the restart', 60_000, async () => {
    const read = await call('recovery', api2, lead.token, 'GET', `/projects/${projectId}`);
    return read.status === 200 && read.body.timelineSource === 'live';
  });
  for (const unitId of unitIds.slice(10, 12)) await walkUnit('recovery', unitId);
  done();

  done = step('search attributes: temporal workflow list --query');
  const detail = await call('recovery', api1, lead.token, 'GET', `/projects/${projectId}`);
  const phase = detail.body.currentPhase;
  const query = `HandoverPhase='${phase}' AND HandoverProjectId='${projectId}'`;
  const listed = await until(`the project in visibility (${query})`, 30_000, async () => {
    const result = spawnSync(
      cli,
      ['workflow', 'list', '--address', temporal.address, '--namespace', 'handover', '--query', query, '-o', 'json'],
      { encoding: 'utf8' },
    );
    return result.status === 0 && result.stdout.includes(`handover-project-${projectId}`) ? result.stdout : false;
  });
  check(Boolean(listed), `temporal workflow list --query "${query}" finds the project`);
  done();

  total();
  await cleanup();
  report();
  process.exit(failures === 0 ? 0 : 1);
}

function report() {
  say('');
  say('timings:');
  for (const [name, ms] of timings) say(`  ${name.padEnd(72)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
  say('requests by phase (longest request, 5xx):');
  for (const [name, stats] of Object.entries(phases)) {
    const unexpected = stats.fiveHundreds - (stats.expected503 ?? 0);
    say(
      `  ${name.padEnd(16)} ${String(stats.requests).padStart(4)} requests, longest ${String(stats.longest).padStart(5)} ms (${stats.longestCall}), 5xx: ${stats.fiveHundreds}${stats.expected503 !== undefined ? ` (503 by design: ${stats.expected503}, others: ${unexpected})` : ''}  statuses ${JSON.stringify(stats.statuses)}`,
    );
    if (name !== 'Temporal down') check(stats.fiveHundreds === 0, `no 5xx in phase "${name}"`);
    if (name === 'worker killed') {
      check(
        stats.longest <= FAILOVER_LIMIT_MS,
        `no request waits over ${FAILOVER_LIMIT_MS} ms after a worker is killed`,
      );
    } else check(unexpected === 0, 'no 5xx other than the designed 503 during the outage');
  }
  say(failures === 0 ? 'cluster: all checks passed' : `cluster: ${failures} check(s) failed`);
}

async function cleanup() {
  for (const stop of cleanups.reverse()) await stop().catch(() => undefined);
  cleanups.length = 0;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void cleanup().then(() => process.exit(1));
  });
}

main().catch(async (error) => {
  failures++;
  say(`cluster test failed: ${error.message}`);
  await cleanup();
  report();
  process.exit(1);
});
