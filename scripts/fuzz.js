'use strict';
/**
 * `npm run test:fuzz`: starts the whole product (as the browser tests do: throwaway folder, free ports), seeds a
 * project lead, a project and one record of each kind through the API, then runs Schemathesis over `/docs-json`
 * with the lead's token, the seeded ids as path parameters (`scripts/schemathesis.toml`), a bounded number of
 * examples per operation and an overall time budget. Fails on any 5xx (`not_a_server_error`) or a response that does
 * not match its schema (`response_schema_conformance`); Schemathesis prints each failing operation with a curl
 * reproduction, and the last line counts the requests and the server errors. Extra arguments go to Schemathesis.
 * FUZZ_MAX_TIME / FUZZ_MAX_EXAMPLES change the budget; FUZZ_REPORT_DIR keeps Schemathesis' NDJSON event stream there
 * (otherwise it goes with the throwaway folder).
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { say } = require('./lib/log');
const { startProductStack } = require('./lib/product-stack');
const { resolveSchemathesis, SCHEMATHESIS_VERSION } = require('./lib/schemathesis');

/** Seconds of fuzzing for the whole document (the product's start and the seeding come on top: ≈ 5 minutes in all). */
const MAX_TIME_SECONDS = Number(process.env.FUZZ_MAX_TIME || 240);
/** Test cases per operation in each round (fuzzing repeats rounds until the time budget is spent). */
const MAX_EXAMPLES = Number(process.env.FUZZ_MAX_EXAMPLES || 25);

let stack = null;
let schemathesis = null;
let interrupted = false;
let stopping = false;

const dayFromToday = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** One call to the product's API; anything but a 2xx stops the seeding with the response in the message. */
async function api(baseUrl, token, method, url, body, contentType = 'application/json') {
  const init = { method, headers: { Authorization: `Bearer ${token}` } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.headers['Content-Type'] = contentType;
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const response = await fetch(`${baseUrl}${url}`, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`seeding: ${method} ${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : null;
}

const UNITS_CSV = [
  '楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,装修标准',
  '1#,1,101,业主甲,13900000001,89.57,89.12,25000.00,精装',
  '1#,1,102,业主乙,13900000002,89.57,89.57,25000.00,精装',
  '1#,1,201,业主丙,13900000003,120.30,121.05,26000.00,毛坯',
  '2#,1,101,业主丁,13900000004,95.00,95.00,24000.00,精装',
].join('\n');

// A 16×16 grey PNG: the photo every defect photo operation can point at.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAHUlEQVQokWPYQCJgGNVABGAgRhEyGNVADKB9KAEAsmgQH3GUmtcAAAAASUVORK5CYII=',
  'base64',
);
/** Stands in for a record the seeding could not create: operations on it answer 404, the rest of the run goes on. */
const MISSING_ID = '00000000-0000-0000-0000-000000000000';

/**
 * A project lead with a token, a launched project and one record of each kind the path parameters name, so that
 * fuzzed operations reach existing records instead of stopping at 404. Returns the ids for schemathesis.toml.
 */
async function seed(baseUrl, adminToken) {
  const lead = await api(baseUrl, adminToken, 'POST', '/users', { name: '模糊测试项目经理', role: 'project_lead' });
  const call = (method, url, body, contentType) => api(baseUrl, lead.token, method, url, body, contentType);
  const firstHandoverDate = dayFromToday(90);
  const project = await call('POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: '模糊测试壹号',
    batch: '一期',
    firstHandoverDate,
    centralizedDays: 3,
  });
  const base = `/projects/${project.id}`;
  await call('POST', `${base}/units/import`, UNITS_CSV, 'text/csv');
  await call('PUT', `${base}/fee-settings`, {
    propertyFeePerSqmMonth: '3.50',
    deedTaxRateBp: 150,
    maintenanceFundPerSqm: '45.00',
  });
  const { units } = await call('GET', `${base}/units/grid`);
  const unitId = units[0].id;

  const defect = await call('POST', `${base}/defects`, {
    unitId,
    source: 'open_day',
    category: 'quality',
    trade: 'civil',
    description: '客厅墙面空鼓',
  });
  const form = new FormData();
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'wall.png');
  const photo = await call('POST', `${base}/defects/${defect.id}/photos`, form).catch((error) => {
    say(`${error.message}; the photo operations will answer 404`);
    return { id: MISSING_ID };
  });
  // A briefing covers a day that has begun: yesterday's, generated on request.
  const briefingDate = dayFromToday(-1);
  await call('POST', `${base}/briefings/${briefingDate}/regenerate`).catch((error) => {
    say(`${error.message}; the briefing of ${briefingDate} will answer 404`);
  });
  const complaint = await call('POST', `${base}/complaints`, {
    subject: '交付延期',
    description: '业主询问交付时间',
    unitId: units[1].id,
    receivedAt: new Date().toISOString(),
    severity: 'normal',
  });
  await call('POST', `${base}/risk-register/init`);
  const risk = await call('POST', `${base}/risks`, {
    area: 'A',
    description: '外立面渗漏风险',
    department: 'engineering',
  });
  const slot = await call('POST', `${base}/appointment-slots`, {
    kind: 'handover',
    startsAt: `${firstHandoverDate}T09:00:00+08:00`,
    endsAt: `${firstHandoverDate}T10:00:00+08:00`,
    capacity: 10,
  });
  const booking = await call('POST', `${base}/appointment-slots/${slot.id}/bookings`, { unitId: units[2].id });
  const [key] = await call('POST', `${base}/keys`, { unitId, keys: [{ kind: 'unit_door', label: '1#-1-101-户门-1' }] });
  const postponed = await call('POST', `${base}/postponements`, {
    newFirstHandoverDate: dayFromToday(100),
    reason: '配套工程延误',
  });
  const caseRecord = await call('POST', '/cases', {
    kind: 'common_quality_problem',
    title: '客厅墙面空鼓',
    summary: '抹灰层空鼓，铲除重做',
    tags: ['墙面'],
    source: { projectId: project.id, recordKind: 'defect', recordId: defect.id },
  });
  return {
    FUZZ_LEAD_TOKEN: lead.token,
    FUZZ_LEAD_USER_ID: lead.id,
    FUZZ_PROJECT_ID: project.id,
    FUZZ_UNIT_ID: unitId,
    FUZZ_DEFECT_ID: defect.id,
    FUZZ_PHOTO_ID: photo.id,
    FUZZ_COMPLAINT_ID: complaint.id,
    FUZZ_RISK_ID: risk.id,
    FUZZ_SLOT_ID: slot.id,
    FUZZ_BOOKING_ID: booking.id,
    FUZZ_KEY_ID: key.id,
    FUZZ_POSTPONEMENT_ID: postponed.postponements.at(-1).id,
    FUZZ_CASE_ID: caseRecord.id,
    FUZZ_BRIEFING_DATE: briefingDate,
  };
}

/**
 * What Schemathesis' NDJSON event stream says: every request it sent (the interactions of each finished scenario),
 * the 5xx answers among them, and each failing operation with the distinct kinds of failure found there.
 */
function readReport(ndjsonFile) {
  if (!fs.existsSync(ndjsonFile)) return null;
  const report = { requests: 0, serverErrors: 0, failures: new Map() };
  for (const line of fs.readFileSync(ndjsonFile, 'utf8').split('\n')) {
    if (!line.startsWith('{"ScenarioFinished"')) continue;
    const { recorder } = JSON.parse(line).ScenarioFinished;
    for (const interaction of Object.values(recorder.interactions ?? {})) {
      report.requests += 1;
      if (interaction.response?.status_code >= 500) report.serverErrors += 1;
    }
    for (const checks of Object.values(recorder.checks ?? {})) {
      for (const { status, failure_info: info } of checks) {
        if (status !== 'failure' || !info) continue;
        const { operation = recorder.label, title, message = '', status_code: statusCode } = info.failure;
        // Server errors differ by their status code, schema failures by the property of the schema they break.
        const where =
          statusCode ??
          /Schema at (\S+):/
            .exec(message)?.[1]
            ?.replace(/^\/components\/schemas\//, '')
            .replace(/\/properties\//g, '.');
        const kinds = report.failures.get(operation) ?? new Map();
        const places = kinds.get(title) ?? new Set();
        if (where !== undefined) places.add(String(where).replace(/^\./, ''));
        kinds.set(title, places);
        report.failures.set(operation, kinds);
      }
    }
  }
  return report;
}

/**
 * Schemathesis' report, each line prefixed, and its pytest-style closing line ("==== 2 warnings in 240.1s ====")
 * reworded: CI reads a run's result from test-runner summaries, and that line reads as a run in which no test ran.
 */
function schemathesisLine(line) {
  const closing = /^=+\s*(.*?)\s+in\s+([\d.]+)s\s*=+$/.exec(line.trim());
  if (closing) return `[schemathesis] finished after ${closing[2]} seconds: ${closing[1]}`;
  return `[schemathesis] ${line}`;
}

function relayLines(stream, write) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) write(`${schemathesisLine(line)}\n`);
  });
  stream.on('end', () => {
    if (pending) write(`${schemathesisLine(pending)}\n`);
  });
}

function runSchemathesis(bin, args, cwd, env) {
  return new Promise((resolve, reject) => {
    schemathesis = spawn(bin, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    relayLines(schemathesis.stdout, (text) => process.stdout.write(text));
    relayLines(schemathesis.stderr, (text) => process.stderr.write(text));
    schemathesis.once('error', reject);
    schemathesis.once('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (schemathesis && schemathesis.exitCode === null && schemathesis.signalCode === null) {
    schemathesis.kill('SIGTERM');
    await new Promise((resolve) => schemathesis.once('exit', resolve));
  }
  if (stack) await stack.stop().catch((error) => say(`stopping the product failed: ${error.message}`));
  process.exit(code);
}

/**
 * A signal while the product is still starting: the stack helper only hands back its launcher once it is ready, so
 * the launcher (our only child at that point) is asked to stop here; the helper then removes its folder and throws.
 */
function stopStartingChildren() {
  for (const task of fs.readdirSync(`/proc/${process.pid}/task`)) {
    const children = fs.readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim();
    for (const pid of children ? children.split(/\s+/) : []) process.kill(Number(pid), 'SIGTERM');
  }
}

function onSignal(signal) {
  if (interrupted) return;
  interrupted = true;
  say(`fuzz: ${signal}, stopping…`);
  if (stack) void shutdown(130);
  else {
    try {
      stopStartingChildren();
    } catch {
      /* no /proc: the launcher stops at the helper's ready timeout */
    }
  }
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => onSignal(signal));
  const bin = resolveSchemathesis();
  if (interrupted) return shutdown(130);
  say(`Schemathesis ${SCHEMATHESIS_VERSION}: ${bin}`);
  say('Starting the product for the fuzz tests…');
  stack = await startProductStack({ label: 'fuzz' });
  if (interrupted) return shutdown(130);
  say(`Product ready at ${stack.baseUrl}; seeding a lead, a project and its records…`);
  const ids = await seed(stack.baseUrl, stack.adminToken);
  if (stopping) return;

  const reportDir = process.env.FUZZ_REPORT_DIR
    ? path.resolve(process.env.FUZZ_REPORT_DIR)
    : path.join(stack.dataDir, 'schemathesis-report');
  const ndjson = path.join(reportDir, 'events.ndjson');
  const args = [
    '--config-file',
    path.join(__dirname, 'schemathesis.toml'),
    'run',
    `${stack.baseUrl}/docs-json`,
    '--url',
    stack.baseUrl,
    '--checks',
    'not_a_server_error,response_schema_conformance',
    '--max-examples',
    String(MAX_EXAMPLES),
    '--max-time',
    String(MAX_TIME_SECONDS),
    '--report',
    'ndjson',
    '--report-ndjson-path',
    ndjson,
    '--no-color',
    ...process.argv.slice(2),
  ];
  say(
    `Fuzzing ${stack.baseUrl}/docs-json: up to ${MAX_EXAMPLES} examples per operation, ${MAX_TIME_SECONDS} s in all…`,
  );
  const startedAt = Date.now();
  const status = await runSchemathesis(bin, args, stack.dataDir, { ...process.env, ...ids });
  schemathesis = null;
  if (stopping) return;
  const report = readReport(ndjson);
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  if (!report) {
    say(`fuzz: Schemathesis wrote no report (exit code ${status}, ${seconds} s)`);
    return shutdown(1);
  }
  if (report.failures.size > 0) {
    say(`fuzz: ${report.failures.size} failing operations (curl reproductions in Schemathesis' report above):`);
    for (const [operation, kinds] of [...report.failures].sort(([a], [b]) => a.localeCompare(b))) {
      const described = [...kinds].map(([title, places]) =>
        places.size ? `${title}: ${[...places].join(', ')}` : title,
      );
      say(`  ${operation} — ${described.join('; ')}`);
    }
  }
  say(`fuzz: ${report.requests} requests, ${report.serverErrors} server errors (${seconds} s of fuzzing)`);
  await shutdown(status === 0 && report.serverErrors === 0 ? 0 : 1);
}

if (require.main === module) {
  main().catch(async (error) => {
    // Interrupted while starting, the helper reports the launcher's exit: the signal is the news, not that.
    if (!interrupted) say(`fuzz: ${error.message}`);
    await shutdown(interrupted ? 130 : 1);
  });
}

module.exports = { seed, readReport, schemathesisLine };
