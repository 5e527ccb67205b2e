/**
 * The deadline watchers at portfolio scale, against a running stack (`npm start`): PROJECTS projects × UNITS units ×
 * 2 open defects (1.2 M deadlines by default, seeded set-based in SQL), one watcher per project started through the
 * API (a defect recorded by each project's lead), then DUE complaints (spread over the projects) whose committed reply
 * time falls at the same instant. Reports the time to load, the worker's memory, and the time from that instant to
 * each escalation (p50, p99, last), with duplicates (must be 0).
 * Env: BASE_URL (http://localhost:3000), HANDOVER_DATA_DIR (.data), PROJECTS (200), UNITS (3000), DUE (10000),
 * LEAD_SECONDS (90: how far ahead the shared instant is, time enough for every watcher to go to sleep).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { percentile } from './stats';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const dataDir = process.env.HANDOVER_DATA_DIR ?? path.join(process.cwd(), '.data');
const projectCount = Number(process.env.PROJECTS ?? 200);
const unitCount = Number(process.env.UNITS ?? 3000);
const dueCount = Number(process.env.DUE ?? 10_000);
const leadSeconds = Number(process.env.LEAD_SECONDS ?? 90);
const run = randomUUID().slice(0, 8);

async function api(method: string, route: string, token: string, body?: unknown) {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${route}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

/** The worker's resident memory in MB, found by its command line (the launcher starts apps/worker). */
function workerRssMb(): number | null {
  const lines = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' }).split('\n');
  const worker = lines.find((line) => /apps\/worker|worker\/src\/main|dist\/apps\/worker/.test(line));
  return worker ? Math.round(Number(worker.trim().split(/\s+/)[0]) / 1024) : null;
}

async function main(): Promise<void> {
  const runtime = JSON.parse(fs.readFileSync(path.join(dataDir, 'runtime.json'), 'utf8')) as { DATABASE_URL: string };
  const adminToken = fs.readFileSync(path.join(dataDir, 'admin-token'), 'utf8').trim();
  const db = new Client({ connectionString: runtime.DATABASE_URL });
  await db.connect();
  const rssBefore = workerRssMb();

  const loadStarted = performance.now();
  const leads: string[] = [];
  const projects: string[] = [];
  for (let p = 0; p < projectCount; p += 1) {
    const [{ id: lead }] = (
      await db.query(`INSERT INTO users (name, role) VALUES ($1, 'project_lead') RETURNING id`, [`bench-${run}-${p}`])
    ).rows;
    const [{ id: project }] = (
      await db.query(
        `INSERT INTO projects (id, city_company, name, batch, first_handover_date, centralized_days, time_zone,
                               lead_user_id, workflow_id, status, launch_request)
         VALUES ($4, '压测城市公司', $1, '一期', '2030-06-01', 3, 'Asia/Shanghai', $2, $3, 'active', '{}') RETURNING id`,
        [`期限压测-${run}-${p}`, lead, `bench-deadlines-${run}-${p}`, randomUUID()],
      )
    ).rows;
    leads.push(lead);
    projects.push(project);
  }
  await db.query(
    `INSERT INTO units (project_id, building, unit_no, room, owner_name, owner_phone, contracted_area_centi,
                        surveyed_area_centi, price_fen_per_sqm, fit_out)
     SELECT p.id, (1 + n / 300)::text, (1 + (n / 100) % 3)::text, (100 + n % 100)::text, '业主', '13900000000',
            9000, 9000, 2500000, 'shell'
       FROM unnest($1::uuid[]) AS p(id), generate_series(0, $2 - 1) AS n`,
    [projects, unitCount],
  );
  // Two open defects per unit, deadlines spread over the next 60 days (none due during the bench).
  await db.query(
    `INSERT INTO defects (project_id, unit_id, source, category, trade, description, status, deadline, created_by)
     SELECT u.project_id, u.id, 'open_day', 'quality', t.trade, '压测', 'assigned',
            current_date + 2 + (abs(hashtext(u.id::text || t.trade)) % 60), p.lead_user_id
       FROM units u JOIN projects p ON p.id = u.project_id, (VALUES ('civil'), ('plumbing')) AS t(trade)
      WHERE u.project_id = ANY($1)`,
    [projects],
  );
  const dueAt = new Date(Date.now() + leadSeconds * 1000);
  await db.query(
    `INSERT INTO complaints (project_id, subject, description, received_at, severity, status, reply_deadline, accepted_at,
                             created_by)
     SELECT p.id, '压测投诉', '压测', now(), 'normal', 'accepted', $2, now(), p.lead_user_id
       FROM (SELECT id, lead_user_id, row_number() OVER () AS k FROM projects WHERE id = ANY($1)) p,
            generate_series(1, ($3::int + $4::int - 1) / $4::int) AS n
      WHERE n <= $3::int / $4::int + CASE WHEN p.k <= $3::int % $4::int THEN 1 ELSE 0 END`,
    [projects, dueAt, dueCount, projectCount],
  );
  const [{ deadlines }] = (
    await db.query(
      `SELECT (SELECT count(*) FROM defects WHERE project_id = ANY($1)) + (SELECT count(*) FROM complaints WHERE project_id = ANY($1))
              AS deadlines`,
      [projects],
    )
  ).rows;
  const [{ due }] = (
    await db.query(`SELECT count(*)::int AS due FROM complaints WHERE project_id = ANY($1)`, [projects])
  ).rows;
  const loadMs = performance.now() - loadStarted;
  console.log(
    `loaded ${deadlines} deadlines (${due} due at ${dueAt.toISOString()}) in ${(loadMs / 1000).toFixed(1)} s`,
  );

  // One watcher per project, started as the product starts it: a deadline recorded through the API.
  const startStarted = performance.now();
  for (let p = 0; p < projects.length; p += 1) {
    const { token } = await api('POST', `/users/${leads[p]}/tokens`, adminToken, {});
    await api('POST', `/projects/${projects[p]}/defects`, token, {
      publicArea: '大堂',
      source: 'open_day',
      category: 'quality',
      trade: 'civil',
      description: '压测',
      deadline: '2099-01-31',
    });
  }
  for (;;) {
    const [{ marked }] = (
      await db.query(
        `SELECT count(*)::int AS marked FROM projects WHERE id = ANY($1) AND deadline_watch_next_at = $2`,
        [projects, dueAt],
      )
    ).rows;
    if (marked === projects.length) break;
    if (Date.now() > dueAt.getTime()) throw new Error(`only ${marked} watchers asleep before the instant`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const startMs = performance.now() - startStarted;
  const rssAsleep = workerRssMb();
  console.log(`${projects.length} watchers started and asleep in ${(startMs / 1000).toFixed(1)} s`);

  for (;;) {
    const [{ raised }] = (
      await db.query(
        `SELECT count(*)::int AS raised FROM escalations WHERE project_id = ANY($1) AND kind = 'complaint_overdue'`,
        [projects],
      )
    ).rows;
    if (raised >= due) break;
    if (Date.now() > dueAt.getTime() + 600_000) throw new Error(`only ${raised} of ${due} escalated 10 minutes on`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const latencies: number[] = (
    await db.query(
      `SELECT extract(epoch FROM e.raised_at - c.reply_deadline) * 1000 AS ms
         FROM escalations e JOIN complaints c ON c.id = e.record_id
        WHERE e.project_id = ANY($1) AND e.kind = 'complaint_overdue'`,
      [projects],
    )
  ).rows.map((row: { ms: string }) => Number(row.ms));
  const [{ duplicates }] = (
    await db.query(
      `SELECT count(*) - count(DISTINCT record_id) AS duplicates FROM escalations
        WHERE project_id = ANY($1) AND kind = 'complaint_overdue'`,
      [projects],
    )
  ).rows;
  const rssAfter = workerRssMb();
  latencies.sort((a, b) => a - b);
  console.log(
    [
      `deadlines loaded:           ${deadlines} in ${(loadMs / 1000).toFixed(1)} s`,
      `watchers started:           ${projects.length} in ${(startMs / 1000).toFixed(1)} s`,
      `escalations at one instant: ${latencies.length}, duplicates ${duplicates}`,
      `instant → escalation:       p50 ${(percentile(latencies, 50) / 1000).toFixed(1)} s, p99 ${(percentile(latencies, 99) / 1000).toFixed(1)} s, last ${(latencies[latencies.length - 1] / 1000).toFixed(1)} s`,
      `worker RSS:                 ${rssBefore ?? '?'} MB before, ${rssAsleep ?? '?'} MB with the watchers asleep, ${rssAfter ?? '?'} MB after`,
    ].join('\n'),
  );
  await db.end();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
