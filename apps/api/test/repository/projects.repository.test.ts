import { randomUUID } from 'node:crypto';
import { insertNotification, insertProject, insertUser, tag } from '../../../../test/factories';
import { expectViolation, query, useRepositoryDatabase } from '../../../../test/harness/repository-database';
import { ListNotificationsQueryDto } from '../../src/projects/dto/project-notifications.dto';
import { ListProjectsQueryDto } from '../../src/projects/dto/list-projects.query';
import { ProjectsRepository } from '../../src/projects/projects.repository';
import { caller } from './support/caller';

describe('ProjectsRepository (交付项目)', () => {
  const db = useRepositoryDatabase();
  let projects: ProjectsRepository;
  beforeAll(() => {
    projects = new ProjectsRepository(db.dataSource);
  });

  it('inserts a launching project, finds it by id and natural key, and refuses the same key twice (projects_natural_key)', async () => {
    const lead = await insertUser(db.dataSource);
    const id = randomUUID();
    const row = {
      id,
      cityCompany: '杭州城市公司',
      name: `滨江壹号-${tag()}`,
      batch: '一期',
      firstHandoverDate: '2030-03-01',
      centralizedDays: 3,
      timeZone: 'Asia/Shanghai',
      leadUserId: lead.id,
      workflowId: `handover-project-${id}`,
      status: 'launching' as const,
      launchRequest: { name: 'x' },
    };
    await db.dataSource.transaction((manager) => projects.insert(row, manager));
    expect(await projects.findById(id)).toMatchObject({
      id,
      status: 'launching',
      atRisk: false,
      snapshot: null,
      snapshotRevision: 0,
      firstHandoverDate: '2030-03-01',
    });
    expect(await projects.findByNaturalKey(row.cityCompany, row.name, row.batch)).toMatchObject({ id });
    expect(await projects.findByNaturalKey(row.cityCompany, row.name, '二期')).toBeNull();
    const again = randomUUID();
    await expectViolation(
      db.dataSource.transaction((manager) =>
        projects.insert({ ...row, id: again, workflowId: `handover-project-${again}` }, manager),
      ),
      'projects_natural_key',
    );
    await expectViolation(insertProject(db.dataSource, { centralizedDays: 31 }), 'projects_centralized_days');
    await expectViolation(insertProject(db.dataSource, { status: 'paused' as never }), 'projects_status_known');
  });

  it('marks a launching project active once, and leaves a completed one as it is', async () => {
    const launching = await insertProject(db.dataSource, { status: 'launching' });
    const completed = await insertProject(db.dataSource, { status: 'completed' });
    await projects.markActive(launching.id);
    await projects.markActive(launching.id);
    await projects.markActive(completed.id);
    expect((await projects.findById(launching.id))!.status).toBe('active');
    expect((await projects.findById(completed.id))!.status).toBe('completed');
  });

  it('assigns department heads once each, however often asked', async () => {
    const project = await insertProject(db.dataSource);
    const [design, finance] = [
      await insertUser(db.dataSource, { role: 'department_head', department: 'design' }),
      await insertUser(db.dataSource, { role: 'department_head', department: 'finance' }),
    ];
    await db.dataSource.transaction((manager) => projects.assign(project.id, [design.id], manager));
    await db.dataSource.transaction((manager) => projects.assign(project.id, [design.id, finance.id], manager));
    await db.dataSource.transaction((manager) => projects.assign(project.id, [], manager));
    expect(await projects.isAssigned(project.id, design.id)).toBe(true);
    expect(await projects.isAssigned(project.id, finance.id)).toBe(true);
    expect(
      (
        await db.dataSource.query(`SELECT count(*)::int AS n FROM project_assignments WHERE project_id = $1`, [
          project.id,
        ])
      )[0].n,
    ).toBe(2);
    expect(await projects.isAssigned((await insertProject(db.dataSource)).id, design.id)).toBe(false);
  });

  it('finds a project with its membership in one statement: an assignment, an engagement, or neither', async () => {
    const project = await insertProject(db.dataSource);
    const [head, stranger] = [
      await insertUser(db.dataSource, { role: 'department_head', department: 'design' }),
      await insertUser(db.dataSource, { role: 'department_head', department: 'design' }),
    ];
    await db.dataSource.transaction((manager) => projects.assign(project.id, [head.id], manager));
    const [{ id: companyId }] = (await db.dataSource.query(
      `INSERT INTO contractor_companies (name, kind) VALUES ($1, 'waterproofing') RETURNING id`,
      [`施工单位-${tag()}`],
    )) as { id: string }[];
    await db.dataSource.query(`INSERT INTO project_contractors (project_id, company_id) VALUES ($1, $2)`, [
      project.id,
      companyId,
    ]);

    const assigned = await projects.findWithMembership(project.id, { assignedUserId: head.id });
    expect(assigned).toMatchObject({ member: true, project: { id: project.id, leadUserId: project.leadUserId } });
    expect(await projects.findWithMembership(project.id, { assignedUserId: stranger.id })).toMatchObject({
      member: false,
    });
    expect(await projects.findWithMembership(project.id, { contractorCompanyId: companyId })).toMatchObject({
      member: true,
    });
    expect(await projects.findWithMembership(project.id, { contractorCompanyId: randomUUID() })).toMatchObject({
      member: false,
    });
    expect(await projects.findWithMembership(project.id, {})).toMatchObject({ member: false });
    // the same project as findById reads it
    expect(assigned!.project).toEqual(await projects.findById(project.id));
    expect(await projects.findWithMembership(randomUUID(), { assignedUserId: head.id })).toBeNull();
  });

  it('scopes and filters the list: a lead its own, a department head its assignments, HQ all; at-risk first, then by D', async () => {
    const city = `城市公司-${tag()}`;
    const lead = await insertUser(db.dataSource);
    const otherLead = await insertUser(db.dataSource);
    const head = await insertUser(db.dataSource, { role: 'department_head', department: 'design' });
    const hq = await insertUser(db.dataSource, { role: 'hq' });
    const later = await insertProject(db.dataSource, {
      cityCompany: city,
      leadUserId: lead.id,
      firstHandoverDate: '2030-05-01',
      currentPhase: 'openDay',
    });
    const earlier = await insertProject(db.dataSource, {
      cityCompany: city,
      leadUserId: lead.id,
      firstHandoverDate: '2030-04-01',
      status: 'completed',
    });
    const atRisk = await insertProject(db.dataSource, {
      cityCompany: city,
      leadUserId: otherLead.id,
      firstHandoverDate: '2030-06-01',
      atRisk: true,
    });
    await db.dataSource.transaction((manager) => projects.assign(atRisk.id, [head.id], manager));

    const ids = async (user: typeof lead, fields: Partial<ListProjectsQueryDto> = {}) => {
      const [rows, total] = await projects.list(
        caller(user),
        query(ListProjectsQueryDto, { cityCompany: city, ...fields }),
      );
      return { ids: rows.map((row) => row.id), total };
    };
    expect(await ids(hq)).toEqual({ ids: [atRisk.id, earlier.id, later.id], total: 3 });
    expect(await ids(lead)).toEqual({ ids: [earlier.id, later.id], total: 2 });
    expect(await ids(head)).toEqual({ ids: [atRisk.id], total: 1 });
    expect(await ids(hq, { atRisk: false })).toEqual({ ids: [earlier.id, later.id], total: 2 });
    expect(await ids(hq, { status: 'completed' })).toEqual({ ids: [earlier.id], total: 1 });
    expect(await ids(hq, { phase: 'openDay' })).toEqual({ ids: [later.id], total: 1 });
    expect(await ids(hq, { from: '2030-04-02', to: '2030-05-01' })).toEqual({ ids: [later.id], total: 1 });
    expect(await ids(hq, { page: 2, pageSize: 2 })).toEqual({ ids: [later.id], total: 3 });
    expect(
      (await projects.scoped(caller(otherLead)).andWhere('p.city_company = :city', { city }).getMany()).map(
        (row) => row.id,
      ),
    ).toEqual([atRisk.id]);
  });

  it('lists the notifications of one project, newest first, with what their payload says', async () => {
    const project = await insertProject(db.dataSource);
    const reminder = await insertNotification(db.dataSource, {
      projectId: project.id,
      kind: 'reminder',
      key: 'openDay:reminder:x:3',
      recipients: ['user:lead'],
      payload: { milestoneKey: 'openDay', daysBefore: 3, dueDate: '2030-01-01' },
      createdAt: '2029-12-29T01:00:00Z',
    });
    const escalation = await insertNotification(db.dataSource, {
      projectId: project.id,
      kind: 'escalation',
      payload: { milestoneKey: 'openDay', message: 'overdue' },
      createdAt: '2029-12-30T01:00:00Z',
    });
    await insertNotification(db.dataSource, { projectId: (await insertProject(db.dataSource)).id });

    const [all, total] = await projects.notifications(project.id, query(ListNotificationsQueryDto));
    expect(total).toBe(2);
    expect(all.map((row) => row.id)).toEqual([escalation.id, reminder.id]);
    expect(all[1]).toEqual({
      id: reminder.id,
      kind: 'reminder',
      key: 'openDay:reminder:x:3',
      milestoneKey: 'openDay',
      dueDate: '2030-01-01',
      daysBefore: 3,
      message: null,
      recipients: ['user:lead'],
      sentAt: '2029-12-29T01:00:00.000Z',
    });
    const [reminders, reminderTotal] = await projects.notifications(
      project.id,
      query(ListNotificationsQueryDto, { kind: 'reminder', pageSize: 1 }),
    );
    expect([reminders.map((row) => row.id), reminderTotal]).toEqual([[reminder.id], 1]);
    const [second] = await projects.notifications(
      project.id,
      query(ListNotificationsQueryDto, { page: 2, pageSize: 1 }),
    );
    expect(second.map((row) => row.id)).toEqual([reminder.id]);
  });

  it('keeps one notification per project and key (notification_events_once)', async () => {
    const project = await insertProject(db.dataSource);
    await insertNotification(db.dataSource, { projectId: project.id, key: 'k' });
    await expectViolation(
      insertNotification(db.dataSource, { projectId: project.id, key: 'k' }),
      'notification_events_once',
    );
  });
});
