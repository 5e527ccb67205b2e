/**
 * `npm run bench:hq`: the HQ roll-up (集团交付日报汇总) and one project's daily briefing against a realistic portfolio.
 * Seeds PROJECTS (200) active projects × UNITS (3,000) units with set-based SQL (generate_series): handover steps,
 * inspection items, payments, defects, objections and complaints around the bench date; then times the roll-up
 * query (goal < 1 s) and one project's briefing generation (goal < 200 ms), and prints the roll-up's
 * EXPLAIN (ANALYZE, BUFFERS).
 *
 * Against DATABASE_URL when set (seeded rows are tagged 'bench-…' and removed afterwards), otherwise a throwaway
 * embedded PostgreSQL with the migrations run.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createDataSource } from '@handover/database';
import { formatFen, formatRateBp } from '@handover/domain';
import { generateBriefing, PORTFOLIO_FIGURES_SQL, queryPortfolioFigures } from '@handover/database';
import { summary } from './stats';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startEmbeddedPostgres } = require('../scripts/lib/postgres');

const PROJECTS = Number(process.env.PROJECTS ?? 200);
const UNITS = Number(process.env.UNITS ?? 3000);
const DATE = process.env.BENCH_DATE ?? '2026-06-15';
const RUNS = 7;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function main(): Promise<void> {
  let url = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | null = null;
  let workDir: string | null = null;
  if (!url) {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-bench-hq-'));
    const pg = await startEmbeddedPostgres({
      dir: path.join(workDir, 'postgres'),
      port: await freePort(),
      database: 'handover_bench',
    });
    url = pg.url as string;
    stop = pg.stop;
    console.log('throwaway embedded PostgreSQL started');
  }
  const db = createDataSource(url);
  await db.initialize();
  const tag = `bench-${randomUUID().slice(0, 8)}`;
  try {
    await db.runMigrations();
    console.log(`seeding ${PROJECTS} active projects × ${UNITS} units around ${DATE} (tag ${tag})…`);
    const seedStarted = performance.now();
    await seed(db, tag);
    console.log(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
    const counts = await db.query(`
      SELECT (SELECT count(*) FROM projects WHERE status = 'active') AS active_projects, (SELECT count(*) FROM units) AS units,
             (SELECT count(*) FROM unit_handover_events) AS events, (SELECT count(*) FROM payments) AS payments,
             (SELECT count(*) FROM handover_inspection_items) AS inspection_items, (SELECT count(*) FROM defects) AS defects,
             (SELECT count(*) FROM complaints) AS complaints`);
    console.log('rows:', counts[0]);

    const rollupMs: number[] = [];
    let rows = await queryPortfolioFigures(db, DATE, null);
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      rows = await queryPortfolioFigures(db, DATE, null);
      rollupMs.push(performance.now() - started);
    }
    const sample = rows.find((row) => row.name.startsWith(tag) && row.figures.handedOverToday > 0) ?? rows[0];
    const briefingMs: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      await db.transaction((manager) => generateBriefing(manager, sample.projectId, DATE));
      briefingMs.push(performance.now() - started);
    }

    const total = rows.reduce(
      (sum, row) => ({
        units: sum.units + row.figures.totalUnits,
        today: sum.today + row.figures.handedOverToday,
        cumulative: sum.cumulative + row.figures.handedOverCumulative,
        settled: sum.settled + row.figures.settledFen,
        refunded: sum.refunded + row.figures.refundedFen,
        defectsOpen: sum.defectsOpen + row.figures.defectsOpen,
      }),
      { units: 0, today: 0, cumulative: 0, settled: 0, refunded: 0, defectsOpen: 0 },
    );
    console.log(
      `\nroll-up for ${DATE}: ${rows.length} projects, ${rows.filter((row) => row.atRisk).length} at risk; ` +
        `handed over today ${total.today}, cumulative ${total.cumulative} / ${total.units}; open defects ${total.defectsOpen}; ` +
        `settled ${formatFen(total.settled)} 元, refunded ${formatFen(total.refunded)} 元`,
    );
    console.log(`sample project ${sample.name} (${sample.projectId}):`, {
      ...sample.figures,
      handoverRate: formatRateBp(sample.figures.handoverRateBp),
    });
    console.log(`\n${summary('HQ roll-up query (goal < 1000 ms)', rollupMs)}`);
    console.log(summary('one project briefing generation incl. upsert (goal < 200 ms)', briefingMs));

    const plan: { 'QUERY PLAN': string }[] = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${PORTFOLIO_FIGURES_SQL}`, [
      DATE,
      null,
    ]);
    console.log('\nEXPLAIN (ANALYZE, BUFFERS) of the roll-up:\n' + plan.map((line) => line['QUERY PLAN']).join('\n'));
  } finally {
    if (!stop) {
      await db.query(`DELETE FROM projects WHERE name LIKE $1`, [`${tag}%`]);
      await db.query(`DELETE FROM users WHERE name = $1`, [tag]);
    }
    await db.destroy();
    if (stop) await stop();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** Set-based seeding; every choice is a function of a per-unit hash so a run is reproducible. */
async function seed(db: ReturnType<typeof createDataSource>, tag: string): Promise<void> {
  const [lead] = await db.query(`INSERT INTO users (name, role) VALUES ($1, 'project_lead') RETURNING id`, [tag]);
  await timed('projects', () =>
    db.query(
      `INSERT INTO projects (id, city_company, name, batch, first_handover_date, centralized_days, time_zone, lead_user_id, workflow_id,
                             status, current_phase, at_risk, launch_request)
       SELECT gen_random_uuid(), '城市公司' || (p % 12), $1 || '-' || lpad(p::text, 3, '0'), '一期',
              $2::date + ((p % 37) - 30), 3 + p % 5,
              (ARRAY['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong'])[1 + p % 5],
              $3, 'bench-' || gen_random_uuid(), 'active',
              CASE WHEN (p % 37) - 30 > 0 THEN 'handover_preparation' WHEN (p % 37) - 30 > -(3 + p % 5) THEN 'centralized_handover' ELSE 'scattered_handover' END,
              p % 10 = 3, '{}'::jsonb
         FROM generate_series(1, $4::int) AS p`,
      [tag, DATE, lead.id, PROJECTS],
    ),
  );
  await timed('units', () =>
    db.query(
      `INSERT INTO units (project_id, building, unit_no, room, owner_name, owner_phone, contracted_area_centi, surveyed_area_centi,
                          price_fen_per_sqm, fit_out)
       SELECT p.id, (u / 300 + 1) || '#', ((u / 100) % 3 + 1)::text, (u % 100 + 101)::text, '业主', '138' || lpad(u::text, 8, '0'),
              9000 + (u % 40) * 100, 9000 + (u % 40) * 100 + (u % 7 - 3) * 10, 2500000, CASE WHEN u % 2 = 0 THEN 'fitted' ELSE 'shell' END
         FROM projects p CROSS JOIN generate_series(0, $2::int - 1) AS u
        WHERE p.name LIKE $1 || '%'`,
      [tag, UNITS],
    ),
  );
  // The plan of each unit: its handover day (centralized or later), its fate and how far it got.
  await timed('plan', async () => {
    await db.query(`DROP TABLE IF EXISTS bench_plan`);
    await db.query(
      `CREATE UNLOGGED TABLE bench_plan AS
       SELECT u.id AS unit_id, u.project_id, p.time_zone AS tz, h.h,
              p.first_handover_date + (h.h % (p.centralized_days + 12)) AS day,
              CASE WHEN h.h % 100 < 2 THEN 'refused' WHEN h.h % 100 < 4 THEN 'objected' ELSE 'normal' END AS fate,
              CASE WHEN p.first_handover_date + (h.h % (p.centralized_days + 12)) < $2::date THEN 8
                   WHEN p.first_handover_date + (h.h % (p.centralized_days + 12)) = $2::date THEN 1 + h.h % 8
                   ELSE 0 END AS steps
         FROM units u JOIN projects p ON p.id = u.project_id
         CROSS JOIN LATERAL (SELECT abs(hashtext(u.id::text)) AS h) h
        WHERE p.name LIKE $1 || '%'`,
      [tag, DATE],
    );
  });
  await timed('handover events', () =>
    db.query(`
      INSERT INTO unit_handover_events (project_id, unit_id, step, at, payload)
      SELECT pl.project_id, pl.unit_id, s.step,
             ((pl.day + time '08:30' + (pl.h % 540) * interval '1 minute' + s.n * interval '6 minutes')::timestamp AT TIME ZONE pl.tz), '{}'::jsonb
        FROM bench_plan pl
        CROSS JOIN LATERAL unnest(ARRAY['checked_in', 'area_settled', 'fees_paid', 'inspected', 'keys_handed_over',
                                        'documents_handed_over', 'gift_recorded', 'handed_over']) WITH ORDINALITY AS s(step, n)
       WHERE s.n <= CASE pl.fate WHEN 'normal' THEN pl.steps WHEN 'objected' THEN LEAST(pl.steps, 3) ELSE LEAST(pl.steps, 1) END`),
  );
  await timed('objections and refusals', () =>
    db.query(`
      INSERT INTO unit_handover_events (project_id, unit_id, step, at, payload)
      SELECT pl.project_id, pl.unit_id, pl.fate, at.at,
             CASE WHEN pl.fate = 'objected' THEN jsonb_build_object('replyDueAt', to_char((at.at + interval '2 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
                  ELSE jsonb_build_object('reason', '车位') END
        FROM bench_plan pl
        CROSS JOIN LATERAL (SELECT ((pl.day + time '12:00' + (pl.h % 300) * interval '1 minute')::timestamp AT TIME ZONE pl.tz) AS at) at
       WHERE pl.fate <> 'normal' AND pl.steps > 0`),
  );
  await timed('unit states', () =>
    db.query(`
      UPDATE units u SET handover_state = CASE
          WHEN pl.steps = 0 THEN 'not_started'
          WHEN pl.fate = 'refused' THEN 'refused'
          WHEN pl.fate = 'objected' THEN 'objected'
          ELSE (ARRAY['checked_in', 'area_settled', 'fees_paid', 'inspected', 'keys_handed_over', 'documents_handed_over',
                      'gift_recorded', 'handed_over'])[pl.steps] END,
        handover_resume_from = CASE WHEN pl.fate = 'objected' AND pl.steps > 0 THEN (ARRAY['checked_in', 'area_settled', 'fees_paid'])[LEAST(pl.steps, 3)] END
        FROM bench_plan pl WHERE pl.unit_id = u.id`),
  );
  await timed('inspection items', () =>
    db.query(`
      INSERT INTO handover_inspection_items (project_id, unit_id, description, simple, status, created_at)
      SELECT pl.project_id, pl.unit_id, '墙面污渍', (pl.h + i) % 5 < 3, CASE WHEN (pl.h + i) % 5 < 3 THEN 'fixed_on_spot' ELSE 'logged_for_repair' END,
             ((pl.day + time '09:00' + (pl.h % 540) * interval '1 minute')::timestamp AT TIME ZONE pl.tz)
        FROM bench_plan pl CROSS JOIN LATERAL generate_series(1, pl.h % 3) AS i
       WHERE pl.fate = 'normal' AND pl.steps >= 4`),
  );
  await timed('payments', () =>
    db.query(`
      INSERT INTO payments (project_id, unit_id, kind, amount_fen, receipt_no, created_at)
      SELECT pl.project_id, pl.unit_id, k.kind,
             CASE k.kind WHEN 'area_difference' THEN ((pl.h % 2001) - 1000) * 100 WHEN 'property_fee' THEN 90000 + (pl.h % 50) * 1000
                         WHEN 'deed_tax' THEN 3000000 + (pl.h % 500) * 1000 ELSE 1000000 END,
             k.kind || '-' || pl.unit_id,
             ((pl.day + time '08:40' + (pl.h % 540) * interval '1 minute')::timestamp AT TIME ZONE pl.tz)
        FROM bench_plan pl
        CROSS JOIN LATERAL (VALUES ('area_difference', 2), ('property_fee', 3), ('deed_tax', 3), ('maintenance_fund', 3)) AS k(kind, step)
       WHERE pl.steps >= k.step AND (pl.fate = 'normal' OR k.step <= LEAST(pl.steps, 3))`),
  );
  await timed('defects', () =>
    db.query(
      `INSERT INTO defects (project_id, unit_id, source, category, trade, description, status, created_by, created_at, closed_at,
                            explanation, compensation_plan)
       SELECT pl.project_id, pl.unit_id, (ARRAY['unit_inspection', 'open_day', 'handover_inspection', 'after_handover'])[1 + pl.h % 4],
              'quality', (ARRAY['土建', '水电', '门窗', '涂饰'])[1 + (pl.h / 7) % 4], '墙面空鼓',
              s.status, $1, c.created_at,
              CASE WHEN s.status IN ('verified', 'cannot_fix') THEN c.created_at + ((pl.h / 11) % 20) * interval '1 day' END,
              CASE WHEN s.status = 'cannot_fix' THEN '统一说辞' END, CASE WHEN s.status = 'cannot_fix' THEN '补偿方案' END
         FROM bench_plan pl
         CROSS JOIN LATERAL (SELECT ((pl.day - 40 + (pl.h / 13) % 45 + time '10:00')::timestamp AT TIME ZONE pl.tz) AS created_at) c
         CROSS JOIN LATERAL (SELECT (ARRAY['open', 'assigned', 'fixed', 'verified', 'verified', 'verified', 'cannot_fix'])[1 + (pl.h / 3) % 7] AS status) s
        WHERE pl.h % 3 = 0`,
      [lead.id],
    ),
  );
  await timed('complaints', () =>
    db.query(
      `INSERT INTO complaints (project_id, unit_id, subject, description, received_at, severity, status, reply_deadline, replied_at, reply_content, created_by)
       SELECT pl.project_id, pl.unit_id, '车位', '业主投诉', r.received_at,
              CASE WHEN pl.h % 10 = 0 THEN 'major' WHEN pl.h % 10 = 1 THEN 'group' ELSE 'normal' END,
              CASE WHEN pl.h % 3 = 0 THEN 'replied' ELSE 'accepted' END, r.received_at + interval '2 days',
              CASE WHEN pl.h % 3 = 0 THEN r.received_at + interval '1 day' END, CASE WHEN pl.h % 3 = 0 THEN '已答复' END, $1
         FROM bench_plan pl
         CROSS JOIN LATERAL (SELECT ((pl.day - (pl.h / 17) % 5 + time '11:00')::timestamp AT TIME ZONE pl.tz) AS received_at) r
        WHERE pl.h % 50 = 7`,
      [lead.id],
    ),
  );
  await db.query(`DROP TABLE bench_plan`);
  await timed('VACUUM ANALYZE', () => db.query(`VACUUM ANALYZE`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
