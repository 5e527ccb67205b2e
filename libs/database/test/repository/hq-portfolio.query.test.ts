import { queryBoard, queryHandoverRate, queryPendingDecisions } from '@handover/database';
import { instantToCalendarDate } from '@handover/domain';
import { insertEscalation, insertHandoverEvent, insertProject, insertUnits, tag } from '../../../../test/factories';
import { useRepositoryDatabase } from '../../../../test/harness/repository-database';

describe('HQ portfolio queries (项目看板, 交付率, 待决策)', () => {
  const db = useRepositoryDatabase();

  it('gives the board every project with its escalation counts and pending decisions: at risk first, then escalated, then by D', async () => {
    const city = `看板-${tag()}`;
    const project = (name: string, fields: Parameters<typeof insertProject>[1] = {}) =>
      insertProject(db.dataSource, { cityCompany: city, name, ...fields });
    const calm = await project('平稳', { firstHandoverDate: '2030-01-05' });
    const escalated = await project('升级', {
      firstHandoverDate: '2030-02-01',
      snapshot: {
        postponements: [
          { id: 'r1', status: 'pending' },
          { id: 'r0', status: 'approved' },
        ],
      },
    });
    await project('风险', {
      firstHandoverDate: '2030-03-01',
      atRisk: true,
      snapshot: { atRiskDecision: { status: 'pending', openedAt: '2029-12-01T00:00:00Z' } },
    });
    await project('伦敦', { firstHandoverDate: '2030-01-01', timeZone: 'Europe/London' });
    await insertEscalation(db.dataSource, {
      projectId: escalated.id,
      kind: 'milestone_overdue',
      milestoneKey: 'openDay',
    });
    await insertEscalation(db.dataSource, {
      projectId: escalated.id,
      kind: 'milestone_overdue',
      milestoneKey: 'riskSelfCheck',
      resolvedAt: new Date(),
    });
    await insertEscalation(db.dataSource, {
      projectId: calm.id,
      kind: 'milestone_overdue',
      milestoneKey: 'openDay',
      resolvedAt: new Date(),
    });

    const board = (await queryBoard(db.dataSource)).filter((row) => row.cityCompany === city);
    expect(board.map((row) => row.name)).toEqual(['风险', '升级', '伦敦', '平稳']);
    const byName = Object.fromEntries(board.map((row) => [row.name, row]));
    expect(byName['升级']).toMatchObject({
      id: escalated.id,
      escalations: 2,
      openEscalations: 1,
      pendingPostponements: 1,
      atRiskDecisionPending: false,
      atRisk: false,
    });
    expect(byName['平稳']).toMatchObject({ escalations: 1, openEscalations: 0, pendingPostponements: 0 });
    expect(byName['风险']).toMatchObject({
      atRisk: true,
      atRiskDecisionPending: true,
      firstHandoverDate: '2030-03-01',
      timeZone: 'Asia/Shanghai',
      status: 'active',
    });
    expect(byName['伦敦'].today).toBe(instantToCalendarDate(Date.now(), 'Europe/London'));
    expect(byName['平稳'].today).toBe(instantToCalendarDate(Date.now(), 'Asia/Shanghai'));
  });

  it('computes the handover rate per day across active projects, each day in each project’s zone, capped at its units', async () => {
    const city = `交付率-${tag()}`;
    const shanghai = await insertProject(db.dataSource, { cityCompany: city });
    const london = await insertProject(db.dataSource, { cityCompany: city, timeZone: 'Europe/London' });
    const done = await insertProject(db.dataSource, { cityCompany: city, status: 'completed' });
    const handOver = async (projectId: string, count: number, ats: string[]) => {
      const units = await insertUnits(db.dataSource, count, { projectId });
      for (const [index, at] of ats.entries())
        await insertHandoverEvent(db.dataSource, {
          projectId,
          unitId: units[index % count].id,
          step: 'handed_over',
          at,
        });
    };
    // 2 units, 3 handed_over events (one unit twice): capped at 2
    await handOver(shanghai.id, 2, ['2025-03-09T16:30:00Z', '2025-03-10T23:30:00Z', '2025-03-11T01:00:00Z']);
    await handOver(london.id, 2, ['2025-03-10T23:30:00Z']);
    await handOver(done.id, 2, ['2025-03-10T01:00:00Z', '2025-03-10T02:00:00Z']);

    expect(await queryHandoverRate(db.dataSource, '2025-03-09', '2025-03-11', city)).toEqual([
      { date: '2025-03-09', totalUnits: 4, handedOverCumulative: 0, handedOverToday: 0, handoverRateBp: 0 },
      { date: '2025-03-10', totalUnits: 4, handedOverCumulative: 2, handedOverToday: 2, handoverRateBp: 5000 }, // Shanghai 1, London 1
      { date: '2025-03-11', totalUnits: 4, handedOverCumulative: 3, handedOverToday: 2, handoverRateBp: 7500 }, // Shanghai capped at 2
    ]);
    const empty = await queryHandoverRate(db.dataSource, '2025-03-09', '2025-03-09', `无此公司-${tag()}`);
    expect(empty).toEqual([
      { date: '2025-03-09', totalUnits: 0, handedOverCumulative: 0, handedOverToday: 0, handoverRateBp: 0 },
    ]);
  });

  it('lists the decisions HQ owes from the mirrored timelines, oldest request first, none of completed projects', async () => {
    const city = `待决策-${tag()}`;
    const postponing = await insertProject(db.dataSource, {
      cityCompany: city,
      snapshot: {
        postponements: [
          {
            id: 'p-2',
            status: 'pending',
            requestedAt: '2029-12-03T00:00:00Z',
            newFirstHandoverDate: '2030-02-01',
            reason: '精装修延期',
          },
          { id: 'p-1', status: 'rejected', requestedAt: '2029-12-01T00:00:00Z' },
        ],
      },
    });
    const risky = await insertProject(db.dataSource, {
      cityCompany: city,
      atRisk: true,
      snapshot: { atRiskDecision: { status: 'pending', openedAt: '2029-12-02T00:00:00Z' } },
    });
    await insertProject(db.dataSource, {
      cityCompany: city,
      status: 'completed',
      snapshot: { atRiskDecision: { status: 'pending', openedAt: '2029-12-01T00:00:00Z' } },
    });
    await insertProject(db.dataSource, {
      cityCompany: city,
      snapshot: { atRiskDecision: { status: 'decided', openedAt: '2029-12-01T00:00:00Z' } },
    });

    const pending = (await queryPendingDecisions(db.dataSource)).filter((row) => row.cityCompany === city);
    expect(pending).toEqual([
      {
        kind: 'at_risk',
        projectId: risky.id,
        cityCompany: city,
        name: risky.name,
        batch: '一期',
        firstHandoverDate: '2030-01-10',
        timeZone: 'Asia/Shanghai',
        requestId: null,
        requestedAt: '2029-12-02T00:00:00Z',
        newFirstHandoverDate: null,
        reason: null,
      },
      {
        kind: 'postponement',
        projectId: postponing.id,
        cityCompany: city,
        name: postponing.name,
        batch: '一期',
        firstHandoverDate: '2030-01-10',
        timeZone: 'Asia/Shanghai',
        requestId: 'p-2',
        requestedAt: '2029-12-03T00:00:00Z',
        newFirstHandoverDate: '2030-02-01',
        reason: '精装修延期',
      },
    ]);
  });
});
