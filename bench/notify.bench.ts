/**
 * Notification delivery under a morning rush, against a running stack (`npm start`, with its Mailpit): 200 projects
 * whose gates fall due at once — 2,000 reminders (10 per project, one per person) and 200 escalations (to each lead)
 * written into the outbox in one transaction, as the timers would when they fire together. Measures the time from
 * that commit to the last delivery, deliveries per second, and duplicates in the mail catcher (must be 0).
 * The timeline's timers themselves are not driven here (that is the workflow tests' job); the outbox rows are.
 * Env: HANDOVER_DATA_DIR (.data, for runtime.json), MAILPIT_URL (http://127.0.0.1:8025), PROJECTS (200), PEOPLE (10).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

const dataDir = process.env.HANDOVER_DATA_DIR ?? path.join(process.cwd(), '.data');
const mailpit = process.env.MAILPIT_URL ?? 'http://127.0.0.1:8025';
const projectCount = Number(process.env.PROJECTS ?? 200);
const peoplePerProject = Number(process.env.PEOPLE ?? 10);
const run = randomUUID().slice(0, 8);

interface Project {
  id: string;
  lead: string;
  people: string[];
}

async function seed(db: Client): Promise<Project[]> {
  const projects: Project[] = [];
  await db.query('BEGIN');
  for (let p = 0; p < projectCount; p += 1) {
    const people: string[] = [];
    for (let u = 0; u < peoplePerProject; u += 1) {
      const role = u === 0 ? 'project_lead' : 'department_head';
      const [{ id }] = (
        await db.query(`INSERT INTO users (name, role, department) VALUES ($1, $2, $3) RETURNING id`, [
          `bench-${run}-${p}-${u}`,
          role,
          role === 'department_head' ? 'engineering' : null,
        ])
      ).rows;
      await db.query(
        `INSERT INTO user_contacts (user_id, email, quiet_start, quiet_end, preferences)
         VALUES ($1, $2, '00:00', '00:00', '{"reminder": ["email"], "escalation": ["email"]}')`,
        [id, `bench-${run}-${p}-${u}@example.com`],
      );
      people.push(id);
    }
    const id = randomUUID();
    await db.query(
      `INSERT INTO projects (id, city_company, name, batch, first_handover_date, centralized_days, time_zone,
                             lead_user_id, workflow_id, status, launch_request)
       VALUES ($1, '压测城市公司', $2, '一期', '2030-06-01', 3, 'Asia/Shanghai', $3, $4, 'active', '{}')`,
      [id, `压测-${run}-${p}`, people[0], `bench-${id}`],
    );
    projects.push({ id, lead: people[0], people });
  }
  await db.query('COMMIT');
  return projects;
}

/** The timers fire: every reminder and escalation of the morning, written together. */
async function fire(db: Client, projects: Project[]): Promise<number> {
  await db.query('BEGIN');
  for (const project of projects) {
    const values: unknown[] = [];
    const rows: string[] = [];
    project.people.forEach((person, index) => {
      const payload = { milestoneKey: 'openDay', dueDate: '2030-05-01', daysBefore: 1, gate: index };
      values.push(project.id, `bench-reminder-${index}`, [`user:${person}`], payload);
      const at = values.length;
      rows.push(`($${at - 3}, 'reminder', $${at - 2}, $${at - 1}, $${at})`);
    });
    await db.query(
      `INSERT INTO notification_events (project_id, kind, key, recipients, payload) VALUES ${rows.join(', ')}`,
      values,
    );
    const key = `bench-escalation-${project.id}`;
    const codedMessage = {
      code: 'MILESTONE_OVERDUE',
      params: { milestoneKey: 'openDay', projectName: `压测-${run}`, dueDate: '2030-05-01' },
    };
    await db.query(
      `INSERT INTO escalations (project_id, key, kind, milestone_key, due_date, message, message_code, message_params,
                                raised_at)
       VALUES ($1, $2, 'milestone_overdue', 'openDay', '2030-05-01', '节点逾期', $3, $4, now())`,
      [project.id, key, codedMessage.code, codedMessage.params],
    );
    await db.query(
      `INSERT INTO notification_events (project_id, kind, key, recipients, payload) VALUES ($1, 'escalation', $2, $3, $4)`,
      [project.id, key, [`user:${project.lead}`], { codedMessage }],
    );
  }
  await db.query('COMMIT');
  return performance.now();
}

async function main(): Promise<void> {
  const runtime = JSON.parse(fs.readFileSync(path.join(dataDir, 'runtime.json'), 'utf8')) as { DATABASE_URL: string };
  const db = new Client({ connectionString: runtime.DATABASE_URL });
  await db.connect();
  const projects = await seed(db);
  const expected = projects.length * (peoplePerProject + 1);
  const ids = projects.map((project) => project.id);
  console.log(
    `seeded ${projects.length} projects, ${projects.length * peoplePerProject} people; firing ${expected} notifications`,
  );
  const fired = await fire(db, projects);
  const firedAt = Date.now();
  let done = 0;
  for (;;) {
    const [{ finished, pending }] = (
      await db.query(
        `SELECT count(*) FILTER (WHERE d.status <> 'pending')::int AS finished, count(*) FILTER (WHERE d.status = 'pending')::int AS pending
           FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.project_id = ANY($1)`,
        [ids],
      )
    ).rows;
    done = finished;
    if (finished >= expected && pending === 0) break;
    if (performance.now() - fired > 600_000)
      throw new Error(`only ${finished} of ${expected} delivered after 10 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const elapsedMs = performance.now() - fired;
  const [{ failed, last }] = (
    await db.query(
      `SELECT count(*) FILTER (WHERE d.status = 'failed')::int AS failed, max(d.sent_at) AS last
         FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.project_id = ANY($1)`,
      [ids],
    )
  ).rows;
  const lastDeliveryMs = new Date(last).getTime() - firedAt;
  const messages: { To: { Address: string }[]; Subject: string }[] = [];
  for (let start = 0; ; start += 1000) {
    const page = (await (
      await fetch(`${mailpit}/api/v1/search?query=${encodeURIComponent(`to:bench-${run}`)}&start=${start}&limit=1000`)
    ).json()) as { messages: { To: { Address: string }[]; Subject: string }[]; messages_count: number };
    messages.push(...page.messages);
    if (page.messages.length < 1000) break;
  }
  const seen = new Map<string, number>();
  for (const message of messages) {
    const key = `${message.To[0]?.Address}|${message.Subject}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const duplicates = [...seen.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
  await db.end();
  console.log(`deliveries finished: ${done} of ${expected} (failed ${failed})`);
  console.log(
    `time from the timers firing to the last delivery: ${(lastDeliveryMs / 1000).toFixed(1)} s (observed ${(elapsedMs / 1000).toFixed(1)} s)`,
  );
  console.log(`deliveries per second: ${(expected / (lastDeliveryMs / 1000)).toFixed(0)}`);
  console.log(`e-mails in the mail catcher: ${messages.length}; duplicates: ${duplicates}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
