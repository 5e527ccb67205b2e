import { DefectAlertsRepository } from '@handover/database';
import { DEFAULT_FREQUENT_PROBLEM_THRESHOLD, instantToCalendarDate } from '@handover/domain';
import { insertDefect, insertProject, insertUnit } from '../../../../test/factories';
import { eventually } from '../../../../test/harness/eventually';
import { openTransaction, useRepositoryDatabase } from '../../../../test/harness/repository-database';

/** 高频问题预警: the intake's one statement against real PostgreSQL, and defects of one group recorded at once. */
describe('DefectAlertsRepository', () => {
  const db = useRepositoryDatabase();
  let alerts: DefectAlertsRepository;
  beforeAll(() => {
    alerts = new DefectAlertsRepository(db.dataSource);
  });

  async function group(timeZone = 'Asia/Shanghai') {
    const project = await insertProject(db.dataSource, { timeZone });
    const unit = await insertUnit(db.dataSource, { projectId: project.id, building: '7' });
    const defect = (manager = db.dataSource.manager, fields: { createdAt?: Date; status?: 'dismissed' } = {}) =>
      insertDefect(manager, { projectId: project.id, unitId: unit.id, trade: '防水', ...fields });
    return { project, unit, defect };
  }

  it('raises at the threshold once, counting neither dismissed defects nor a public area’s', async () => {
    const { project, defect } = await group();
    for (let i = 0; i < 3; i += 1) await defect();
    await defect(undefined, { status: 'dismissed' });
    await insertDefect(db.dataSource, { projectId: project.id, publicArea: '7# 大堂', trade: '防水' });
    const fourth = await defect();
    expect(
      await db.dataSource.transaction((m) => alerts.raiseIfFrequent(fourth.id, DEFAULT_FREQUENT_PROBLEM_THRESHOLD, m)),
    ).toBeNull();
    const fifth = await defect();
    const raised = await db.dataSource.transaction((m) =>
      alerts.raiseIfFrequent(fifth.id, DEFAULT_FREQUENT_PROBLEM_THRESHOLD, m),
    );
    const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
    expect(raised).toMatchObject({
      projectId: project.id,
      building: '7',
      category: 'quality',
      trade: '防水',
      windowEnd: today,
      defectCount: 5,
      thresholdCount: 5,
      windowDays: 3,
      raisedByDefectId: fifth.id,
      caseId: null,
    });
    // Again, for this defect or the next: nothing new.
    expect(
      await db.dataSource.transaction((m) => alerts.raiseIfFrequent(fifth.id, DEFAULT_FREQUENT_PROBLEM_THRESHOLD, m)),
    ).toBeNull();
    const sixth = await defect();
    expect(
      await db.dataSource.transaction((m) => alerts.raiseIfFrequent(sixth.id, DEFAULT_FREQUENT_PROBLEM_THRESHOLD, m)),
    ).toBeNull();
  });

  it('lets the group’s recordings take turns: the one recorded while another is uncommitted counts it once it commits', async () => {
    const { defect } = await group();
    for (let i = 0; i < 3; i += 1) await defect();
    const first = await openTransaction(db.dataSource);
    const second = await openTransaction(db.dataSource);
    try {
      const fourth = await defect(first.manager);
      expect(await alerts.raiseIfFrequent(fourth.id, DEFAULT_FREQUENT_PROBLEM_THRESHOLD, first.manager)).toBeNull();
      const fifth = await defect(second.manager);
      const [{ pid }] = await second.manager.query(`SELECT pg_backend_pid() AS pid`);
      // Waits for the first transaction's turn to end; without it, it would count 3 + its own and miss the threshold.
      const raising = alerts.raiseIfFrequent(fifth.id, DEFAULT_FREQUENT_PROBLEM_THRESHOLD, second.manager);
      await eventually(
        async () =>
          expect(
            await db.dataSource.query(
              `SELECT 1 FROM pg_locks WHERE pid = $1 AND locktype = 'advisory' AND NOT granted`,
              [pid],
            ),
          ).toHaveLength(1),
        { what: 'the second recording waiting for the group’s turn', timeoutMs: 10_000 },
      );
      await first.commit();
      expect(await raising).toMatchObject({ defectCount: 5, raisedByDefectId: fifth.id });
      await second.commit();
    } finally {
      await first.rollback().catch(() => undefined);
      await second.rollback().catch(() => undefined);
    }
  });

  it('once the group’s alert is raised, a recording in its window neither waits for the group’s turn nor raises', async () => {
    const { project, defect } = await group();
    let fifth = await defect();
    for (let i = 0; i < 4; i += 1) fifth = await defect();
    expect(
      await db.dataSource.transaction((m) => alerts.raiseIfFrequent(fifth.id, DEFAULT_FREQUENT_PROBLEM_THRESHOLD, m)),
    ).toMatchObject({ defectCount: 5 });
    const holder = await openTransaction(db.dataSource);
    const recording = await openTransaction(db.dataSource);
    try {
      // Another transaction holds the group's turn: this recording answers without waiting for it.
      await holder.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `frequent-problem:${project.id}:7:quality:防水`,
      ]);
      const seventh = await defect(recording.manager);
      await recording.manager.query(`SET LOCAL lock_timeout = '2s'`);
      expect(
        await alerts.raiseIfFrequent(seventh.id, DEFAULT_FREQUENT_PROBLEM_THRESHOLD, recording.manager),
      ).toBeNull();
      expect(
        await recording.manager.query(`SELECT 1 FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'advisory'`),
      ).toHaveLength(0);
    } finally {
      await holder.rollback();
      await recording.rollback();
    }
  });

  it('lists open and promoted alerts, and reads the threshold the project set', async () => {
    const { project, defect } = await group();
    await db.dataSource.transaction((m) => alerts.putThreshold(project.id, { count: 2, windowDays: 1 }, m));
    expect(await alerts.threshold(project.id)).toEqual({ count: 2, windowDays: 1 });
    await defect();
    const second = await defect();
    const raised = await db.dataSource.transaction((m) =>
      alerts.raiseIfFrequent(second.id, DEFAULT_FREQUENT_PROBLEM_THRESHOLD, m),
    );
    expect(raised).toMatchObject({ defectCount: 2, thresholdCount: 2, windowDays: 1 });
    const page = { page: 1, pageSize: 20 };
    expect((await alerts.list(project.id, { ...page, status: 'open' }))[1]).toBe(1);
    expect((await alerts.list(project.id, { ...page, status: 'promoted' }))[1]).toBe(0);
  });
});
