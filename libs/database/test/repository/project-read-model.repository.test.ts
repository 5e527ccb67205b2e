import {
  ProjectEntity,
  ProjectReadModelRepository,
  type MirroredMilestone,
  type ProjectSnapshot,
} from '@handover/database';
import { insertMilestone, insertProject } from '../../../../test/factories';
import { rolledBack, useRepositoryDatabase } from '../../../../test/harness/repository-database';

describe('ProjectReadModelRepository (读模型)', () => {
  const db = useRepositoryDatabase();
  let readModel: ProjectReadModelRepository;
  beforeAll(() => {
    readModel = new ProjectReadModelRepository(db.dataSource);
  });

  const snapshot = (projectId: string, revision: number, fields: Partial<ProjectSnapshot> = {}): ProjectSnapshot => ({
    projectId,
    snapshot: { revision, note: `revision ${revision}` },
    revision,
    status: 'active',
    currentPhase: 'openDay',
    atRisk: false,
    firstHandoverDate: '2030-02-01',
    ...fields,
  });
  const projectRow = (id: string) => db.dataSource.manager.findOneByOrFail(ProjectEntity, { id });
  const milestonesOf = (projectId: string) =>
    db.dataSource.query(
      `SELECT key, phase, to_char(due_date, 'YYYY-MM-DD') AS due_date, status, parties, approved_parties
         FROM project_milestones WHERE project_id = $1 ORDER BY key`,
      [projectId],
    );

  it('stores a newer snapshot with the fields read from it, and ignores one as old or older', async () => {
    const project = await insertProject(db.dataSource, { status: 'launching' });
    expect(
      await readModel.storeSnapshot(snapshot(project.id, 2, { atRisk: true, currentPhase: 'rectification' })),
    ).toBe(true);
    expect(await projectRow(project.id)).toMatchObject({
      snapshot: { revision: 2, note: 'revision 2' },
      snapshotRevision: 2,
      status: 'active',
      currentPhase: 'rectification',
      atRisk: true,
      firstHandoverDate: '2030-02-01',
    });

    expect(await readModel.storeSnapshot(snapshot(project.id, 2, { atRisk: false }))).toBe(false);
    expect(await readModel.storeSnapshot(snapshot(project.id, 1, { status: 'completed' }))).toBe(false);
    expect(await projectRow(project.id)).toMatchObject({ snapshotRevision: 2, status: 'active', atRisk: true });

    expect(await readModel.storeSnapshot(snapshot(project.id, 3, { status: 'completed', currentPhase: null }))).toBe(
      true,
    );
    expect(await projectRow(project.id)).toMatchObject({
      snapshotRevision: 3,
      status: 'completed',
      currentPhase: null,
    });
  });

  it('stores nothing for a project it does not have, nor when the caller’s transaction rolls back', async () => {
    const project = await insertProject(db.dataSource);
    expect(await readModel.storeSnapshot(snapshot('00000000-0000-4000-8000-000000000000', 1))).toBe(false);
    expect(
      await rolledBack(db.dataSource, (manager) => readModel.storeSnapshot(snapshot(project.id, 5), manager)),
    ).toBe(true);
    expect((await projectRow(project.id)).snapshotRevision).toBe(0);
  });

  it('inserts the gates it is given and updates those it has, leaving other gates as they are', async () => {
    const project = await insertProject(db.dataSource);
    await insertMilestone(db.dataSource, { projectId: project.id, key: 'riskSelfCheck', status: 'closed' });
    await insertMilestone(db.dataSource, { projectId: project.id, key: 'openDay', phase: 'openDay', status: 'open' });
    const openDay: MirroredMilestone = {
      key: 'openDay',
      phase: 'openDay',
      dueDate: '2030-01-05',
      status: 'rework',
      parties: ['engineering', 'sales'],
      approvedParties: ['sales'],
    };
    const rectification: MirroredMilestone = {
      key: 'rectification',
      phase: 'rectification',
      dueDate: '2030-01-20',
      status: 'pending',
      parties: ['engineering'],
      approvedParties: [],
    };
    await readModel.storeMilestones(project.id, [openDay, rectification]);
    await readModel.storeMilestones(project.id, []);
    expect(await milestonesOf(project.id)).toEqual([
      {
        key: 'openDay',
        phase: 'openDay',
        due_date: '2030-01-05',
        status: 'rework',
        parties: ['engineering', 'sales'],
        approved_parties: ['sales'],
      },
      {
        key: 'rectification',
        phase: 'rectification',
        due_date: '2030-01-20',
        status: 'pending',
        parties: ['engineering'],
        approved_parties: [],
      },
      expect.objectContaining({ key: 'riskSelfCheck', status: 'closed' }),
    ]);

    await rolledBack(db.dataSource, (manager) =>
      readModel.storeMilestones(project.id, [{ ...rectification, status: 'open' }], manager),
    );
    expect((await milestonesOf(project.id))[1]).toMatchObject({ key: 'rectification', status: 'pending' });
  });
});
