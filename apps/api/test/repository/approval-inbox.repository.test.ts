import {
  insertDefect,
  insertKey,
  insertMilestone,
  insertProject,
  insertUnit,
  insertUser,
  type MilestoneFixture,
} from '../../../../test/factories';
import { query, useRepositoryDatabase } from '../../../../test/harness/repository-database';
import { ApprovalInboxRepository } from '../../src/approvals/approval-inbox.repository';
import { PageQueryDto } from '../../src/common/page.dto';
import { ProjectsRepository } from '../../src/projects/projects.repository';
import { caller } from './support/caller';

describe('ApprovalInboxRepository (审批待办)', () => {
  const db = useRepositoryDatabase();
  let inbox: ApprovalInboxRepository;
  let projects: ProjectsRepository;
  beforeAll(() => {
    inbox = new ApprovalInboxRepository(db.dataSource);
    projects = new ProjectsRepository(db.dataSource);
  });

  it('lists the open and reworked gates a party signs and has not signed, earliest due first, with their evidence counts', async () => {
    const lead = await insertUser(db.dataSource);
    const project = await insertProject(db.dataSource, { leadUserId: lead.id, firstHandoverDate: '2030-03-01' });
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    await insertDefect(db.dataSource, { projectId: project.id, unitId: unit.id });
    await insertKey(db.dataSource, { projectId: project.id });
    await insertKey(db.dataSource, { projectId: project.id, holder: 'property' });
    const gate = (key: string, fields: Partial<MilestoneFixture>) =>
      insertMilestone(db.dataSource, { projectId: project.id, key, ...fields });
    await gate('openDay', { dueDate: '2030-02-01', parties: ['engineering', 'project_lead'] });
    await gate('unitInspection', { dueDate: '2030-01-15', status: 'rework', parties: ['engineering'] });
    await gate('riskSelfCheck', { dueDate: '2030-01-01', status: 'closed', parties: ['engineering'] }); // closed
    await gate('propertyTransfer', { dueDate: '2030-01-02', status: 'pending', parties: ['engineering'] }); // not open yet
    await gate('summaryAccepted', {
      dueDate: '2030-01-03',
      parties: ['engineering'],
      approvedParties: ['engineering'],
    }); // signed
    await gate('ownerOpenDay', { dueDate: '2030-01-04', parties: ['design'] }); // another party

    const [rows, total] = await inbox.pendingGates('engineering', caller(lead), query(PageQueryDto));
    expect(total).toBe(2);
    expect(rows.map((row) => [row.milestone, row.status])).toEqual([
      ['unitInspection', 'rework'],
      ['openDay', 'open'],
    ]);
    expect(rows[1]).toMatchObject({
      projectId: project.id,
      projectName: project.name,
      firstHandoverDate: '2030-03-01',
      dueDate: '2030-02-01',
      party: 'engineering',
      parties: ['engineering', 'project_lead'],
      approvedParties: [],
      undecidedRiskItems: 0,
      openInUnitQualityDefects: 1,
      keysTotal: 2,
      keysWithContractor: 1,
    });
    const [page2, total2] = await inbox.pendingGates(
      'engineering',
      caller(lead),
      query(PageQueryDto, { page: 2, pageSize: 1 }),
    );
    expect([page2.map((row) => row.milestone), total2]).toEqual([['openDay'], 2]);
  });

  it('shows a lead its own projects, a department head its assignments, HQ every project', async () => {
    const lead = await insertUser(db.dataSource);
    const head = await insertUser(db.dataSource, { role: 'department_head', department: 'engineering' });
    const hq = await insertUser(db.dataSource, { role: 'hq' });
    const own = await insertProject(db.dataSource, { leadUserId: lead.id });
    const assigned = await insertProject(db.dataSource);
    await db.dataSource.transaction((manager) => projects.assign(assigned.id, [head.id], manager));
    for (const project of [own, assigned])
      await insertMilestone(db.dataSource, { projectId: project.id, key: 'openDay', parties: ['engineering'] });

    const projectsOf = async (user: typeof lead) => {
      const [rows] = await inbox.pendingGates('engineering', caller(user), query(PageQueryDto, { pageSize: 200 }));
      return rows.map((row) => row.projectId).filter((id) => id === own.id || id === assigned.id);
    };
    expect(await projectsOf(lead)).toEqual([own.id]);
    expect(await projectsOf(head)).toEqual([assigned.id]);
    expect((await projectsOf(hq)).sort()).toEqual([own.id, assigned.id].sort());
  });
});
