import { randomUUID } from 'node:crypto';
import { insertDefect, insertProject, insertUnit, type DefectFixture } from '../../../../test/factories';
import {
  expectViolation,
  openTransaction,
  query,
  rolledBack,
  useRepositoryDatabase,
} from '../../../../test/harness/repository-database';
import { DefectsRepository } from '../../src/defects/defects.repository';
import { DefectSummaryQueryDto, ListDefectsQueryDto } from '../../src/defects/dto/defect.dto';

describe('DefectsRepository (问题项)', () => {
  const db = useRepositoryDatabase();
  let defects: DefectsRepository;
  beforeAll(() => {
    defects = new DefectsRepository(db.dataSource);
  });

  it('inserts a defect of a unit or of a public area, never both or neither (defects_unit_or_public_area)', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const base = {
      projectId: project.id,
      source: 'open_day',
      category: 'quality',
      trade: 'civil',
      description: '空鼓',
      createdBy: project.leadUserId,
    } as const;
    const created = await defects.insert({ ...base, unitId: unit.id }, db.dataSource.manager);
    expect(created).toMatchObject({
      unitId: unit.id,
      publicArea: null,
      status: 'open',
      closedAt: null,
      deferredUntil: null,
    });
    expect(created.createdAt).toBeInstanceOf(Date);
    await expectViolation(
      defects.insert({ ...base, unitId: unit.id, publicArea: '大堂' }, db.dataSource.manager),
      'defects_unit_or_public_area',
    );
    await expectViolation(defects.insert({ ...base }, db.dataSource.manager), 'defects_unit_or_public_area');
  });

  it('inserts the intake’s defect in one statement only when its unit is the project’s, read back as find reads it', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const other = await insertProject(db.dataSource);
    const intake = {
      projectId: project.id,
      unitId: unit.id,
      publicArea: null,
      source: 'open_day',
      category: 'quality',
      trade: '门窗',
      description: '入户门关闭不严',
      responsibleParty: '总包',
      deadline: '2030-03-01',
      simple: true,
      createdBy: project.leadUserId,
    } as const;
    const created = await defects.insertInProject(intake, db.dataSource.manager);
    expect(created).toEqual(await defects.find(project.id, created!.id));
    expect(created).toMatchObject({ ...intake, status: 'open', reopenCount: 0, closedAt: null });
    expect(created!.createdAt).toBeInstanceOf(Date);

    const publicArea = await defects.insertInProject(
      { ...intake, unitId: null, publicArea: '3# 大堂', simple: false, deadline: null },
      db.dataSource.manager,
    );
    expect(publicArea).toMatchObject({ unitId: null, publicArea: '3# 大堂', deadline: null });

    const before = await db.dataSource.query(`SELECT count(*)::int AS n FROM defects WHERE project_id = $1`, [
      other.id,
    ]);
    expect(await defects.insertInProject({ ...intake, projectId: other.id }, db.dataSource.manager)).toBeNull();
    expect(
      await db.dataSource.query(`SELECT count(*)::int AS n FROM defects WHERE project_id = $1`, [other.id]),
    ).toEqual(before);
  });

  it('keeps the lifecycle’s invariants in the schema: cannot-fix explained, a non-quality item replied to before closing, a deferral with its reason', async () => {
    const project = await insertProject(db.dataSource);
    const defect = await insertDefect(db.dataSource, { projectId: project.id, category: 'non_quality' });
    const manager = db.dataSource.manager;
    await expectViolation(
      defects.update(defect.id, { status: 'verified' }, manager),
      'defects_non_quality_replied_before_closing',
    );
    await expectViolation(
      defects.update(defect.id, { status: 'cannot_fix', ownerReply: '已答复' }, manager),
      'defects_cannot_fix_explained',
    );
    await expectViolation(
      defects.update(defect.id, { deferredUntil: '2030-03-01' }, manager),
      'defects_deferral_has_reason',
    );
    const closed = await defects.update(
      defect.id,
      { status: 'verified', ownerReply: '已答复', closedAt: new Date() },
      manager,
    );
    expect(closed).toMatchObject({ status: 'verified', ownerReply: '已答复' });
    expect(closed.updatedAt.getTime()).toBeGreaterThanOrEqual(defect.updatedAt.getTime());
  });

  it('finds and locks a defect only in its project, the lock held until the transaction ends', async () => {
    const project = await insertProject(db.dataSource);
    const defect = await insertDefect(db.dataSource, { projectId: project.id });
    const other = await insertProject(db.dataSource);
    expect(await defects.find(project.id, defect.id)).toMatchObject({ id: defect.id });
    expect(await defects.find(other.id, defect.id)).toBeNull();
    const holder = await openTransaction(db.dataSource);
    try {
      expect(await defects.lock(project.id, defect.id, holder.manager)).toMatchObject({ id: defect.id });
      expect(await defects.lock(other.id, defect.id, holder.manager)).toBeNull();
      await rolledBack(db.dataSource, async (manager) => {
        await expect(
          manager.query(`SELECT 1 FROM defects WHERE id = $1 FOR UPDATE NOWAIT`, [defect.id]),
        ).rejects.toMatchObject({ code: '55P03' });
      });
    } finally {
      await holder.rollback();
    }
  });

  it('lists newest first with unit, source, category, status, trade, location and building filters', async () => {
    const project = await insertProject(db.dataSource);
    const inThree = await insertUnit(db.dataSource, { projectId: project.id, building: '3#' });
    const inFive = await insertUnit(db.dataSource, { projectId: project.id, building: '5#' });
    const defect = (fields: Omit<DefectFixture, 'projectId'>) =>
      insertDefect(db.dataSource, { projectId: project.id, ...fields });
    const lobby = await defect({ publicArea: '大堂', trade: 'windows', createdAt: '2030-01-01T00:00:00Z' });
    const crack = await defect({ unitId: inThree.id, source: 'unit_inspection', createdAt: '2030-01-02T00:00:00Z' });
    const view = await defect({
      unitId: inFive.id,
      category: 'non_quality',
      status: 'assigned',
      createdAt: '2030-01-03T00:00:00Z',
    });
    await insertDefect(db.dataSource, { projectId: (await insertProject(db.dataSource)).id });

    const ids = async (fields: Partial<ListDefectsQueryDto>) => {
      const [rows, total] = await defects.list(project.id, query(ListDefectsQueryDto, fields));
      return { ids: rows.map((row) => row.id), total };
    };
    expect(await ids({})).toEqual({ ids: [view.id, crack.id, lobby.id], total: 3 });
    expect(await ids({ unitId: inThree.id })).toEqual({ ids: [crack.id], total: 1 });
    expect(await ids({ source: 'unit_inspection' })).toEqual({ ids: [crack.id], total: 1 });
    expect(await ids({ category: 'non_quality' })).toEqual({ ids: [view.id], total: 1 });
    expect(await ids({ status: 'assigned' })).toEqual({ ids: [view.id], total: 1 });
    expect(await ids({ trade: 'windows' })).toEqual({ ids: [lobby.id], total: 1 });
    expect(await ids({ location: 'unit' })).toEqual({ ids: [view.id, crack.id], total: 2 });
    expect(await ids({ location: 'public_area' })).toEqual({ ids: [lobby.id], total: 1 });
    expect(await ids({ building: '5#' })).toEqual({ ids: [view.id], total: 1 });
    expect(await ids({ page: 2, pageSize: 2 })).toEqual({ ids: [lobby.id], total: 3 });
  });

  it('stores photos (at most 5 MB, a known type) and gives a page of defects their unit address and photo count', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id, building: '3#', unitNo: '2', room: '1201' });
    const inUnit = await insertDefect(db.dataSource, { projectId: project.id, unitId: unit.id });
    const lobby = await insertDefect(db.dataSource, { projectId: project.id });
    const photo = (fields: object = {}) =>
      defects.insertPhoto(
        {
          id: randomUUID(),
          defectId: inUnit.id,
          projectId: project.id,
          storageKey: `photos/${randomUUID()}`,
          contentType: 'image/png',
          sizeBytes: 1024,
          uploadedBy: project.leadUserId,
          ...fields,
        },
        db.dataSource.manager,
      );
    const first = await photo();
    const second = await photo({ contentType: 'image/webp' });
    await expectViolation(photo({ sizeBytes: 5 * 1024 * 1024 + 1 }), 'defect_photos_size_limit');
    await expectViolation(photo({ contentType: 'image/gif' }), 'defect_photos_type_known');
    await expectViolation(photo({ storageKey: first.storageKey }), 'defect_photos_storage_key_key');

    expect((await defects.photos(inUnit.id)).map((row) => row.id)).toEqual([first.id, second.id]);
    expect(await defects.photo(inUnit.id, second.id)).toMatchObject({ contentType: 'image/webp' });
    expect(await defects.photo(lobby.id, second.id)).toBeNull();
    const extras = await defects.listExtras([inUnit.id, lobby.id]);
    expect(extras.get(inUnit.id)).toEqual({ unit: { building: '3#', unitNo: '2', room: '1201' }, photoCount: 2 });
    expect(extras.get(lobby.id)).toEqual({ unit: null, photoCount: 0 });
    expect((await defects.listExtras([])).size).toBe(0);
  });

  it('summarises defects per household by status and category, in address order, paged', async () => {
    const project = await insertProject(db.dataSource);
    const b = await insertUnit(db.dataSource, { projectId: project.id, building: '2#', room: '101' });
    const a = await insertUnit(db.dataSource, { projectId: project.id, building: '1#', room: '101' });
    const defect = (unitId: string, fields: Omit<DefectFixture, 'projectId' | 'unitId'> = {}) =>
      insertDefect(db.dataSource, { projectId: project.id, unitId, ...fields });
    await defect(a.id);
    await defect(a.id, { status: 'fixed', source: 'unit_inspection' });
    await defect(a.id, { category: 'non_quality' });
    await defect(b.id, { status: 'cannot_fix' });
    await defect(b.id, { category: 'non_quality', status: 'verified' });
    await insertDefect(db.dataSource, { projectId: project.id }); // a public area: no household

    const [rows, total] = await defects.summaryByUnit(project.id, query(DefectSummaryQueryDto));
    expect(total).toBe(2);
    expect(rows).toEqual([
      {
        unitId: a.id,
        building: '1#',
        unitNo: '1',
        room: '101',
        total: 3,
        open: 2,
        assigned: 0,
        fixed: 1,
        verified: 0,
        cannotFix: 0,
        quality: 2,
        nonQuality: 1,
        awaitingOwnerReply: 1,
      },
      {
        unitId: b.id,
        building: '2#',
        unitNo: '1',
        room: '101',
        total: 2,
        open: 0,
        assigned: 0,
        fixed: 0,
        verified: 1,
        cannotFix: 1,
        quality: 1,
        nonQuality: 1,
        awaitingOwnerReply: 0,
      },
    ]);
    const [inspection, inspectionTotal] = await defects.summaryByUnit(
      project.id,
      query(DefectSummaryQueryDto, { source: 'unit_inspection' }),
    );
    expect([inspection.map((row) => [row.unitId, row.total]), inspectionTotal]).toEqual([[[a.id, 1]], 1]);
    const [secondPage] = await defects.summaryByUnit(
      project.id,
      query(DefectSummaryQueryDto, { page: 2, pageSize: 1 }),
    );
    expect(secondPage.map((row) => row.unitId)).toEqual([b.id]);
  });
});
