/**
 * Against a running stack (`npm start`): launch PROJECTS projects through the API, CONCURRENCY at a time, then read
 * each one back. Prints launches/s and p50/p99 latencies. Env: BASE_URL (http://localhost:3000), ADMIN_TOKEN
 * (defaults to .data/admin-token), PROJECTS (200), CONCURRENCY (20).
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { addDays, instantToCalendarDate } from '@handover/domain';
import { pool, summary } from './stats';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const projects = Number(process.env.PROJECTS ?? 200);
const concurrency = Number(process.env.CONCURRENCY ?? 20);

/** Untyped JSON from the API under test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function call(
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; json: Json }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

async function main(): Promise<void> {
  const adminToken = process.env.ADMIN_TOKEN ?? fs.readFileSync('.data/admin-token', 'utf8').trim();
  const lead = await call('POST', '/users', adminToken, { name: 'bench lead', role: 'project_lead' });
  if (lead.status !== 201) throw new Error(`could not create a lead: ${JSON.stringify(lead.json)}`);
  const run = randomUUID().slice(0, 8);
  const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
  const launchMs: number[] = [];
  const getMs: number[] = [];
  const ids: string[] = [];
  const started = performance.now();
  await pool([...Array(projects).keys()], concurrency, async (i) => {
    const t0 = performance.now();
    const response = await call('POST', '/projects', lead.json.token, {
      cityCompany: `城市公司${i % 10}`,
      name: `bench-${run}-${i}`,
      batch: '一期',
      firstHandoverDate: addDays(today, 60 + (i % 60)),
      centralizedDays: 3,
    });
    launchMs.push(performance.now() - t0);
    if (response.status !== 201)
      throw new Error(`launch ${i} failed: ${response.status} ${JSON.stringify(response.json)}`);
    ids.push(response.json.id);
  });
  const launchSeconds = (performance.now() - started) / 1000;
  await pool(ids, concurrency, async (id) => {
    const t0 = performance.now();
    const response = await call('GET', `/projects/${id}`, lead.json.token);
    getMs.push(performance.now() - t0);
    if (response.status !== 200 || response.json.timelineSource !== 'live')
      throw new Error(`get ${id}: ${response.status}`);
  });
  console.log(
    `launched ${projects} projects, ${concurrency} at a time, in ${launchSeconds.toFixed(2)} s: ${(projects / launchSeconds).toFixed(1)} launches/s`,
  );
  console.log(summary('POST /projects', launchMs));
  console.log(summary('GET /projects/:id', getMs));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
