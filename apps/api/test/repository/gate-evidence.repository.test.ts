import { insertDefect, insertKey, insertProject, insertUnit, insertUnits } from '../../../../test/factories';
import { useRepositoryDatabase } from '../../../../test/harness/repository-database';
import { GateEvidenceRepository } from '../../src/risks/gate-evidence.repository';
import { RisksRepository } from '../../src/risks/risks.repository';

describe('GateEvidenceRepository (the records the gates rest on, 现场数据)', () => {
  const db = useRepositoryDatabase();
  let evidence: GateEvidenceRepository;
  let risks: RisksRepository;
  beforeAll(() => {
    evidence = new GateEvidenceRepository(db.dataSource);
    risks = new RisksRepository(db.dataSource);
  });

  it('counts nothing for an empty project', async () => {
    const project = await insertProject(db.dataSource);
    expect(await evidence.undecidedRiskItemsByArea(project.id)).toEqual([]);
    expect(await evidence.openInUnitQualityDefectsByStatus(project.id)).toEqual([]);
    expect(await evidence.fieldFacts(project.id)).toEqual({
      undecidedRiskItems: 0,
      openInUnitQualityDefects: 0,
      keysWithContractor: 0,
      unitsTotal: 0,
      unitsHandedOver: 0,
    });
  });

  it('counts undecided risk items per area, decided ones not', async () => {
    const project = await insertProject(db.dataSource);
    await db.dataSource.transaction((manager) => risks.initAreas(project.id, manager));
    const item = (area: 'A' | 'C', fields: object = {}) =>
      risks.insert(
        {
          projectId: project.id,
          area,
          description: 'x',
          department: 'design',
          createdBy: project.leadUserId,
          ...fields,
        },
        db.dataSource.manager,
      );
    await item('C');
    await item('A');
    await item('A');
    await item('A', {
      decision: 'cannot_rectify',
      unifiedExplanation: '说辞',
      compensationPlan: '补偿',
      decidedAt: new Date(),
    });
    expect(await evidence.undecidedRiskItemsByArea(project.id)).toEqual([
      { area: 'A', n: 2 },
      { area: 'C', n: 1 },
    ]);
    expect((await evidence.fieldFacts(project.id)).undecidedRiskItems).toBe(3);
  });

  it('counts open in-unit quality defects that are not deferred, per status in lifecycle order', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const defect = (fields: object) =>
      insertDefect(db.dataSource, { projectId: project.id, unitId: unit.id, ...fields });
    await defect({ status: 'fixed' });
    await defect({ status: 'open' });
    await defect({ status: 'open' });
    await defect({ status: 'assigned' });
    await defect({ status: 'verified' }); // closed
    await defect({ status: 'open', deferredUntil: '2030-06-30' }); // deferred to a committed date
    await defect({ status: 'open', category: 'non_quality' }); // not quality
    await insertDefect(db.dataSource, { projectId: project.id, status: 'open' }); // a public area
    expect(await evidence.openInUnitQualityDefectsByStatus(project.id)).toEqual([
      { status: 'open', n: 2 },
      { status: 'assigned', n: 1 },
      { status: 'fixed', n: 1 },
    ]);
    expect((await evidence.fieldFacts(project.id)).openInUnitQualityDefects).toBe(4);
  });

  it('counts keys with the contractor and units handed over, for this project only', async () => {
    const project = await insertProject(db.dataSource);
    const [first] = await insertUnits(db.dataSource, 3, { projectId: project.id }, (index) => ({
      handoverState: index === 0 ? 'handed_over' : 'inspected',
    }));
    await insertKey(db.dataSource, { projectId: project.id, unitId: first.id });
    await insertKey(db.dataSource, { projectId: project.id });
    await insertKey(db.dataSource, { projectId: project.id, holder: 'property' });
    const other = await insertProject(db.dataSource);
    await insertKey(db.dataSource, { projectId: other.id });
    await insertUnit(db.dataSource, { projectId: other.id, handoverState: 'handed_over' });
    expect(await evidence.fieldFacts(project.id)).toEqual({
      undecidedRiskItems: 0,
      openInUnitQualityDefects: 0,
      keysWithContractor: 2,
      unitsTotal: 3,
      unitsHandedOver: 1,
    });
  });
});
