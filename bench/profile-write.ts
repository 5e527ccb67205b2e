/**
 * `npx ts-node --transpile-only -r tsconfig-paths/register bench/profile-write.ts`: where the write path's time goes.
 * Starts the product as bench:compare does (scripts/lib/product-stack, LOG_LEVEL info) with bench/api-profiler.js
 * preloaded into the API, then drives each write endpoint with autocannon (CONNECTIONS at a time, SECONDS each or
 * until its fresh units run out) inside a profiling window: check-in, settle-area and pay-fees (each on units that
 * have just passed the step before, prepared unmeasured) and defect intake. Per endpoint it prints requests/s, p50 and
 * p99, the SQL statements the API ran per 2xx answer (every statement the pg driver was asked for, BEGIN and COMMIT
 * included) with each distinct text's count per request, and the CPU profile summarised by package
 * (bench/profile-summary.ts); the .cpuprofile files stay in OUT (default a fresh folder under the system temp).
 *
 * Env: SECONDS (6), CONNECTIONS (100), STEP_UNITS (1500 per measured step), ONLY (comma-separated labels to measure,
 * e.g. `pay-fees,defect intake`), TOP (15: functions listed), OUT.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { addDays, instantToCalendarDate } from '@handover/domain';
import { formatSummary, summariseProfile, type CpuProfile } from './profile-summary';

interface ProductStack {
  baseUrl: string;
  adminToken: string;
  stop(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startProductStack } = require('../scripts/lib/product-stack') as {
  startProductStack(options: { label: string; env?: Record<string, string> }): Promise<ProductStack>;
};

const SECONDS = Number(process.env.SECONDS ?? 6);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
const STEP_UNITS = Number(process.env.STEP_UNITS ?? 1500);
const ONLY = process.env.ONLY ? new Set(process.env.ONLY.split(',').map((label) => label.trim())) : null;
const TOP = Number(process.env.TOP ?? 15);
const OUT = process.env.OUT ?? fs.mkdtempSync(path.join(os.tmpdir(), 'handover-profile-'));

let base = '';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const note = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function api(method: string, route: string, token: string, body?: unknown, contentType = 'application/json') {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${route}: ${response.status} ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : null) as Json;
}

interface Drive {
  token: string;
  supply?: number;
  request(i: number): { path: string; body: unknown };
  succeeded?(i: number): void;
}
interface Result {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  seconds: number;
}

function drive(load: Drive, seconds: number, connections = CONNECTIONS): Promise<Result> {
  return new Promise((resolve, reject) => {
    let next = 0;
    const started = performance.now();
    let last = started;
    let timer: NodeJS.Timeout | undefined;
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        ...(load.supply === undefined ? {} : { amount: load.supply }),
        headers: { authorization: `Bearer ${load.token}`, 'content-type': 'application/json' },
        requests: [
          {
            method: 'POST',
            setupRequest: (request, context) => {
              const i = next++;
              (context as { item?: number }).item = i;
              const { path: route, body } = load.request(i);
              return { ...request, path: route, body: JSON.stringify(body) };
            },
            onResponse: (status, _body, context) => {
              const i = (context as { item?: number }).item;
              if (status >= 200 && status < 300 && i !== undefined) load.succeeded?.(i);
            },
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        clearTimeout(timer);
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const elapsed = Math.max(1, last - started) / 1000;
        resolve({
          rps: result['2xx'] / elapsed,
          p50: result.latency.p50,
          p99: result.latency.p99,
          ok: result['2xx'],
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          seconds: elapsed,
        });
      },
    );
    instance.on('response', () => {
      last = performance.now();
    });
    if (load.supply !== undefined) timer = setTimeout(() => instance.stop(), seconds * 1000 - 100);
  });
}

/** Opens or closes the API's profiling window `n` (bench/api-profiler.js); closing waits for its files. */
async function toggleWindow(n: number, closing: boolean): Promise<void> {
  fs.writeFileSync(path.join(OUT, `${closing ? 'close' : 'open'}-${n}`), '');
  if (!closing) {
    await sleep(400);
    return;
  }
  const done = path.join(OUT, `window-${n}.done`);
  for (let waited = 0; !fs.existsSync(done); waited += 100) {
    if (waited > 60_000) throw new Error(`no profile for window ${n}`);
    await sleep(100);
  }
}

function unitCsv(count: number): string {
  const rows = ['building,unit,room,ownerName,ownerPhone,contractedArea,surveyedArea,pricePerSqm,fitOut'];
  for (let i = 0; i < count; i += 1) {
    const contracted = 8000 + (i % 4000);
    const surveyed = contracted + ((i % 7) - 3) * 37;
    const room = `${1 + Math.floor((i % 100) / 4)}0${1 + (i % 4)}`;
    rows.push(
      `${1 + Math.floor(i / 300)}#,${1 + (Math.floor(i / 100) % 3)},${room},业主${i},139${String(10000000 + i).slice(-8)},${(contracted / 100).toFixed(2)},${(surveyed / 100).toFixed(2)},25000.00,${i % 2 ? 'fitted' : 'shell'}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

async function run(stack: ProductStack): Promise<void> {
  const admin = stack.adminToken;
  const user = (name: string, role: string, department?: string) =>
    api('POST', '/users', admin, { name, role, department });
  const lead = await user('profile lead', 'project_lead');
  const finance = await user('profile finance', 'department_head', 'finance');
  const engineering = await user('profile engineering', 'department_head', 'engineering');
  const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
  const project = await api('POST', '/projects', lead.token, {
    cityCompany: 'bench',
    name: `profile-write-${randomUUID().slice(0, 8)}`,
    batch: '一期',
    firstHandoverDate: addDays(today, 60),
    centralizedDays: 3,
    departmentHeadIds: [finance.id, engineering.id],
  });
  const p = `/projects/${project.id}`;
  await api('PUT', `${p}/fee-settings`, lead.token, {
    propertyFeePerSqmMonth: '3.50',
    prepaidMonths: 3,
    deedTaxRateBp: 300,
    maintenanceFundPerSqm: '45.00',
  });
  const wanted = (label: string) => !ONLY || ONLY.has(label);
  const units = STEP_UNITS * 3;
  await api('POST', `${p}/units/import`, lead.token, unitCsv(units), 'text/csv');
  const unitIds: string[] = [];
  for (let page = 1; unitIds.length < units; page += 1) {
    const list = await api('GET', `${p}/units?page=${page}&pageSize=200`, lead.token);
    if (list.items.length === 0) break;
    unitIds.push(...list.items.map((unit: { id: string }) => unit.id));
  }
  const steps = [
    { name: 'check-in', token: lead.token },
    { name: 'settle-area', token: finance.token },
    { name: 'pay-fees', token: finance.token },
  ];
  const stepDrive = (k: number, pool: string[], moved?: string[]): Drive => ({
    token: steps[k].token,
    supply: pool.length,
    request: (i) => ({ path: `${p}/units/${pool[i]}/handover/${steps[k].name}`, body: {} }),
    succeeded: (i) => moved?.push(pool[i]),
  });
  // pools[k]: units that have passed the steps before k, fresh for step k (prepared, not measured)
  const pools: string[][] = [unitIds.slice(0, STEP_UNITS), [], []];
  for (let k = 1; k < steps.length; k += 1) {
    if (!wanted(steps[k].name)) continue;
    let prepared = unitIds.slice(k * STEP_UNITS, (k + 1) * STEP_UNITS);
    for (let j = 0; j < k; j += 1) {
      const moved: string[] = [];
      note(`preparing ${prepared.length} units: ${steps[j].name} (not measured)`);
      await drive(stepDrive(j, prepared, moved), 3600, Math.min(CONNECTIONS, prepared.length));
      prepared = moved;
    }
    pools[k] = prepared;
  }
  const defectIntake: Drive = {
    token: engineering.token,
    request: (i) => ({
      path: `${p}/defects`,
      body: {
        unitId: unitIds[i % unitIds.length],
        source: 'handover_inspection',
        category: 'quality',
        trade: '门窗',
        description: `入户门关闭不严 ${i}`,
        responsibleParty: '总包',
        deadline: addDays(today, 14),
      },
    }),
  };
  note('warm-up: 3 s of defect intake');
  await drive(defectIntake, 3);
  await sleep(500);

  const measured: [string, Drive][] = [
    ...steps.map((step, k) => [step.name, stepDrive(k, pools[k])] as [string, Drive]),
    ['defect intake', defectIntake],
  ];
  let window = 0;
  const report: string[] = [];
  for (const [label, load] of measured) {
    if (!wanted(label)) continue;
    window += 1;
    await toggleWindow(window, false);
    const result = await drive(load, SECONDS);
    await sleep(500);
    await toggleWindow(window, true);
    const sql = JSON.parse(fs.readFileSync(path.join(OUT, `window-${window}.sql.json`), 'utf8')) as {
      statements: number;
      byText: Record<string, number>;
    };
    const profile = JSON.parse(fs.readFileSync(path.join(OUT, `window-${window}.cpuprofile`), 'utf8')) as CpuProfile;
    const perRequest = (count: number) => (count / Math.max(1, result.ok)).toFixed(2);
    const lines = [
      `=== ${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.ok} 2xx, ` +
        `${result.non2xx} non-2xx, ${result.errors} errors, ${result.seconds.toFixed(1)} s, load ${os.loadavg()[0].toFixed(2)}`,
      `SQL statements per 2xx answer: ${perRequest(sql.statements)}`,
      ...Object.entries(sql.byText)
        .sort((a, b) => b[1] - a[1])
        .map(([text, count]) => `  ${perRequest(count)}  ${text.slice(0, 220)}`),
      '',
      formatSummary(summariseProfile(profile, TOP)),
      `(profile: ${path.join(OUT, `window-${window}.cpuprofile`)})`,
      '',
    ];
    note(lines[0]);
    report.push(...lines);
  }
  console.log(report.join('\n'));
}

async function main(): Promise<void> {
  note(`starting the product with the profiler preloaded (profiles in ${OUT})…`);
  const stack = await startProductStack({
    label: 'profile',
    env: {
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      PROFILE_DIR: OUT,
      API_NODE_OPTIONS: `-r ${path.join(__dirname, 'api-profiler.js')}`,
    },
  });
  try {
    base = stack.baseUrl.replace('localhost', '127.0.0.1');
    await run(stack);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
