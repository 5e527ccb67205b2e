import { BriefingProjectsRepository, ProjectBriefingSettingsEntity } from '@handover/database';
import { insertProject, insertUnit } from '../../../../test/factories';
import { useRepositoryDatabase } from '../../../../test/harness/repository-database';

const NO_PROJECT = '00000000-0000-4000-8000-000000000000';

describe('BriefingProjectsRepository (快报的项目日历与标题)', () => {
  const db = useRepositoryDatabase();
  let projects: BriefingProjectsRepository;
  beforeAll(() => {
    projects = new BriefingProjectsRepository(db.dataSource);
  });

  it('reads the calendar: D, n, zone, status, the units still to hand over (refused ones have ended) and the briefing time', async () => {
    const project = await insertProject(db.dataSource, {
      firstHandoverDate: '2030-03-01',
      centralizedDays: 5,
      timeZone: 'Asia/Urumqi',
    });
    for (const handoverState of ['not_started', 'inspected', 'objected', 'handed_over', 'refused'])
      await insertUnit(db.dataSource, { projectId: project.id, handoverState });
    expect(await projects.calendarOf(project.id)).toEqual({
      firstHandoverDate: '2030-03-01',
      centralizedDays: 5,
      timeZone: 'Asia/Urumqi',
      status: 'active',
      unitsRemaining: 3,
      briefingTime: null,
    });

    await db.dataSource.manager.insert(ProjectBriefingSettingsEntity, { projectId: project.id, briefingTime: '21:30' });
    expect(await projects.calendarOf(project.id)).toMatchObject({ briefingTime: '21:30', unitsRemaining: 3 });
    expect(await projects.calendarOf(NO_PROJECT)).toBeNull();
  });

  it('reads the heading the briefing is titled with', async () => {
    const project = await insertProject(db.dataSource, {
      cityCompany: '宁波城市公司',
      batch: '二期',
      firstHandoverDate: '2030-04-02',
      centralizedDays: 2,
    });
    expect(await projects.headingOf(project.id)).toEqual({
      cityCompany: '宁波城市公司',
      name: project.name,
      batch: '二期',
      firstHandoverDate: '2030-04-02',
      centralizedDays: 2,
    });
    expect(await projects.headingOf(NO_PROJECT)).toBeNull();
  });
});
