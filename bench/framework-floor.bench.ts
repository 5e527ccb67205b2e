/**
 * `npm run bench:floor`: the ceiling the framework alone puts on the product's write endpoints. Issue 18 wants each
 * of them at ≥ 0.5× the bare Fastify 5 + pg write floor of `npm run bench:compare` (bench/baseline/server.ts:
 * validate `{unitId, description}`, one INSERT, 201); this measures how close a NestJS app doing nothing else can get:
 * - baseline (A/A): a second bench/baseline/server.ts process, so the ratios' own noise shows;
 * - nest express: NestJS on @nestjs/platform-express, one POST route, a global ValidationPipe (whitelist +
 *   forbidNonWhitelisted) on a class-validator DTO, a guard verifying an HS256 JWT with @nestjs/jwt, the same INSERT
 *   through a `pg` Pool (bench/support/nest-floor-server.ts);
 * - nest express + pino: the same plus nestjs-pino logging one line per request (to a file, as the product's log);
 * - nest express + typeorm: the same as nest express, the INSERT in `dataSource.transaction(manager => manager.query())`;
 * - nest fastify: the same as nest express on @nestjs/platform-fastify;
 * - bare step, write only / read + write: the baseline's Fastify server writing, instead of its INSERT, the least a
 *   guarded handover step writes — the unit's change guarded on its version, its event and its audit entry in one
 *   statement (bench/support/floor-step.ts), the unit read first or not (bench/support/bare-step-server.ts): what
 *   the issue's guarantees cost in PostgreSQL alone;
 * - nest fastify + step: nest fastify writing that step, its unit read first, as the product's steps do.
 * One throwaway embedded PostgreSQL (scripts/lib/postgres), every server in its own process with a pool of 20 on the
 * baseline's table. Each candidate is started, checked (201 for a good request; 401 without the token and 400 for an
 * unknown field where it authenticates), warmed up for WARMUP_SECONDS, then measured in turn with the baseline —
 * baseline, candidate — with autocannon, CONNECTIONS at a time for SEGMENT_SECONDS each, so machine noise lands on
 * both; then stopped. Every request carries the same body shape and bearer token (the baseline ignores it).
 * Prints, per candidate: requests/s (2xx over the time they took), p50 and p99 (ms, autocannon's), 2xx, non-2xx,
 * errors, secs, 1-minute load at its end, the baseline's requests/s and p99 just before it, and both ratios; then one
 * line per candidate `<name>: X.XX× baseline throughput, p99 Y.YY×`. Exits 1 when any answer was not 2xx.
 *
 * Env: SEGMENT_SECONDS (6), WARMUP_SECONDS (2), CONNECTIONS (100), PAUSE_MS (500: between segments, for answers still
 * in flight), POOL_SIZE (20), as `npm run bench:compare`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { ensureBaselineTable } from './baseline/table';
import { ensureStepTables, seedStepUnits } from './support/floor-step';
import { startServer } from './support/child-server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startEmbeddedPostgres } = require('../scripts/lib/postgres') as {
  startEmbeddedPostgres(options: { dir: string; port: number; database: string }): Promise<{
    url: string;
    stop(): Promise<void>;
  }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freePort } = require('../scripts/lib/free-port') as { freePort(): Promise<number> };

const SEGMENT_SECONDS = Number(process.env.SEGMENT_SECONDS ?? 6);
const WARMUP_SECONDS = Number(process.env.WARMUP_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
const PAUSE_MS = Number(process.env.PAUSE_MS ?? 500);
/** Units the requests' unitIds cycle through (the baseline's table has no foreign key: any UUID will do). */
const UNIT_COUNT = 1000;

const BASELINE_SERVER = path.join(__dirname, 'baseline', 'server.ts');
const NEST_SERVER = path.join(__dirname, 'support', 'nest-floor-server.ts');
const BARE_STEP_SERVER = path.join(__dirname, 'support', 'bare-step-server.ts');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const note = (line: string) => process.stderr.write(`${line}\n`);

interface Candidate {
  name: string;
  script: string;
  env: Record<string, string>;
  /** Whether it refuses a request without the token and one with an unknown field (the Nest apps do). */
  guarded: boolean;
  /** Where it logs one line per request, to count them afterwards. */
  logFile?: string;
}

function candidates(workDir: string): Candidate[] {
  const nest = (name: string, env: Record<string, string>, logFile?: string): Candidate => ({
    name,
    script: NEST_SERVER,
    env: { FLOOR_PLATFORM: 'express', FLOOR_DB: 'pg', ...env, ...(logFile ? { FLOOR_LOG_FILE: logFile } : {}) },
    guarded: true,
    logFile,
  });
  return [
    { name: 'baseline (A/A)', script: BASELINE_SERVER, env: {}, guarded: false },
    nest('nest express', {}),
    nest('nest express + pino', {}, path.join(workDir, 'requests.log')),
    nest('nest express + typeorm', { FLOOR_DB: 'typeorm' }),
    nest('nest fastify', { FLOOR_PLATFORM: 'fastify' }),
    { name: 'bare step, write only', script: BARE_STEP_SERVER, env: { FLOOR_STEP: 'write' }, guarded: false },
    { name: 'bare step, read + write', script: BARE_STEP_SERVER, env: { FLOOR_STEP: 'read-write' }, guarded: false },
    nest('nest fastify + step', { FLOOR_PLATFORM: 'fastify', FLOOR_DB: 'step' }),
  ];
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  statuses: string;
  errors: number;
  seconds: number;
  load: number;
}

/** The same requests to every server: POST /defects with a fresh description, the bearer token and JSON. */
interface Traffic {
  token: string;
  unitIds: string[];
}

const defectBody = (traffic: Traffic, i: number) =>
  JSON.stringify({ unitId: traffic.unitIds[i % traffic.unitIds.length], description: `入户门关闭不严 ${i}` });

/** One segment: CONNECTIONS connections posting defects to `url` for `seconds`. */
function measure(url: string, traffic: Traffic, seconds: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    let next = 0;
    const started = performance.now();
    let last = started;
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        headers: { authorization: `Bearer ${traffic.token}`, 'content-type': 'application/json' },
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => ({ ...request, path: '/defects', body: defectBody(traffic, next++) }),
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const elapsed = Math.max(1, last - started) / 1000;
        resolve({
          rps: result['2xx'] / elapsed,
          p50: result.latency.p50,
          p99: result.latency.p99,
          ok: result['2xx'],
          non2xx: result.non2xx,
          statuses: Object.entries(result.statusCodeStats ?? {})
            .filter(([code]) => !code.startsWith('2'))
            .map(([code, stat]) => `${code}×${stat.count ?? 0}`)
            .join(' '),
          errors: result.errors + result.timeouts,
          seconds: elapsed,
          load: os.loadavg()[0],
        });
      },
    );
    instance.on('response', () => {
      last = performance.now();
    });
  });
}

async function expectStatus(url: string, expected: number, why: string, init: RequestInit): Promise<void> {
  const response = await fetch(`${url}/defects`, { method: 'POST', ...init });
  const text = await response.text();
  if (response.status !== expected)
    throw new Error(`${why}: expected ${expected}, got ${response.status} ${text.slice(0, 300)}`);
}

/**
 * A good request is answered 201; a guarded candidate also refuses one without the token and one with a stray field.
 * Returns the number of requests it made.
 */
async function checkCandidate(candidate: Candidate, url: string, traffic: Traffic): Promise<number> {
  const json = { 'content-type': 'application/json' };
  const bearer = { ...json, authorization: `Bearer ${traffic.token}` };
  const body = defectBody(traffic, 0);
  await expectStatus(url, 201, `${candidate.name}, a good request`, { headers: bearer, body });
  if (!candidate.guarded) return 1;
  await expectStatus(url, 401, `${candidate.name}, without the token`, { headers: json, body });
  const stray = JSON.stringify({ ...JSON.parse(body), ownerName: '业主' });
  await expectStatus(url, 400, `${candidate.name}, an unknown field`, { headers: bearer, body: stray });
  return 3;
}

interface Row {
  name: string;
  candidate: Measured;
  baseline: Measured;
  /** Lines the candidate's request log holds after its segments, when it keeps one. */
  logLines?: number;
  /** Answers the candidate gave in all (check, warm-up and segment): what its log should count, one line each. */
  answers: number;
}

const countLines = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).length;

/** Starts, checks and warms up the candidate, then measures the baseline and it in turn, then stops it. */
async function measurePair(candidate: Candidate, baselineUrl: string, traffic: Traffic, env: Record<string, string>) {
  const server = await startServer(candidate.name, candidate.script, { ...env, ...candidate.env });
  try {
    const checks = await checkCandidate(candidate, server.url, traffic);
    const warmUp = await measure(server.url, traffic, WARMUP_SECONDS);
    await sleep(PAUSE_MS);
    const baseline = await measure(baselineUrl, traffic, SEGMENT_SECONDS);
    await sleep(PAUSE_MS);
    const measured = await measure(server.url, traffic, SEGMENT_SECONDS);
    await sleep(PAUSE_MS);
    const answers = checks + [warmUp, measured].reduce((sum, m) => sum + m.ok + m.non2xx, 0);
    const row: Row = { name: candidate.name, candidate: measured, baseline, answers };
    if (candidate.logFile) row.logLines = countLines(candidate.logFile);
    note(
      `${row.name}: ${measured.rps.toFixed(0)} req/s, p99 ${measured.p99} ms ` +
        `(baseline ${baseline.rps.toFixed(0)} req/s, p99 ${baseline.p99} ms)` +
        (row.logLines === undefined ? '' : `, ${row.logLines} lines in its request log for ${answers} answers`),
    );
    return row;
  } finally {
    await server.stop();
  }
}

const ms = (value: number) => (value < 100 ? value.toFixed(1) : value.toFixed(0));
const throughputRatio = (row: Row) => row.candidate.rps / row.baseline.rps;
const p99Ratio = (row: Row) => row.candidate.p99 / Math.max(1, row.baseline.p99);

function formatTable(header: string[], lines: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  return [header, ...lines].map(format);
}

function printResults(rows: Row[]): boolean {
  const header = ['candidate', 'req/s', 'p50 ms', 'p99 ms', '2xx', 'non-2xx', 'errors', 'secs', 'load'];
  header.push('base req/s', 'base p50', 'base p99', 'req/s ratio', 'p99 ratio');
  const lines = rows.map((row) => {
    const { candidate: c, baseline: b } = row;
    const cells = [row.name, c.rps.toFixed(0), ms(c.p50), ms(c.p99), String(c.ok), String(c.non2xx), String(c.errors)];
    cells.push(c.seconds.toFixed(1), c.load.toFixed(2), b.rps.toFixed(0), ms(b.p50), ms(b.p99));
    return [...cells, throughputRatio(row).toFixed(3), p99Ratio(row).toFixed(2)];
  });
  for (const line of formatTable(header, lines)) console.log(line);
  console.log('');
  for (const row of rows)
    console.log(
      `${row.name}: ${throughputRatio(row).toFixed(2)}× baseline throughput, p99 ${p99Ratio(row).toFixed(2)}×`,
    );

  const failures = rows.flatMap((row) =>
    [
      { label: row.name, m: row.candidate },
      { label: `baseline before ${row.name}`, m: row.baseline },
    ]
      .filter(({ m }) => m.non2xx + m.errors > 0)
      .map(
        ({ label, m }) => `${label}: ${m.statuses || `${m.non2xx} non-2xx`}${m.errors ? ` ${m.errors} errors` : ''}`,
      ),
  );
  if (failures.length > 0) console.log(`not all 2xx: ${failures.join('; ')}`);
  return failures.length === 0;
}

/** An HS256 token as the product mints them: a subject and an expiry an hour away. */
function mintToken(secret: string): string {
  return new JwtService().sign({ sub: randomUUID() }, { secret, algorithm: 'HS256', expiresIn: 3600 });
}

async function run(databaseUrl: string, workDir: string): Promise<Row[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const jwtSecret = randomUUID() + randomUUID();
  const traffic: Traffic = {
    token: mintToken(jwtSecret),
    unitIds: Array.from({ length: UNIT_COUNT }, () => randomUUID()),
  };
  try {
    await ensureBaselineTable(db);
    await ensureStepTables(db);
    await seedStepUnits(db, traffic.unitIds);
  } finally {
    await db.end();
  }
  const env = { DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret };
  const baseline = await startServer('the baseline', BASELINE_SERVER, env);
  try {
    note(`warm-up: ${WARMUP_SECONDS} s of the baseline; each candidate gets ${WARMUP_SECONDS} s before its segment`);
    await measure(baseline.url, traffic, WARMUP_SECONDS);
    await sleep(PAUSE_MS);
    const rows: Row[] = [];
    for (const candidate of candidates(workDir)) rows.push(await measurePair(candidate, baseline.url, traffic, env));
    return rows;
  } finally {
    await baseline.stop();
  }
}

async function main(): Promise<void> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-floor-'));
  let rows: Row[] = [];
  try {
    const pg = await startEmbeddedPostgres({
      dir: path.join(workDir, 'postgres'),
      port: await freePort(),
      database: 'handover_floor',
    });
    note('throwaway embedded PostgreSQL started');
    try {
      rows = await run(pg.url, workDir);
    } finally {
      await pg.stop();
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  console.log(
    `\n${CONNECTIONS} connections, ${SEGMENT_SECONDS} s a segment, baseline and candidate in turn; ` +
      `${os.cpus().length} CPUs; ratios are candidate / the baseline (Fastify 5 + pg INSERT) measured just before it`,
  );
  if (!printResults(rows)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
