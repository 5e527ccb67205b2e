import {
  EscalationsRepository,
  type EscalationListFilter,
  type ProjectScopeSql,
  type RaiseEscalation,
} from '@handover/database';
import {
  insertComplaint,
  insertDefect,
  insertEscalation,
  insertProject,
  insertUser,
  tag,
} from '../../../../test/factories';
import { expectViolation, rolledBack, useRepositoryDatabase } from '../../../../test/harness/repository-database';

/** Every project (HQ), or the projects one lead leads: the two shapes of the API's ProjectScope. */
const EVERY_PROJECT: ProjectScopeSql = { sql: () => ({ sql: 'TRUE', params: [] }) };
const ledBy = (userId: string): ProjectScopeSql => ({
  sql: (alias, index) => ({ sql: `${alias}.lead_user_id = $${index}`, params: [userId] }),
});

describe('EscalationsRepository (升级)', () => {
  const db = useRepositoryDatabase();
  let escalations: EscalationsRepository;
  beforeAll(() => {
    escalations = new EscalationsRepository(db.dataSource);
  });

  const raise = (projectId: string, fields: Partial<RaiseEscalation> = {}): RaiseEscalation => ({
    projectId,
    key: `openDay:escalation:2030-01-01:-1-${tag()}`,
    kind: 'milestone_overdue',
    milestoneKey: 'openDay',
    recordId: null,
    dueDate: '2030-01-01',
    message: 'overdue',
    recipients: ['role:hq'],
    payload: { milestoneKey: 'openDay' },
    ...fields,
  });
  const stored = (projectId: string) =>
    db.dataSource.query(
      `SELECT key, kind, milestone_key, record_kind, record_id, raised_at, resolved_at FROM escalations WHERE project_id = $1 ORDER BY raised_at, key`,
      [projectId],
    );

  it('raises an escalation and its notification once per key: a retry changes nothing', async () => {
    const project = await insertProject(db.dataSource);
    const escalation = raise(project.id, { raisedAt: '2030-01-02T01:00:00.000Z' });
    expect(await escalations.raise(escalation)).toBe(true);
    expect(await escalations.raise({ ...escalation, message: 'again' })).toBe(false);
    expect(await stored(project.id)).toEqual([
      {
        key: escalation.key,
        kind: 'milestone_overdue',
        milestone_key: 'openDay',
        record_kind: null,
        record_id: null,
        raised_at: new Date('2030-01-02T01:00:00Z'),
        resolved_at: null,
      },
    ]);
    const notifications = await db.dataSource.query(
      `SELECT kind, key, recipients, payload FROM notification_events WHERE project_id = $1`,
      [project.id],
    );
    expect(notifications).toEqual([
      { kind: 'escalation', key: escalation.key, recipients: ['role:hq'], payload: { milestoneKey: 'openDay' } },
    ]);
  });

  it('names the record of a record escalation from its kind, and raises nothing when the caller’s transaction rolls back', async () => {
    const project = await insertProject(db.dataSource);
    const defect = await insertDefect(db.dataSource, { projectId: project.id });
    await escalations.raise(raise(project.id, { kind: 'defect_overdue', milestoneKey: null, recordId: defect.id }));
    expect(await stored(project.id)).toMatchObject([
      { kind: 'defect_overdue', record_kind: 'defect', record_id: defect.id },
    ]);
    await rolledBack(db.dataSource, (manager) => escalations.raise(raise(project.id), manager));
    expect(await stored(project.id)).toHaveLength(1);
    // the schema ties the record to the kind
    await expectViolation(
      escalations.raise(raise(project.id, { kind: 'defect_overdue', milestoneKey: null, recordId: null })),
      'escalations_record_matches_kind',
    );
    await expectViolation(
      escalations.raise(raise(project.id, { milestoneKey: null })),
      'escalations_milestone_kinds_have_key',
    );
  });

  it('resolves a record’s open escalations when it closes, never before they were raised, and reopens them when it opens again', async () => {
    const project = await insertProject(db.dataSource);
    const complaint = await insertComplaint(db.dataSource, { projectId: project.id, severity: 'major' });
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await insertEscalation(db.dataSource, {
      projectId: project.id,
      kind: 'major_complaint',
      recordId: complaint.id,
      raisedAt: future,
    });
    await insertEscalation(db.dataSource, { projectId: project.id, kind: 'complaint_overdue', recordId: complaint.id });
    await insertEscalation(db.dataSource, {
      projectId: project.id,
      kind: 'complaint_overdue',
      recordId: (await insertComplaint(db.dataSource, { projectId: project.id })).id,
    });

    expect(await escalations.resolveForRecord('complaint', complaint.id)).toBe(2);
    expect(await escalations.resolveForRecord('complaint', complaint.id)).toBe(0);
    const rows = (await stored(project.id)).filter((row: { record_id: string }) => row.record_id === complaint.id);
    expect(rows.every((row: { resolved_at: Date | null }) => row.resolved_at !== null)).toBe(true);
    expect(rows.find((row: { kind: string }) => row.kind === 'major_complaint').resolved_at).toEqual(new Date(future));
    expect(await escalations.resolveForRecord('defect', complaint.id)).toBe(0);

    expect(await escalations.followRecord('complaint', complaint.id, true)).toBe(2);
    expect(await escalations.reopenForRecord('complaint', complaint.id)).toBe(0);
    expect(await escalations.followRecord('complaint', complaint.id, false)).toBe(2);
  });

  it('resolves the overdue escalations of closed gates at the time each closed, and at-risk ones when re-planned', async () => {
    const project = await insertProject(db.dataSource);
    const raisedAt = '2030-01-01T00:00:00.000Z';
    await insertEscalation(db.dataSource, {
      projectId: project.id,
      kind: 'milestone_overdue',
      milestoneKey: 'openDay',
      raisedAt,
    });
    await insertEscalation(db.dataSource, {
      projectId: project.id,
      kind: 'milestone_overdue',
      milestoneKey: 'riskSelfCheck',
      raisedAt,
    });
    await insertEscalation(db.dataSource, {
      projectId: project.id,
      kind: 'milestone_overdue',
      milestoneKey: 'unitInspection',
      raisedAt,
    });
    await insertEscalation(db.dataSource, {
      projectId: project.id,
      kind: 'handover_date_at_risk',
      milestoneKey: 'openDay',
      raisedAt,
    });

    expect(await escalations.resolveForClosedGates(project.id, [])).toBe(0);
    const resolved = await escalations.resolveForClosedGates(project.id, [
      { key: 'openDay', closedAt: '2030-01-05T00:00:00.000Z' },
      { key: 'riskSelfCheck', closedAt: '2029-12-31T00:00:00.000Z' }, // closed before it was raised
    ]);
    expect(resolved).toBe(2);
    expect(await escalations.resolveHandoverDateAtRisk(project.id, '2030-01-07T00:00:00.000Z')).toBe(1);
    expect(await escalations.resolveHandoverDateAtRisk(project.id, null)).toBe(0);
    const byKey = Object.fromEntries(
      (await stored(project.id)).map((row: { kind: string; milestone_key: string; resolved_at: Date | null }) => [
        `${row.kind}:${row.milestone_key}`,
        row.resolved_at?.toISOString() ?? null,
      ]),
    );
    expect(byKey).toEqual({
      'milestone_overdue:openDay': '2030-01-05T00:00:00.000Z',
      'milestone_overdue:riskSelfCheck': raisedAt,
      'milestone_overdue:unitInspection': null,
      'handover_date_at_risk:openDay': '2030-01-07T00:00:00.000Z',
    });
  });

  it('lists escalations with their project, newest first, within the scope and the filters, with the total', async () => {
    const lead = await insertUser(db.dataSource);
    const mine = await insertProject(db.dataSource, {
      leadUserId: lead.id,
      cityCompany: '苏州城市公司',
      timeZone: 'Asia/Shanghai',
    });
    const theirs = await insertProject(db.dataSource);
    const old = await insertEscalation(db.dataSource, {
      projectId: mine.id,
      kind: 'milestone_overdue',
      milestoneKey: 'openDay',
      raisedAt: '2030-01-01T00:00:00Z',
      resolvedAt: '2030-01-02T00:00:00Z',
    });
    const recent = await insertEscalation(db.dataSource, {
      projectId: mine.id,
      kind: 'defect_overdue',
      recordId: (await insertDefect(db.dataSource, { projectId: mine.id })).id,
      raisedAt: '2030-01-03T00:00:00Z',
      dueDate: '2030-01-02',
    });
    const elsewhere = await insertEscalation(db.dataSource, {
      projectId: theirs.id,
      kind: 'milestone_overdue',
      milestoneKey: 'openDay',
      raisedAt: '2030-01-04T00:00:00Z',
    });

    const list = async (fields: Partial<EscalationListFilter>) => {
      const { rows, total } = await escalations.list({ scope: ledBy(lead.id), limit: 20, offset: 0, ...fields });
      return { ids: rows.map((row) => row.id), total };
    };
    expect(await list({})).toEqual({ ids: [recent.id, old.id], total: 2 });
    expect(await list({ open: true })).toEqual({ ids: [recent.id], total: 1 });
    expect(await list({ open: false })).toEqual({ ids: [old.id], total: 1 });
    expect(await list({ kind: 'milestone_overdue' })).toEqual({ ids: [old.id], total: 1 });
    expect(await list({ limit: 1, offset: 1 })).toEqual({ ids: [old.id], total: 2 });
    expect(await list({ scope: EVERY_PROJECT, projectId: theirs.id })).toEqual({ ids: [elsewhere.id], total: 1 });
    const { rows } = await escalations.list({ scope: EVERY_PROJECT, projectId: mine.id, limit: 1, offset: 0 });
    expect(rows[0]).toEqual({
      id: recent.id,
      projectId: mine.id,
      projectName: mine.name,
      batch: '一期',
      cityCompany: '苏州城市公司',
      timeZone: 'Asia/Shanghai',
      kind: 'defect_overdue',
      milestoneKey: null,
      dueDate: '2030-01-02',
      message: recent.message,
      messageCode: null,
      messageParams: null,
      raisedAt: new Date('2030-01-03T00:00:00Z'),
      resolvedAt: null,
      open: true,
    });
  });

  it('stores what an escalation says as a code with its parameters beside the sentence, and lists them', async () => {
    const project = await insertProject(db.dataSource);
    const codedMessage = {
      code: 'MILESTONE_OVERDUE' as const,
      params: { milestoneKey: 'openDay' as const, projectName: project.name, dueDate: '2030-01-01' },
    };
    await escalations.raise(raise(project.id, { message: '业主开放日节点逾期', codedMessage }));
    await escalations.raise(raise(project.id, { message: 'The owner open day gate is overdue.' }));
    const { rows } = await escalations.list({ scope: EVERY_PROJECT, projectId: project.id, limit: 5, offset: 0 });
    expect(
      rows
        .map(({ message, messageCode, messageParams }) => ({ message, messageCode, messageParams }))
        .sort((a, b) => a.message.localeCompare(b.message)),
    ).toEqual([
      { message: 'The owner open day gate is overdue.', messageCode: null, messageParams: null },
      { message: '业主开放日节点逾期', messageCode: 'MILESTONE_OVERDUE', messageParams: codedMessage.params },
    ]);
    // a code always comes with its parameters
    await expectViolation(
      db.dataSource.query(`UPDATE escalations SET message_params = NULL WHERE project_id = $1`, [project.id]),
      'escalations_message_params_with_code',
    );
  });
});
