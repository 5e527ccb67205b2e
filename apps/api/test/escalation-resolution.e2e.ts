import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { HandoverProjectState } from '@handover/contracts';
import {
  dataSourceOptions,
  EscalationsRepository,
  migrations,
  NotificationEventsRepository,
  ProjectReadModelRepository,
  type ComplaintSeverity,
  type ComplaintStatus,
  type DefectStatus,
} from '@handover/database';
import { EscalationResolution1764000800000 } from '../../../libs/database/src/migrations/1764000800000-escalation-resolution';
import { TimelineActivities } from '../../worker/src/activities/timeline.activities';
import { bearer, E2eStack, eventually, type TestUser } from './support/e2e-stack';
import { insertDefect, insertMilestone, insertProject, insertUser, launchRequest } from '../../../test/factories';

/** The open-rule the board and the list used before escalations had resolved_at: record ids cut out of the key. */
const FORMER_OPEN_SQL = `CASE e.kind
  WHEN 'milestone_overdue' THEN EXISTS (
    SELECT 1 FROM project_milestones m WHERE m.project_id = e.project_id AND m.key = e.milestone_key AND m.status <> 'closed')
  WHEN 'handover_date_at_risk' THEN p.at_risk
  WHEN 'defect_overdue' THEN EXISTS (
    SELECT 1 FROM defects d WHERE d.id::text = substring(e.key FROM 17 FOR 36) AND d.status IN ('open', 'assigned'))
  WHEN 'complaint_overdue' THEN EXISTS (
    SELECT 1 FROM complaints c WHERE c.id::text = substring(e.key FROM 20 FOR 36) AND c.status <> 'replied')
  WHEN 'major_complaint' THEN EXISTS (
    SELECT 1 FROM complaints c WHERE c.id::text = substring(e.key FROM 11 FOR 36) AND c.status <> 'replied')
  ELSE true END`;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

describe('escalation resolution: the migration backfill (a scratch database, migrated to just before it)', () => {
  const database = `handover_migration_${randomUUID().slice(0, 8)}`;
  const position = migrations.indexOf(EscalationResolution1764000800000);
  let admin: DataSource;
  let before: DataSource;
  let through: DataSource;

  const source = (list: typeof migrations) => {
    const url = new URL(process.env.E2E_DATABASE_URL!);
    url.pathname = `/${database}`;
    return new DataSource(dataSourceOptions(url.toString(), { migrations: list, extra: { max: 2 } }));
  };

  beforeAll(async () => {
    admin = await new DataSource(dataSourceOptions(process.env.E2E_DATABASE_URL!, { extra: { max: 1 } })).initialize();
    await admin.query(`CREATE DATABASE ${database}`);
    expect(position).toBeGreaterThan(0);
    before = await source(migrations.slice(0, position)).initialize();
    await before.runMigrations({ transaction: 'each' });
    through = await source(migrations.slice(0, position + 1)).initialize();
  });
  afterAll(async () => {
    await before?.destroy();
    await through?.destroy();
    await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin?.destroy();
  });

  it('gives every escalation of each key format its record and resolves exactly those the former rule called closed', async () => {
    const db = before;
    const lead = (await insertUser(db, { name: '李项目' })).id;
    // The schema as it was before this migration: a row of the projects table of then, not today's entity.
    const project = async (name: string, atRisk: boolean, snapshot: Record<string, unknown>) => {
      const id = randomUUID();
      await db.query(
        `INSERT INTO projects (id, city_company, name, batch, first_handover_date, centralized_days, time_zone,
                               lead_user_id, workflow_id, status, at_risk, launch_request, snapshot)
         VALUES ($1, '杭州城市公司', $2, '一期', '2025-04-01', 3, 'Asia/Shanghai', $3, $4, 'active', $5, '{}', $6)`,
        [id, name, lead, `handover-project-${id}`, atRisk, snapshot],
      );
      return id;
    };
    const calm = await project('平稳', false, {
      milestones: [
        { key: 'riskSelfCheck', closedAt: '2025-03-05T00:00:00.000Z' },
        { key: 'openDay', closedAt: null },
      ],
      planHistory: [
        { version: 1, at: '2025-01-01T00:00:00.000Z' },
        { version: 2, at: '2025-03-07T00:00:00.000Z' },
      ],
    });
    const risky = await project('风险', true, { milestones: [], planHistory: [] });
    await insertMilestone(db, { projectId: calm, key: 'riskSelfCheck', dueDate: '2025-02-27', status: 'closed' });
    await insertMilestone(db, { projectId: calm, key: 'openDay', dueDate: '2025-02-27', status: 'open' });
    const defect = async (status: DefectStatus, closedAt: string | null, updatedAt: string) =>
      (await insertDefect(db, { projectId: calm, source: 'handover_inspection', status, closedAt, updatedAt })).id;
    // raw SQL: this database stands at an old migration, before columns the complaint entity maps today
    const complaint = async (severity: ComplaintSeverity, status: ComplaintStatus, repliedAt: string | null) => {
      const [{ lead_user_id: createdBy }] = (await db.query(`SELECT lead_user_id FROM projects WHERE id = $1`, [
        calm,
      ])) as { lead_user_id: string }[];
      const received = status === 'received';
      const [row] = (await db.query(
        `INSERT INTO complaints (project_id, subject, description, received_at, severity, status, reply_deadline,
                                 accepted_at, replied_at, reply_content, created_by)
         VALUES ($1, '车位', '业主异议', $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          calm,
          '2025-02-01T00:00:00Z',
          severity,
          status,
          received ? null : '2025-02-28T10:00:00Z',
          received ? null : '2025-02-01T00:00:00Z',
          repliedAt,
          status === 'replied' ? '已答复' : null,
          createdBy,
        ],
      )) as { id: string }[];
      return row!.id;
    };
    const assigned = await defect('assigned', null, '2025-02-10T00:00:00Z');
    const verified = await defect('verified', '2025-03-04T00:00:00Z', '2025-03-04T00:00:00Z');
    const fixed = await defect('fixed', null, '2025-03-03T00:00:00Z');
    const investigating = await complaint('normal', 'investigating', null);
    const repliedEarly = await complaint('normal', 'replied', '2025-02-20T00:00:00Z');
    const major = await complaint('major', 'received', null);
    const groupReplied = await complaint('group', 'replied', '2025-03-08T00:00:00Z');

    const raisedAt = '2025-03-01T00:00:00.000Z';
    const escalation = async (projectId: string, key: string, kind: string, milestoneKey: string | null) =>
      db.query(
        `INSERT INTO escalations (project_id, key, kind, milestone_key, due_date, message, raised_at) VALUES ($1, $2, $3, $4, '2025-02-28', $5, $6)`,
        [projectId, key, kind, milestoneKey, `${kind} ${key}`, raisedAt],
      );
    // Keys exactly as the three writers built them.
    await escalation(calm, 'openDay:escalation:2025-02-27:-1', 'milestone_overdue', 'openDay');
    await escalation(calm, 'riskSelfCheck:escalation:2025-02-27:-1', 'milestone_overdue', 'riskSelfCheck');
    await escalation(calm, 'ownerOpenDay:escalation:2025-02-27:-1', 'milestone_overdue', 'propertyTransfer');
    await escalation(
      calm,
      'propertyTransfer:escalation:2025-03-12:-1:at-risk',
      'handover_date_at_risk',
      'propertyTransfer',
    );
    await escalation(
      risky,
      'propertyTransfer:escalation:2025-03-12:-1:at-risk',
      'handover_date_at_risk',
      'propertyTransfer',
    );
    for (const id of [assigned, verified, fixed])
      await escalation(calm, `deadline-defect-${id}-2025-02-28T16:00:00.000Z`, 'defect_overdue', null);
    for (const id of [investigating, repliedEarly])
      await escalation(calm, `deadline-complaint-${id}-2025-02-28T10:00:00.000Z`, 'complaint_overdue', null);
    await escalation(calm, `complaint-${major}-major`, 'major_complaint', null);
    await escalation(calm, `complaint-${groupReplied}-group`, 'major_complaint', null);

    const former: { key: string; project_id: string; open: boolean }[] = await db.query(
      `SELECT e.key, e.project_id, ${FORMER_OPEN_SQL} AS open FROM escalations e JOIN projects p ON p.id = e.project_id ORDER BY e.key, e.project_id`,
    );
    expect(former).toHaveLength(12);

    const applied = await through.runMigrations({ transaction: 'each' });
    expect(applied.map((migration) => migration.name)).toEqual(['EscalationResolution1764000800000']);

    const rows: {
      key: string;
      project_id: string;
      record_kind: string | null;
      record_id: string | null;
      resolved_at: Date | null;
    }[] = await through.query(
      `SELECT key, project_id, record_kind, record_id, resolved_at FROM escalations ORDER BY key, project_id`,
    );
    expect(rows.map((row) => ({ key: row.key, project_id: row.project_id, open: row.resolved_at === null }))).toEqual(
      former,
    );
    const byKey = (key: string, projectId = calm) =>
      rows.find((row) => row.key === key && row.project_id === projectId)!;

    expect(byKey('openDay:escalation:2025-02-27:-1')).toMatchObject({
      record_kind: null,
      record_id: null,
      resolved_at: null,
    });
    expect(iso(byKey('riskSelfCheck:escalation:2025-02-27:-1').resolved_at)).toBe('2025-03-05T00:00:00.000Z');
    expect(byKey('ownerOpenDay:escalation:2025-02-27:-1').resolved_at).not.toBeNull(); // no gate row: closed, at the migration's time
    expect(iso(byKey('propertyTransfer:escalation:2025-03-12:-1:at-risk').resolved_at)).toBe(
      '2025-03-07T00:00:00.000Z',
    ); // the last replan
    expect(byKey('propertyTransfer:escalation:2025-03-12:-1:at-risk', risky).resolved_at).toBeNull();

    const defectRow = (id: string) => byKey(`deadline-defect-${id}-2025-02-28T16:00:00.000Z`);
    expect(defectRow(assigned)).toMatchObject({ record_kind: 'defect', record_id: assigned, resolved_at: null });
    expect(defectRow(verified)).toMatchObject({ record_kind: 'defect', record_id: verified });
    expect(iso(defectRow(verified).resolved_at)).toBe('2025-03-04T00:00:00.000Z');
    expect(iso(defectRow(fixed).resolved_at)).toBe('2025-03-03T00:00:00.000Z');

    const complaintRow = (id: string) => byKey(`deadline-complaint-${id}-2025-02-28T10:00:00.000Z`);
    expect(complaintRow(investigating)).toMatchObject({
      record_kind: 'complaint',
      record_id: investigating,
      resolved_at: null,
    });
    expect(iso(complaintRow(repliedEarly).resolved_at)).toBe(raisedAt); // replied before it was raised: never before raised_at
    expect(byKey(`complaint-${major}-major`)).toMatchObject({
      record_kind: 'complaint',
      record_id: major,
      resolved_at: null,
    });
    expect(byKey(`complaint-${groupReplied}-group`)).toMatchObject({
      record_kind: 'complaint',
      record_id: groupReplied,
    });
    expect(iso(byKey(`complaint-${groupReplied}-group`).resolved_at)).toBe('2025-03-08T00:00:00.000Z');

    // The schema now states the invariants.
    const insert = (
      kind: string,
      milestoneKey: string | null,
      recordKind: string | null,
      recordId: string | null,
      resolvedAt: string | null = null,
    ) =>
      through.query(
        `INSERT INTO escalations (project_id, key, kind, milestone_key, record_kind, record_id, due_date, message, raised_at, resolved_at)
         VALUES ($1, $2, $3, $4, $5, $6, '2025-02-28', 'x', $7, $8)`,
        [calm, randomUUID(), kind, milestoneKey, recordKind, recordId, raisedAt, resolvedAt],
      );
    await expect(insert('defect_overdue', null, null, null)).rejects.toThrow(/escalations_record_matches_kind/);
    await expect(insert('defect_overdue', null, 'complaint', investigating)).rejects.toThrow(
      /escalations_record_matches_kind/,
    );
    await expect(insert('milestone_overdue', 'openDay', 'defect', assigned)).rejects.toThrow(
      /escalations_record_matches_kind/,
    );
    await expect(insert('major_complaint', null, 'unit', major)).rejects.toThrow(/escalations_record_kind_known/);
    await expect(insert('milestone_overdue', 'openDay', null, null, '2025-02-01T00:00:00Z')).rejects.toThrow(
      /escalations_resolved_after_raised/,
    );
    const indexes: { indexname: string }[] = await through.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'escalations' AND indexname IN ('escalations_open_by_project_idx', 'escalations_record_idx') ORDER BY indexname`,
    );
    expect(indexes.map((row) => row.indexname)).toEqual(['escalations_open_by_project_idx', 'escalations_record_idx']);
  });

  it('goes down to the former shape with the data kept, and refuses to guess a record from a key that names none', async () => {
    await through.undoLastMigration({ transaction: 'each' });
    const columns: { column_name: string }[] = await through.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'escalations' ORDER BY ordinal_position`,
    );
    expect(columns.map((row) => row.column_name)).toEqual([
      'id',
      'project_id',
      'key',
      'kind',
      'milestone_key',
      'due_date',
      'message',
      'raised_at',
    ]);
    expect((await through.query(`SELECT count(*)::int AS n FROM escalations`))[0].n).toBe(12);

    const [{ project_id: projectId }] = await through.query(`SELECT project_id FROM escalations LIMIT 1`);
    await through.query(
      `INSERT INTO escalations (project_id, key, kind, milestone_key, due_date, message, raised_at) VALUES ($1, 'deadline-defect-nope', 'defect_overdue', NULL, '2025-02-28', 'x', now())`,
      [projectId],
    );
    await expect(through.runMigrations({ transaction: 'each' })).rejects.toThrow(
      /key names no record.*deadline-defect-nope/,
    );
    await through.query(`DELETE FROM escalations WHERE key = 'deadline-defect-nope'`);
    expect((await through.runMigrations({ transaction: 'each' })).map((migration) => migration.name)).toEqual([
      'EscalationResolution1764000800000',
    ]);
    expect((await through.query(`SELECT count(*)::int AS n FROM escalations WHERE resolved_at IS NULL`))[0].n).toBe(5);
  });
});

describe('escalation resolution: open is resolved_at IS NULL, set where the records and gates close', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let hq: TestUser;
  let customerService: TestUser;
  let projectId: string;

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    hq = await stack.user('hq');
    customerService = await stack.user('department_head', 'customer_service');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [customerService.id] }));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const openList = async (project: string) =>
    (await stack.http().get('/escalations').query({ projectId: project, state: 'open' }).set(bearer(hq)).expect(200))
      .body as {
      items: { kind: string; open: boolean }[];
      total: number;
    };
  const boardCard = async (project: string) => {
    const { body } = await stack.http().get('/hq/board').set(bearer(hq)).expect(200);
    return body.items.find((card: { id: string }) => card.id === project) as {
      escalations: number;
      openEscalations: number;
    };
  };
  const stored = (
    project: string,
  ): Promise<
    { key: string; kind: string; record_kind: string | null; record_id: string | null; resolved_at: Date | null }[]
  > =>
    db.query(
      `SELECT key, kind, record_kind, record_id, resolved_at FROM escalations WHERE project_id = $1 ORDER BY raised_at, key`,
      [project],
    );
  /** The board, the open list and the column give one answer. */
  const expectAgreement = async (project: string, open: number, total: number) => {
    const rows = await stored(project);
    expect(rows).toHaveLength(total);
    expect(rows.filter((row) => row.resolved_at === null)).toHaveLength(open);
    expect((await openList(project)).total).toBe(open);
    expect(await boardCard(project)).toMatchObject({ escalations: total, openEscalations: open });
    const closed = await stack
      .http()
      .get('/escalations')
      .query({ projectId: project, state: 'closed' })
      .set(bearer(hq))
      .expect(200);
    expect(closed.body.total).toBe(total - open);
    expect(closed.body.items.every((item: { open: boolean }) => !item.open)).toBe(true);
  };

  it('resolves a major complaint and its overdue reply when the complaint is replied to', async () => {
    const dayMs = 86_400_000;
    const created = await stack
      .http()
      .post(`/projects/${projectId}/complaints`)
      .set(bearer(customerService))
      .send({
        subject: '多户业主拒收: 车位',
        description: '群诉',
        receivedAt: new Date(Date.now() - 2 * dayMs).toISOString(),
        severity: 'group',
      })
      .expect(201);
    const id = created.body.id as string;
    expect(await stored(projectId)).toEqual([
      expect.objectContaining({
        key: `complaint-${id}-group`,
        kind: 'major_complaint',
        record_kind: 'complaint',
        record_id: id,
        resolved_at: null,
      }),
    ]);
    await expectAgreement(projectId, 1, 1);

    // A committed reply time already past: the deadline workflow escalates at once.
    const step = (path: string, body: object) =>
      stack
        .http()
        .post(`/projects/${projectId}/complaints/${id}/${path}`)
        .set(bearer(customerService))
        .send(body)
        .expect(200);
    await step('accept', { replyDeadline: new Date(Date.now() - dayMs).toISOString() });
    await eventually(async () =>
      expect((await stored(projectId)).map((row) => row.kind)).toEqual(['major_complaint', 'complaint_overdue']),
    );
    expect((await stored(projectId))[1]).toMatchObject({ record_kind: 'complaint', record_id: id, resolved_at: null });
    await expectAgreement(projectId, 2, 2);

    await step('investigate', { facts: '车位配比不足' });
    await step('determine-responsibility', { responsibleParty: '营销', responsibility: '销售承诺与交付不符' });
    await expectAgreement(projectId, 2, 2);
    await step('reply', { content: '按合同补偿' });
    const rows = await stored(projectId);
    expect(rows.every((row) => row.resolved_at !== null)).toBe(true);
    await expectAgreement(projectId, 0, 2);
  });

  it('resolves an overdue defect when it is fixed, opens it again when the fix is sent back, resolves it when it cannot be fixed', async () => {
    const defectProject = await stack.launchProject(lead, launchRequest());
    const created = await stack
      .http()
      .post(`/projects/${defectProject}/defects`)
      .set(bearer(lead))
      .send({
        publicArea: '3# 大堂',
        source: 'open_day',
        category: 'quality',
        trade: 'civil',
        description: '地面空鼓',
        deadline: '2020-01-31',
      })
      .expect(201);
    const id = created.body.id as string;
    await eventually(async () =>
      expect(await stored(defectProject)).toEqual([
        expect.objectContaining({ kind: 'defect_overdue', record_kind: 'defect', record_id: id, resolved_at: null }),
      ]),
    );
    await expectAgreement(defectProject, 1, 1);

    const step = (path: string, body: object = {}) =>
      stack.http().post(`/projects/${defectProject}/defects/${id}/${path}`).set(bearer(lead)).send(body).expect(200);
    await stack.uploadFixPhoto(lead, defectProject, id);
    await step('fix');
    await expectAgreement(defectProject, 0, 1);
    await step('assign', { responsibleParty: '总包-泥工班' });
    await expectAgreement(defectProject, 1, 1);
    await step('cannot-fix', { explanation: '结构原因', compensationPlan: '补偿物业费一年' });
    await expectAgreement(defectProject, 0, 1);
  });

  it('resolves gate escalations when the mirrored timeline closes the gate, at-risk ones when the date is re-planned; retries change nothing', async () => {
    const launched = await eventually(async () => {
      const [row] = await db.query(
        `SELECT *, first_handover_date::text AS first_day FROM projects WHERE id = $1 AND snapshot IS NOT NULL`,
        [projectId],
      );
      expect(row).toBeDefined();
      return row;
    });
    // A copy of the launched project without a workflow, so its read model moves only when this test mirrors it.
    const copy = randomUUID();
    await insertProject(db, {
      id: copy,
      workflowId: `copy-${copy}`,
      cityCompany: launched.city_company,
      name: `${launched.name}-副本`,
      batch: launched.batch,
      firstHandoverDate: launched.first_day,
      centralizedDays: launched.centralized_days,
      timeZone: launched.time_zone,
      leadUserId: lead.id,
    });
    const state: HandoverProjectState = structuredClone(launched.snapshot);
    state.input = { ...state.input, projectId: copy };
    const activities = new TimelineActivities(
      db,
      new ProjectReadModelRepository(db),
      new NotificationEventsRepository(db),
      new EscalationsRepository(db),
    );
    const gate = state.milestones[0];
    const raisedAt = new Date(Date.now() - 60_000).toISOString();
    const overdue = {
      key: `${gate.key}:escalation:${gate.dueDate}:-1`,
      kind: 'milestone_overdue',
      milestoneKey: gate.key,
      dueDate: gate.dueDate,
      at: raisedAt,
      message: 'overdue',
    } as const;
    const atRisk = {
      ...overdue,
      key: `propertyTransfer:escalation:${gate.dueDate}:-1:at-risk`,
      kind: 'handover_date_at_risk',
      milestoneKey: 'propertyTransfer',
    } as const;
    await activities.escalate(copy, overdue);
    await activities.escalate(copy, atRisk);
    await activities.escalate(copy, overdue); // a retried activity
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM notification_events WHERE project_id = $1`, [copy]))[0].n,
    ).toBe(2);

    state.atRisk = true;
    state.revision += 1;
    await activities.mirrorProjectState(state);
    await expectAgreement(copy, 2, 2);

    const closedAt = new Date().toISOString();
    gate.status = 'closed';
    gate.closedAt = closedAt;
    state.revision += 1;
    await activities.mirrorProjectState(state);
    const [gateRow] = (await stored(copy)).filter((row) => row.kind === 'milestone_overdue');
    expect(iso(gateRow.resolved_at)).toBe(closedAt);
    await expectAgreement(copy, 1, 2);

    const replannedAt = new Date().toISOString();
    state.atRisk = false;
    state.planHistory = [
      ...state.planHistory,
      { ...state.planHistory[0], version: state.planHistory.length + 1, at: replannedAt },
    ];
    state.revision += 1;
    await activities.mirrorProjectState(state);
    await activities.mirrorProjectState(state); // a retried mirror: revision-guarded
    const [atRiskRow] = (await stored(copy)).filter((row) => row.kind === 'handover_date_at_risk');
    expect(iso(atRiskRow.resolved_at)).toBe(replannedAt);
    await expectAgreement(copy, 0, 2);
  });
});
