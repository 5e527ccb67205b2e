import { DeadlineRecordsRepository } from '@handover/database';
import { insertComplaint, insertDefect, insertProject, insertUnit } from '../../../../test/factories';
import { openTransaction, rolledBack, useRepositoryDatabase } from '../../../../test/harness/repository-database';

const NO_RECORD = '00000000-0000-4000-8000-000000000000';

describe('DeadlineRecordsRepository (整改期限与答复时限)', () => {
  const db = useRepositoryDatabase();
  const records = new DeadlineRecordsRepository();

  it('reads a defect with its project, its deadline as a date and its place: the unit, else the public area', async () => {
    const project = await insertProject(db.dataSource, { timeZone: 'Asia/Urumqi' });
    const unit = await insertUnit(db.dataSource, { projectId: project.id, building: '3#', unitNo: '2', room: '1201' });
    const inUnit = await insertDefect(db.dataSource, {
      projectId: project.id,
      unitId: unit.id,
      trade: '水电',
      status: 'assigned',
      responsibleParty: '总包',
      deadline: '2030-01-15',
    });
    const inLobby = await insertDefect(db.dataSource, { projectId: project.id, publicArea: '地库' });

    const facts = await rolledBack(db.dataSource, (manager) =>
      Promise.all([
        records.lockDefect(manager, inUnit.id),
        records.lockDefect(manager, inLobby.id),
        records.lockDefect(manager, NO_RECORD),
      ]),
    );
    expect(facts).toEqual([
      {
        projectId: project.id,
        timeZone: 'Asia/Urumqi',
        leadUserId: project.leadUserId,
        status: 'assigned',
        deadline: '2030-01-15',
        trade: '水电',
        place: '3#-2-1201',
      },
      expect.objectContaining({ status: 'open', deadline: null, trade: '土建', place: '地库' }),
      null,
    ]);
  });

  it('reads a complaint with its project and its committed reply time', async () => {
    const project = await insertProject(db.dataSource);
    const replyDeadline = new Date('2030-01-03T10:00:00Z');
    const complaint = await insertComplaint(db.dataSource, { projectId: project.id, subject: '车位', replyDeadline });
    const received = await insertComplaint(db.dataSource, { projectId: project.id });
    const facts = await rolledBack(db.dataSource, (manager) =>
      Promise.all([
        records.lockComplaint(manager, complaint.id),
        records.lockComplaint(manager, received.id),
        records.lockComplaint(manager, NO_RECORD),
      ]),
    );
    expect(facts).toEqual([
      {
        projectId: project.id,
        timeZone: 'Asia/Shanghai',
        leadUserId: project.leadUserId,
        status: 'accepted',
        replyDeadline,
        subject: '车位',
      },
      expect.objectContaining({ status: 'received', replyDeadline: null }),
      null,
    ]);
  });

  it('holds the record locked until the caller’s transaction ends: a concurrent change waits', async () => {
    const project = await insertProject(db.dataSource);
    const defect = await insertDefect(db.dataSource, { projectId: project.id });
    const complaint = await insertComplaint(db.dataSource, { projectId: project.id });
    const checking = await openTransaction(db.dataSource);
    try {
      await records.lockDefect(checking.manager, defect.id);
      await records.lockComplaint(checking.manager, complaint.id);
      for (const [table, id] of [
        ['defects', defect.id],
        ['complaints', complaint.id],
      ]) {
        const blocked = rolledBack(db.dataSource, async (manager) => {
          await manager.query(`SET LOCAL lock_timeout = '200ms'`);
          await manager.query(`UPDATE ${table} SET updated_at = now() WHERE id = $1`, [id]);
        });
        await expect(blocked).rejects.toMatchObject({ driverError: { code: '55P03' } });
      }
    } finally {
      await checking.rollback();
    }
    // once it ended, the change goes through
    await db.dataSource.query(`UPDATE defects SET updated_at = now() WHERE id = $1`, [defect.id]);
  });

  it('lowers the watch mark only to an earlier instant, and says so: the API signals the watcher only then', async () => {
    const project = await insertProject(db.dataSource);
    const mark = async () =>
      (await db.dataSource.query(`SELECT deadline_watch_next_at AS at FROM projects WHERE id = $1`, [project.id]))[0]
        .at as Date | null;
    const manager = db.dataSource.manager;
    expect(await records.lowerWatchMark(manager, project.id, new Date('2030-01-20T00:00:00Z'))).toBe(true);
    expect(await records.lowerWatchMark(manager, project.id, new Date('2030-01-25T00:00:00Z'))).toBe(false);
    expect(await records.lowerWatchMark(manager, project.id, new Date('2030-01-20T00:00:00Z'))).toBe(false);
    expect((await mark())?.toISOString()).toBe('2030-01-20T00:00:00.000Z');
    expect(await records.lowerWatchMark(manager, project.id, new Date('2030-01-18T00:00:00Z'))).toBe(true);
    expect((await mark())?.toISOString()).toBe('2030-01-18T00:00:00.000Z');
  });
});
