import {
  ContractorCompanyEntity,
  DeadlineRecordsRepository,
  EscalationsRepository,
  NotificationEventsRepository,
  UserEntity,
} from '@handover/database';
import { defectEscalationStepAt } from '@handover/domain';
import { DeadlineActivitiesService } from '../../src/activities/deadline.activities';
import { insertDefect, insertProject, insertRow, insertUser, tag, type Db } from '../../../../test/factories';
import { useRepositoryDatabase } from '../../../../test/harness/repository-database';

/** A contractor company (施工单位) with `users` contractor users; their ids as recipients. */
async function insertCompany(db: Db, users = 1): Promise<{ id: string; recipients: string[] }> {
  const company = await insertRow(db, ContractorCompanyEntity, { name: `总包-${tag()}`, kind: 'general_contractor' });
  const recipients: string[] = [];
  for (let i = 0; i < users; i += 1) {
    const user = await insertRow(db, UserEntity, {
      name: `施工员-${tag()}`,
      role: 'contractor',
      contractorCompanyId: company.id,
    });
    recipients.push(`user:${user.id}`);
  }
  return { id: company.id, recipients: recipients.sort() };
}

/** An escalation event of the project, as the tests read it. */
interface LadderEvent {
  key: string;
  recipients: string[];
  level: number;
  at: string;
  message: string;
}

/**
 * The defect escalation ladder (整改逾期升级阶梯) as the project watcher's activity climbs it against the real
 * PostgreSQL, each round at an instant the test names (the workflow's time): company, engineering head, project lead,
 * HQ, each level once.
 */
describe('escalateDueDeadlines: the defect escalation ladder (整改逾期升级阶梯)', () => {
  const db = useRepositoryDatabase();
  let activities: DeadlineActivitiesService;
  beforeAll(() => {
    activities = new DeadlineActivitiesService(
      db.dataSource,
      new DeadlineRecordsRepository(),
      new EscalationsRepository(db.dataSource),
      new NotificationEventsRepository(db.dataSource),
    );
  });

  const deadline = '2030-01-15';
  const zone = 'Asia/Shanghai';
  const levelAt = (afterDays: number) => defectEscalationStepAt(deadline, zone, afterDays);
  const iso = (ms: number) => new Date(ms).toISOString();
  const baseKey = (defectId: string) => `deadline-defect-${defectId}-${iso(levelAt(0))}`;

  /** A project with an assigned engineering head, and a defect of it assigned to a company with two users. */
  async function overdueDefect(options: { company?: boolean; engineering?: boolean; timeZone?: string } = {}) {
    const project = await insertProject(db.dataSource, { timeZone: options.timeZone ?? zone });
    let engineering: string[] = [];
    if (options.engineering ?? true) {
      const head = await insertUser(db.dataSource, { role: 'department_head', department: 'engineering' });
      const design = await insertUser(db.dataSource, { role: 'department_head', department: 'design' });
      for (const user of [head, design])
        await db.dataSource.query(`INSERT INTO project_assignments (project_id, user_id) VALUES ($1, $2)`, [
          project.id,
          user.id,
        ]);
      engineering = [`user:${head.id}`];
    }
    const company = options.company === false ? null : await insertCompany(db.dataSource, 2);
    const defect = await insertDefect(db.dataSource, {
      projectId: project.id,
      trade: '水电',
      status: company ? 'assigned' : 'open',
      deadline,
    });
    if (company)
      await db.dataSource.query(`UPDATE defects SET contractor_company_id = $2 WHERE id = $1`, [defect.id, company.id]);
    return { project, defect, company: company?.recipients ?? [], engineering, lead: [`user:${project.leadUserId}`] };
  }

  const round = (projectId: string, at: number, limit = 500) =>
    activities.escalateDueDeadlines(projectId, iso(at), limit);
  /** The project's escalation events in the order raised: key, recipients, level and the stored Chinese sentence. */
  const eventsOf = async (projectId: string): Promise<LadderEvent[]> =>
    (
      await db.dataSource.query(
        `SELECT key, recipients, payload FROM notification_events WHERE project_id = $1 ORDER BY created_at, id`,
        [projectId],
      )
    ).map((row: { key: string; recipients: string[]; payload: { level: number; message: string; at: string } }) => ({
      key: row.key,
      recipients: [...row.recipients].sort(),
      level: row.payload.level,
      at: row.payload.at,
      message: row.payload.message,
    }));
  const escalationRowsOf = (projectId: string) =>
    db.dataSource.query(
      `SELECT key, kind, record_id AS "recordId", message, message_params -> 'level' AS level FROM escalations
        WHERE project_id = $1`,
      [projectId],
    );

  it('climbs company → engineering head → lead → HQ, each once at its instant, and sleeps towards the next level', async () => {
    const { project, defect, company, engineering, lead } = await overdueDefect();
    const key = baseKey(defect.id);

    expect(await round(project.id, levelAt(0) - 1)).toEqual({ escalated: 0, more: false, nextDueAt: iso(levelAt(0)) });
    expect(await round(project.id, levelAt(0))).toEqual({ escalated: 1, more: false, nextDueAt: iso(levelAt(2)) });
    // A retried round (or a second one at the same instant) changes nothing.
    expect(await round(project.id, levelAt(0))).toEqual({ escalated: 0, more: false, nextDueAt: iso(levelAt(2)) });
    expect(await round(project.id, levelAt(2) - 1)).toEqual({ escalated: 0, more: false, nextDueAt: iso(levelAt(2)) });
    expect(await round(project.id, levelAt(2))).toEqual({ escalated: 1, more: false, nextDueAt: iso(levelAt(5)) });
    expect(await round(project.id, levelAt(5) + 3_600_000)).toEqual({
      escalated: 1,
      more: false,
      nextDueAt: iso(levelAt(10)),
    });
    expect(await round(project.id, levelAt(10))).toEqual({ escalated: 1, more: false, nextDueAt: null });
    expect(await round(project.id, levelAt(30))).toEqual({ escalated: 0, more: false, nextDueAt: null });

    expect(await eventsOf(project.id)).toEqual([
      {
        key,
        recipients: company,
        level: 1,
        at: iso(levelAt(0)),
        message: `整改逾期（第1级·施工单位）：问题项（水电，大堂）已超过整改期限 ${deadline}，目前仍为「整改中」。`,
      },
      expect.objectContaining({ key: `${key}:level-2`, recipients: engineering, level: 2, at: iso(levelAt(2)) }),
      expect.objectContaining({ key: `${key}:level-3`, recipients: lead, level: 3 }),
      expect.objectContaining({ key: `${key}:level-4`, recipients: ['role:hq'], level: 4, at: iso(levelAt(10)) }),
    ]);
    const events = await eventsOf(project.id);
    expect(events[1].message).toMatch(/^整改逾期（第2级·工程负责人）：/);
    expect(events[2].message).toMatch(/^整改逾期（第3级·项目负责人）：/);
    expect(events[3].message).toMatch(/^整改逾期（第4级·集团）：/);
    // HQ's board lists one escalation for the defect, the first level's.
    expect(await escalationRowsOf(project.id)).toEqual([
      expect.objectContaining({ key, kind: 'defect_overdue', recordId: defect.id, level: 1 }),
    ]);
    const [{ mark }] = await db.dataSource.query(`SELECT deadline_watch_next_at AS mark FROM projects WHERE id = $1`, [
      project.id,
    ]);
    expect(mark).toBeNull();
  });

  it('climbs no further once the defect is fixed, and on again from where it stood when it is sent back', async () => {
    const { project, defect } = await overdueDefect();
    await round(project.id, levelAt(0));
    await round(project.id, levelAt(2));
    await db.dataSource.query(`UPDATE defects SET status = 'fixed' WHERE id = $1`, [defect.id]);
    expect(await round(project.id, levelAt(5))).toEqual({ escalated: 0, more: false, nextDueAt: null });
    expect(await round(project.id, levelAt(10))).toEqual({ escalated: 0, more: false, nextDueAt: null });
    expect((await eventsOf(project.id)).map((event) => event.level)).toEqual([1, 2]);

    // Verification sends it back (fixed → assigned) on day 11: HQ is told now, the lead too (level 3 was missed).
    await db.dataSource.query(`UPDATE defects SET status = 'assigned' WHERE id = $1`, [defect.id]);
    expect(await round(project.id, levelAt(11))).toEqual({ escalated: 2, more: false, nextDueAt: null });
    expect((await eventsOf(project.id)).map((event) => event.level)).toEqual([1, 2, 3, 4]);
  });

  it('starts at the engineering head when no company is assigned, and tells the lead when no engineering head is', async () => {
    const unassigned = await overdueDefect({ company: false });
    expect(await round(unassigned.project.id, levelAt(0))).toEqual({
      escalated: 1,
      more: false,
      nextDueAt: iso(levelAt(5)),
    });
    const [first] = await eventsOf(unassigned.project.id);
    expect(first).toEqual(
      expect.objectContaining({ key: baseKey(unassigned.defect.id), recipients: unassigned.engineering, level: 2 }),
    );
    expect(first.message).toMatch(/^整改逾期（第2级·工程负责人）：/);
    expect(await round(unassigned.project.id, levelAt(10))).toMatchObject({ escalated: 2, nextDueAt: null });
    expect((await eventsOf(unassigned.project.id)).map((event) => event.level)).toEqual([2, 3, 4]);

    const nobody = await overdueDefect({ company: false, engineering: false });
    await round(nobody.project.id, levelAt(0));
    expect(await eventsOf(nobody.project.id)).toEqual([expect.objectContaining({ recipients: nobody.lead, level: 2 })]);
  });

  it('a company without users is no one to tell: the ladder starts at the engineering head', async () => {
    const { project, defect, engineering } = await overdueDefect({ company: false });
    const empty = await insertCompany(db.dataSource, 0);
    await db.dataSource.query(`UPDATE defects SET contractor_company_id = $2, status = 'assigned' WHERE id = $1`, [
      defect.id,
      empty.id,
    ]);
    await round(project.id, levelAt(0));
    expect(await eventsOf(project.id)).toEqual([expect.objectContaining({ recipients: engineering, level: 2 })]);
  });

  it('raises every level long past in order, in batches of `limit` pairs, the first as the escalation row', async () => {
    const { project, defect, company, engineering, lead } = await overdueDefect();
    expect(await round(project.id, levelAt(12), 3)).toEqual({ escalated: 3, more: true, nextDueAt: null });
    expect(await round(project.id, levelAt(12), 3)).toEqual({ escalated: 1, more: false, nextDueAt: null });
    const key = baseKey(defect.id);
    expect((await eventsOf(project.id)).map(({ key: k, recipients, level }) => ({ k, recipients, level }))).toEqual([
      { k: key, recipients: company, level: 1 },
      { k: `${key}:level-2`, recipients: engineering, level: 2 },
      { k: `${key}:level-3`, recipients: lead, level: 3 },
      { k: `${key}:level-4`, recipients: ['role:hq'], level: 4 },
    ]);
    expect(await escalationRowsOf(project.id)).toHaveLength(1);
  });

  it('counts an escalation from before the ladder (no level) as its first level', async () => {
    const { project, defect, engineering } = await overdueDefect();
    // As the per-record workflow and the watcher wrote it before the ladder: the deadline key, no level.
    await new EscalationsRepository(db.dataSource).raise({
      projectId: project.id,
      key: baseKey(defect.id),
      kind: 'defect_overdue',
      milestoneKey: null,
      recordId: defect.id,
      dueDate: deadline,
      message: 'Defect 水电 at 大堂 is past its deadline 2030-01-15 and still assigned.',
      codedMessage: { code: 'DEFECT_OVERDUE', params: { trade: '水电', place: '大堂', deadline, status: 'assigned' } },
      recipients: ['role:hq', `user:${project.leadUserId}`],
      payload: {},
    });
    expect(await round(project.id, levelAt(1))).toEqual({ escalated: 0, more: false, nextDueAt: iso(levelAt(2)) });
    expect(await round(project.id, levelAt(2))).toEqual({ escalated: 1, more: false, nextDueAt: iso(levelAt(5)) });
    expect((await eventsOf(project.id)).slice(1)).toEqual([
      expect.objectContaining({ key: `${baseKey(defect.id)}:level-2`, recipients: engineering, level: 2 }),
    ]);
  });

  it('never tells a level twice when a company is assigned after the ladder started without one', async () => {
    const { project, defect, engineering } = await overdueDefect({ company: false });
    await round(project.id, levelAt(0)); // level 2, the engineering head, under the deadline key
    const company = await insertCompany(db.dataSource, 1);
    await db.dataSource.query(`UPDATE defects SET contractor_company_id = $2, status = 'assigned' WHERE id = $1`, [
      defect.id,
      company.id,
    ]);
    // Day 3: the company hears (level 1); the engineering head, told already, does not again.
    expect(await round(project.id, levelAt(3))).toEqual({ escalated: 1, more: false, nextDueAt: iso(levelAt(5)) });
    expect((await eventsOf(project.id)).map(({ key, recipients, level }) => ({ key, recipients, level }))).toEqual([
      { key: baseKey(defect.id), recipients: engineering, level: 2 },
      { key: `${baseKey(defect.id)}:level-1`, recipients: company.recipients, level: 1 },
    ]);
  });

  it('finds each level at 00:00 local on its day, as libs/domain counts it, across a clock change', async () => {
    const { project } = await overdueDefect({ timeZone: 'America/New_York' });
    const dstDeadline = '2030-03-08'; // clocks go forward on 2030-03-10
    await db.dataSource.query(`UPDATE defects SET deadline = $2 WHERE project_id = $1`, [project.id, dstDeadline]);
    const at = (days: number) => defectEscalationStepAt(dstDeadline, 'America/New_York', days);
    expect(at(2) - at(0)).toBe(47 * 3_600_000);
    expect(await round(project.id, at(0))).toMatchObject({ escalated: 1, nextDueAt: iso(at(2)) });
    expect(await round(project.id, at(2) - 1)).toMatchObject({ escalated: 0, nextDueAt: iso(at(2)) });
    expect(await round(project.id, at(2))).toMatchObject({ escalated: 1, nextDueAt: iso(at(5)) });
  });
});
