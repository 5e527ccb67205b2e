/**
 * `npm run bench:compare`: the product's endpoints against a bare floor, to see what its framework, authorization,
 * audit and ORM cost. Starts the product as `npm start` would (throwaway data folder, free ports:
 * scripts/lib/product-stack) and the baseline (bench/baseline/server.ts: Fastify 5 + pg, one INSERT, or one SELECT by
 * primary key) on the same PostgreSQL, then drives them with autocannon, CONNECTIONS at a time for SEGMENT_SECONDS
 * each, interleaved in one run — baseline, endpoint, baseline, endpoint, … — so that machine noise lands on both:
 * - writes, each against the write baseline measured just before it: every step of the per-unit handover flow
 *   (check-in … complete; each request on a unit that has just passed the step before, so none is refused as already
 *   done), defect intake, complaint intake, key handover (钥匙移交, one fresh key a request) and a handover booking (one
 *   fresh unit a request);
 * - reads, each against the read twin measured just before it: project detail, unit grid, approvals inbox, the defect
 *   list page and the HQ board.
 * Prints, per endpoint: requests/s (2xx answers over the time they took), p50 and p99 latency (ms, autocannon's), the
 * counts of 2xx, non-2xx and errors (connection errors and timeouts), the segment's length, the 1-minute load average
 * at its end, the baseline's requests/s and p99, and the ratios endpoint/baseline of both; then the worst of each as
 * the last line, `worst throughput ratio X.XX, worst p99 ratio Y.YY`. Exits 1 when any answer was not 2xx.
 * Each step of the per-unit flow gets STEP_UNITS units that have just passed the step before: those the measured
 * segment of that step left, topped up (not measured, between segments) by driving fresh units through the earlier
 * steps. A segment that uses up its units or keys before SEGMENT_SECONDS ends early (its `secs` says so).
 *
 * Env: SEGMENT_SECONDS (6), WARMUP_SECONDS (2), CONNECTIONS (100), UNITS (6000: the units the per-unit flow and the
 * bookings draw from), STEP_UNITS (2400), TRANSFER_KEYS (3000), READ_ROWS (10000: rows the read twin reads), PAUSE_MS
 * (500: between segments, for answers still in flight), LOG_LEVEL (info, as `npm start`: one access-log line per
 * request).
 */
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { addDays, instantToCalendarDate } from '@handover/domain';
import { seedBaselineRows } from './baseline/table';
import { startServer } from './support/child-server';
import { pool } from './stats';

interface ProductStack {
  baseUrl: string;
  adminToken: string;
  databaseUrl: string;
  stop(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startProductStack } = require('../scripts/lib/product-stack') as {
  startProductStack(options: { label: string; env?: Record<string, string> }): Promise<ProductStack>;
};

const SEGMENT_SECONDS = Number(process.env.SEGMENT_SECONDS ?? 6);
const WARMUP_SECONDS = Number(process.env.WARMUP_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
const UNITS = Number(process.env.UNITS ?? 6000);
const STEP_UNITS = Number(process.env.STEP_UNITS ?? 2400);
const TRANSFER_KEYS = Number(process.env.TRANSFER_KEYS ?? 3000);
const READ_ROWS = Number(process.env.READ_ROWS ?? 10_000);
const PAUSE_MS = Number(process.env.PAUSE_MS ?? 500);
const LOG_LEVEL = process.env.LOG_LEVEL ?? 'info';
/** Seats per booking slot: the bookings spread over many slots, as a handover day's are. */
const SEATS_PER_SLOT = 30;

let base = '';

/** Untyped JSON from the API under test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const note = (line: string) => process.stderr.write(`${line}\n`);

/** What one segment drives: request `i` of it, and (for writes that use something up) how many there may be. */
interface Load {
  label: string;
  url: string;
  method: 'GET' | 'POST';
  token?: string;
  /** Fresh units or keys available, one per request; absent when any number of requests may be made. */
  supply?: number;
  /** CONNECTIONS unless said (a top-up of fewer units than that). */
  connections?: number;
  request(i: number): { path: string; body?: unknown };
  /** Told the index of every request answered 2xx. */
  succeeded?(i: number): void;
}

interface Measured {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  statuses: string;
  errors: number;
  seconds: number;
  load: number;
  /** Requests sent: the first `sent` of the supply are used up, the rest are still fresh. */
  sent: number;
}

/** One segment: CONNECTIONS connections for `seconds`, or until the supply runs out. */
function measure(load: Load, seconds: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    let next = 0;
    const started = performance.now();
    let last = started;
    let timer: NodeJS.Timeout | undefined;
    const headers: Record<string, string> = {};
    if (load.token) headers.authorization = `Bearer ${load.token}`;
    if (load.method === 'POST') headers['content-type'] = 'application/json';
    const instance = autocannon(
      {
        url: load.url,
        connections: load.connections ?? CONNECTIONS,
        duration: seconds,
        ...(load.supply === undefined ? {} : { amount: load.supply }),
        headers,
        requests: [
          {
            method: load.method,
            setupRequest: (request, context) => {
              const i = load.supply === undefined ? next++ : next++ % load.supply;
              (context as { item?: number }).item = i;
              const { path: route, body } = load.request(i);
              return body === undefined
                ? { ...request, path: route }
                : { ...request, path: route, body: JSON.stringify(body) };
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
        const codes = Object.entries(result.statusCodeStats ?? {})
          .filter(([code]) => !code.startsWith('2'))
          .map(([code, stat]) => `${code}×${stat.count ?? 0}`);
        resolve({
          label: load.label,
          rps: result['2xx'] / elapsed,
          p50: result.latency.p50,
          p99: result.latency.p99,
          ok: result['2xx'],
          non2xx: result.non2xx,
          statuses: codes.join(' '),
          errors: result.errors + result.timeouts,
          seconds: elapsed,
          load: os.loadavg()[0],
          sent: next,
        });
      },
    );
    instance.on('response', () => {
      last = performance.now();
    });
    // autocannon ignores `duration` once `amount` is set: the supply bounds the segment, this timer its length (a
    // little early: autocannon stops at its next one-second tick, which would otherwise be a second late)
    if (load.supply !== undefined) timer = setTimeout(() => instance.stop(), seconds * 1000 - 100);
  });
}

interface Row {
  kind: 'write' | 'read';
  endpoint: Measured | null;
  baseline: Measured;
  label: string;
  skipped?: string;
}

/** The baseline, then the endpoint, each for SEGMENT_SECONDS: the ratio is to the baseline measured next to it. */
async function pair(kind: 'write' | 'read', floor: Load, load: Load): Promise<Row> {
  const baseline = await measure(floor, SEGMENT_SECONDS);
  await sleep(PAUSE_MS);
  if (load.supply !== undefined && load.supply < CONNECTIONS) {
    const skipped = `only ${load.supply} fresh records for ${CONNECTIONS} connections`;
    note(`${load.label}: skipped (${skipped})`);
    return { kind, endpoint: null, baseline, label: load.label, skipped };
  }
  const endpoint = await measure(load, SEGMENT_SECONDS);
  await sleep(PAUSE_MS);
  note(
    `${load.label}: ${endpoint.rps.toFixed(0)} req/s, p99 ${endpoint.p99} ms (baseline ${baseline.rps.toFixed(0)} req/s, ` +
      `p99 ${baseline.p99} ms)${endpoint.non2xx + endpoint.errors > 0 ? `, ${endpoint.non2xx} non-2xx ${endpoint.statuses} ${endpoint.errors} errors` : ''}`,
  );
  return { kind, endpoint, baseline, label: load.label };
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

/** The bare Fastify + pg server in its own process (as the product's API is in its own), on a free port. */
function startBaseline(databaseUrl: string) {
  return startServer('the baseline', path.join(__dirname, 'baseline', 'server.ts'), { DATABASE_URL: databaseUrl });
}

async function run(stack: ProductStack, baselineUrl: string): Promise<{ rows: Row[]; preparation: Measured[] }> {
  const admin = stack.adminToken;
  const user = (name: string, role: string, department?: string) =>
    api('POST', '/users', admin, { name, role, department });
  const lead = await user('compare lead', 'project_lead');
  const finance = await user('compare finance', 'department_head', 'finance');
  const property = await user('compare property', 'department_head', 'property');
  const engineering = await user('compare engineering', 'department_head', 'engineering');
  const hq = await user('compare hq', 'hq');
  const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
  const project = await api('POST', '/projects', lead.token, {
    cityCompany: 'bench',
    name: `compare-bench-${randomUUID().slice(0, 8)}`,
    batch: '一期',
    firstHandoverDate: addDays(today, 60),
    centralizedDays: 3,
    departmentHeadIds: [finance.id, property.id, engineering.id],
  });
  const p = `/projects/${project.id}`;
  await api('PUT', `${p}/fee-settings`, lead.token, {
    propertyFeePerSqmMonth: '3.50',
    prepaidMonths: 3,
    deedTaxRateBp: 300,
    maintenanceFundPerSqm: '45.00',
  });
  await api('POST', `${p}/units/import`, lead.token, unitCsv(UNITS), 'text/csv');
  const unitIds: string[] = [];
  for (let page = 1; unitIds.length < UNITS; page += 1) {
    const list = await api('GET', `${p}/units?page=${page}&pageSize=200`, lead.token);
    if (list.items.length === 0) break;
    unitIds.push(...list.items.map((unit: { id: string }) => unit.id));
  }

  // 钥匙移交 moves keys from the contractor to the property company once: one fresh key a request.
  const transferKeyIds: string[] = [];
  const chunks = [...Array(Math.ceil(TRANSFER_KEYS / 50)).keys()];
  await pool(chunks, 4, async (chunk) => {
    const keys = Array.from({ length: Math.min(50, TRANSFER_KEYS - chunk * 50) }, (_, k) => ({
      kind: 'entrance_door',
      label: `大堂门-${chunk * 50 + k}`,
    }));
    const registered = await api('POST', `${p}/keys`, property.token, { keys });
    transferKeyIds.push(...registered.map((key: { id: string }) => key.id));
  });
  // A unit books one handover seat: slots of SEATS_PER_SLOT seats on the handover days, one fresh unit a request.
  const slotIds: string[] = [];
  await pool([...Array(Math.ceil(UNITS / SEATS_PER_SLOT)).keys()], 4, async (k) => {
    const day = addDays(today, 60 + Math.floor(k / 16));
    const minutes = 9 * 60 + (k % 16) * 30;
    const at = (m: number) =>
      `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+08:00`;
    const slot = await api('POST', `${p}/appointment-slots`, lead.token, {
      kind: 'handover',
      startsAt: at(minutes),
      endsAt: at(minutes + 30),
      capacity: SEATS_PER_SLOT,
    });
    slotIds.push(slot.id);
  });
  const db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const readIds = await seedBaselineRows(db, unitIds, READ_ROWS).finally(() => db.end());
  note(
    `seeded: ${unitIds.length} units, ${transferKeyIds.length} keys with the contractor, ${slotIds.length} handover slots, ` +
      `${readIds.length} baseline rows`,
  );

  const writeFloor: Load = {
    label: 'baseline write',
    url: baselineUrl,
    method: 'POST',
    request: (i) => ({
      path: '/defects',
      body: { unitId: unitIds[i % unitIds.length], description: `入户门关闭不严 ${i}` },
    }),
  };
  const readFloor: Load = {
    label: 'baseline read',
    url: baselineUrl,
    method: 'GET',
    request: (i) => ({ path: `/defects/${readIds[i % readIds.length]}` }),
  };
  const defectIntake: Load = {
    label: 'defect intake',
    url: base,
    method: 'POST',
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
  const read = (label: string, token: string, route: string): Load => ({
    label,
    url: base,
    method: 'GET',
    token,
    request: () => ({ path: route }),
  });

  note(`warm-up: ${WARMUP_SECONDS} s each of the baselines, defect intake and project detail`);
  for (const load of [writeFloor, readFloor, defectIntake, read('project detail', lead.token, p)]) {
    await measure(load, WARMUP_SECONDS);
    await sleep(PAUSE_MS);
  }

  const rows: Row[] = [];
  const team = { sales: '销售王', engineering: '工程李', property: '物业张' };
  const steps: { name: string; token: string; body(i: number): unknown }[] = [
    { name: 'check-in', token: lead.token, body: () => ({}) },
    { name: 'settle-area', token: finance.token, body: () => ({}) },
    { name: 'pay-fees', token: finance.token, body: () => ({}) },
    {
      name: 'inspect',
      token: lead.token,
      body: (i) => ({ team, defects: [{ description: `门吸松动 ${i}`, simple: true }] }),
    },
    { name: 'hand-over-keys', token: property.token, body: () => ({}) },
    {
      name: 'hand-over-documents',
      token: lead.token,
      body: () => ({ qualityGuarantee: true, userManual: true, ownerHandbook: true }),
    },
    { name: 'record-gift', token: lead.token, body: () => ({}) },
    { name: 'complete', token: lead.token, body: () => ({}) },
  ];
  // A unit sent to `complete` may be handed over even when its answer never came (in flight when a segment stopped):
  // none of them is booked, since a handed-over unit cannot book a handover seat.
  const sentToComplete = new Set<string>();
  const stepLoad = (k: number, units: string[], label: string, moved: string[]): Load => ({
    label,
    url: base,
    method: 'POST',
    token: steps[k].token,
    supply: units.length,
    request: (i) => {
      if (steps[k].name === 'complete') sentToComplete.add(units[i]);
      return { path: `${p}/units/${units[i]}/handover/${steps[k].name}`, body: steps[k].body(i) };
    },
    succeeded: (i) => moved.push(units[i]),
  });
  // 钥匙交接 hands the unit's keys to the owner: the property company must hold them (registered, not measured).
  const keyed = new Set<string>();
  const registerUnitKeys = (units: string[]) =>
    pool(
      units.filter((id) => !keyed.has(id)),
      8,
      async (unitId) => {
        keyed.add(unitId);
        await api('POST', `${p}/keys`, property.token, {
          unitId,
          holder: 'property',
          keys: [{ kind: 'unit_door', label: `户门-${unitId}` }],
        });
      },
    );
  // passed[k]: units that have passed the first k steps and no more, fresh for step k (passed[0]: not started).
  const passed: string[][] = [unitIds.slice(), ...steps.map(() => [])];
  const preparation: Measured[] = [];
  /** Moves `count` units from passed[k] to passed[k + 1] by driving step k, as fast as it goes; not measured. */
  const advance = async (k: number, count: number): Promise<void> => {
    if (passed[k].length < count) {
      if (k === 0) throw new Error(`UNITS ${UNITS} is too few: the per-unit flow needs more fresh units`);
      await advance(k - 1, count - passed[k].length);
    }
    const units = passed[k].splice(0, count);
    if (units.length === 0) return;
    if (steps[k].name === 'hand-over-keys') await registerUnitKeys(units);
    const load = stepLoad(k, units, `${steps[k].name} (preparation)`, passed[k + 1]);
    const result = await measure({ ...load, connections: Math.min(CONNECTIONS, units.length) }, 3600);
    if (result.non2xx + result.errors > 0) preparation.push(result);
  };
  for (let k = 0; k < steps.length; k += 1) {
    if (k > 0 && passed[k].length < STEP_UNITS) {
      note(`preparing ${STEP_UNITS - passed[k].length} more units for ${steps[k].name} (not measured)`);
      await advance(k - 1, STEP_UNITS - passed[k].length);
    }
    const units = passed[k].splice(0, STEP_UNITS);
    if (steps[k].name === 'hand-over-keys') await registerUnitKeys(units);
    const row = await pair('write', writeFloor, stepLoad(k, units, steps[k].name, passed[k + 1]));
    // the units it did not reach are still fresh for this step: a later top-up takes them first
    passed[k].unshift(...units.slice(Math.min(row.endpoint?.sent ?? 0, units.length)));
    rows.push(row);
  }
  const handedOver = new Set(passed[steps.length]);

  rows.push(await pair('write', writeFloor, defectIntake));
  rows.push(
    await pair('write', writeFloor, {
      label: 'complaint intake',
      url: base,
      method: 'POST',
      token: lead.token,
      request: (i) => ({
        path: `${p}/complaints`,
        body: {
          subject: '车位划线与合同不符',
          description: `业主来电反映车位问题 ${i}`,
          unitId: unitIds[i % unitIds.length],
          receivedAt: new Date().toISOString(),
          severity: 'normal',
        },
      }),
    }),
  );
  rows.push(
    await pair('write', writeFloor, {
      label: 'key handover',
      url: base,
      method: 'POST',
      token: property.token,
      supply: transferKeyIds.length,
      request: (i) => ({ path: `${p}/keys/transfer`, body: { keyIds: [transferKeyIds[i]] } }),
    }),
  );
  const bookable = unitIds.filter((id) => !sentToComplete.has(id));
  rows.push(
    await pair('write', writeFloor, {
      label: 'booking',
      url: base,
      method: 'POST',
      token: lead.token,
      supply: bookable.length,
      request: (i) => ({
        path: `${p}/appointment-slots/${slotIds[i % slotIds.length]}/bookings`,
        body: { unitId: bookable[i] },
      }),
    }),
  );

  const defects = await api('GET', `${p}/defects?page=1&pageSize=1`, lead.token);
  // the inbox of whoever has the most gates waiting (the lead, a department head or HQ)
  const readers = [
    { name: 'the lead', token: lead.token },
    { name: 'the finance head', token: finance.token },
    { name: 'the property head', token: property.token },
    { name: 'the engineering head', token: engineering.token },
    { name: 'HQ', token: hq.token },
  ];
  const inboxes = await Promise.all(
    readers.map(async (reader) => ({
      ...reader,
      total: (await api('GET', '/approvals/inbox?page=1&pageSize=1', reader.token)).total as number,
    })),
  );
  const inbox = inboxes.reduce((a, b) => (b.total > a.total ? b : a));
  const board = await api('GET', '/hq/board', hq.token);
  note(
    `reads over: ${unitIds.length} units (${handedOver.size} handed over), ${defects.total} defects, ` +
      `inbox of ${inbox.name} with ${inbox.total} gates, HQ board of ${JSON.stringify(board).length} bytes`,
  );
  for (const load of [
    read('project detail', lead.token, p),
    read('unit grid', lead.token, `${p}/units/grid`),
    read('inbox', inbox.token, '/approvals/inbox?page=1&pageSize=20'),
    read('defect list page', lead.token, `${p}/defects?page=1&pageSize=20`),
    read('HQ board', hq.token, '/hq/board'),
  ]) {
    rows.push(await pair('read', readFloor, load));
  }
  return { rows, preparation };
}

const ms = (value: number) => (value < 100 ? value.toFixed(1) : value.toFixed(0));

function printTable(rows: Row[], preparation: Measured[]): boolean {
  const header = [
    'endpoint',
    'vs',
    'req/s',
    'p50 ms',
    'p99 ms',
    '2xx',
    'non-2xx',
    'errors',
    'secs',
    'load',
    'base req/s',
    'base p99',
    'req/s ratio',
    'p99 ratio',
  ];
  const lines = rows.map((row) => {
    const b = row.baseline;
    const e = row.endpoint;
    const vs = row.kind === 'write' ? 'write' : 'read';
    if (!e) return [row.label, vs, `skipped: ${row.skipped}`];
    return [
      row.label,
      vs,
      e.rps.toFixed(0),
      ms(e.p50),
      ms(e.p99),
      String(e.ok),
      String(e.non2xx),
      String(e.errors),
      e.seconds.toFixed(1),
      e.load.toFixed(2),
      b.rps.toFixed(0),
      ms(b.p99),
      (e.rps / b.rps).toFixed(3),
      (e.p99 / Math.max(1, b.p99)).toFixed(2),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.filter((line) => line.length > 3).map((line) => line[column].length)),
  );
  const format = (cells: string[]) =>
    cells.length <= 3
      ? `${cells[0].padEnd(widths[0])}  ${cells[1].padEnd(widths[1])}  ${cells[2]}`
      : cells
          .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
          .join('  ');
  console.log(format(header));
  for (const line of lines) console.log(format(line));

  const failures: string[] = [];
  for (const row of rows) {
    for (const m of [row.baseline, row.endpoint]) {
      if (m && m.non2xx + m.errors > 0)
        failures.push(
          `${m.label}${m === row.baseline ? ` (before ${row.label})` : ''}: ${m.statuses || `${m.non2xx} non-2xx`}${m.errors ? ` ${m.errors} errors` : ''}`,
        );
    }
    if (row.skipped) failures.push(`${row.label}: skipped`);
  }
  for (const m of preparation) failures.push(`${m.label}: ${m.statuses}${m.errors ? ` ${m.errors} errors` : ''}`);
  if (failures.length > 0) console.log(`not all 2xx: ${failures.join('; ')}`);
  const measured = rows.flatMap(({ label, endpoint, baseline }) => (endpoint ? [{ label, endpoint, baseline }] : []));
  const throughput = measured.map((row) => ({ row, ratio: row.endpoint.rps / row.baseline.rps }));
  const p99 = measured.map((row) => ({ row, ratio: row.endpoint.p99 / Math.max(1, row.baseline.p99) }));
  const worstThroughput = throughput.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  const worstP99 = p99.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(`worst throughput: ${worstThroughput.row.label}; worst p99: ${worstP99.row.label}`);
  console.log(
    `worst throughput ratio ${worstThroughput.ratio.toFixed(2)}, worst p99 ratio ${worstP99.ratio.toFixed(2)}`,
  );
  return failures.length === 0;
}

async function main(): Promise<void> {
  note(`starting the product (as npm start, LOG_LEVEL ${LOG_LEVEL}) in a throwaway folder…`);
  const stack = await startProductStack({ label: 'compare', env: { LOG_LEVEL } });
  let result: { rows: Row[]; preparation: Measured[] } = { rows: [], preparation: [] };
  try {
    base = stack.baseUrl.replace('localhost', '127.0.0.1');
    const baseline = await startBaseline(stack.databaseUrl);
    try {
      result = await run(stack, baseline.url);
    } finally {
      await baseline.stop();
    }
  } finally {
    await stack.stop();
  }
  console.log(
    `\n${CONNECTIONS} connections, ${SEGMENT_SECONDS} s a segment, baseline and endpoint in turn; ` +
      `${os.cpus().length} CPUs; ratios are endpoint / the baseline measured just before it (writes: Fastify+pg INSERT, ` +
      `reads: Fastify+pg SELECT by primary key)`,
  );
  if (!printTable(result.rows, result.preparation)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
