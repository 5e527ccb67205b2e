import { RISK_AREAS } from '@handover/database';
import { insertProject } from '../../../../test/factories';
import { expectViolation, query, useRepositoryDatabase } from '../../../../test/harness/repository-database';
import { ListRisksQueryDto } from '../../src/risks/dto/risk.dto';
import { RISK_CHECKLIST } from '../../src/risks/risk-areas';
import { RisksRepository } from '../../src/risks/risks.repository';

describe('RisksRepository (交付风险自查)', () => {
  const db = useRepositoryDatabase();
  let risks: RisksRepository;
  beforeAll(() => {
    risks = new RisksRepository(db.dataSource);
  });

  /** A project with its register initialised, and a way to record an undecided item. */
  async function register() {
    const project = await insertProject(db.dataSource);
    await db.dataSource.transaction((manager) => risks.initAreas(project.id, manager));
    const item = (area: (typeof RISK_AREAS)[number], fields: object = {}) =>
      risks.insert(
        {
          projectId: project.id,
          area,
          description: `风险-${area}`,
          department: 'design',
          createdBy: project.leadUserId,
          ...fields,
        },
        db.dataSource.manager,
      );
    return { project, item };
  }

  it('initialises the areas A–H once: a second call inserts none', async () => {
    const project = await insertProject(db.dataSource);
    expect(await db.dataSource.transaction((manager) => risks.initAreas(project.id, manager))).toEqual([...RISK_AREAS]);
    expect(await db.dataSource.transaction((manager) => risks.initAreas(project.id, manager))).toEqual([]);
    const areas = await risks.areas(project.id);
    expect(areas.map((area) => [area.area, area.title])).toEqual(
      RISK_AREAS.map((area) => [area, RISK_CHECKLIST[area].title]),
    );
    expect(await risks.hasArea(project.id, 'H', db.dataSource.manager)).toBe(true);
    expect(await risks.hasArea((await insertProject(db.dataSource)).id, 'H', db.dataSource.manager)).toBe(false);
  });

  it('records items only in initialised areas and keeps a decision complete (rectify: plan, owner, deadline; cannot: explanation, compensation)', async () => {
    const uninitialised = await insertProject(db.dataSource);
    await expectViolation(
      risks.insert(
        {
          projectId: uninitialised.id,
          area: 'A',
          description: 'x',
          department: 'design',
          createdBy: uninitialised.leadUserId,
        },
        db.dataSource.manager,
      ),
      'risk_items_area_initialised',
    );
    const { item } = await register();
    const created = await item('A');
    expect(created).toMatchObject({ area: 'A', decision: null, decidedAt: null });
    const manager = db.dataSource.manager;
    await expectViolation(
      risks.update(created.id, { decision: 'rectify', decidedAt: new Date(), plan: '整改' }, manager),
      'risk_items_rectify_complete',
    );
    await expectViolation(
      risks.update(created.id, { decision: 'cannot_rectify', decidedAt: new Date() }, manager),
      'risk_items_cannot_rectify_complete',
    );
    await expectViolation(
      risks.update(created.id, { decision: 'rectify', plan: '整改', owner: '王工', deadline: '2030-01-01' }, manager),
      'risk_items_decided_together',
    );
    await expectViolation(item('B', { department: 'marketing' }), 'risk_items_department_known');
    const decided = await risks.update(
      created.id,
      { decision: 'rectify', plan: '整改', owner: '王工', deadline: '2030-01-01', decidedAt: new Date() },
      manager,
    );
    expect(decided).toMatchObject({ decision: 'rectify', deadline: '2030-01-01' });
  });

  it('counts items and undecided ones per area, and locks an item only in its project', async () => {
    const { project, item } = await register();
    const first = await item('A');
    await item('A', {
      decision: 'cannot_rectify',
      unifiedExplanation: '统一说辞',
      compensationPlan: '补偿',
      decidedAt: new Date(),
    });
    await item('C');
    const counts = await risks.areaCounts(project.id);
    expect(Object.fromEntries(counts)).toEqual({
      A: { area: 'A', items: 2, undecided: 1 },
      C: { area: 'C', items: 1, undecided: 1 },
    });
    await db.dataSource.transaction(async (manager) => {
      expect(await risks.lockItem(project.id, first.id, manager)).toMatchObject({ id: first.id });
      expect(await risks.lockItem((await insertProject(manager)).id, first.id, manager)).toBeNull();
    });
  });

  it('lists by area then age, with area and decided filters, paged', async () => {
    const { project, item } = await register();
    const c = await item('C');
    const a1 = await item('A');
    const a2 = await item('A', {
      decision: 'rectify',
      plan: '整改',
      owner: '王工',
      deadline: '2030-01-01',
      decidedAt: new Date(),
    });
    const ids = async (fields: Partial<ListRisksQueryDto>) => {
      const [rows, total] = await risks.list(project.id, query(ListRisksQueryDto, fields));
      return { ids: rows.map((row) => row.id), total };
    };
    expect(await ids({})).toEqual({ ids: [a1.id, a2.id, c.id], total: 3 });
    expect(await ids({ area: 'C' })).toEqual({ ids: [c.id], total: 1 });
    expect(await ids({ decided: true })).toEqual({ ids: [a2.id], total: 1 });
    expect(await ids({ decided: false })).toEqual({ ids: [a1.id, c.id], total: 2 });
    expect(await ids({ page: 2, pageSize: 2 })).toEqual({ ids: [c.id], total: 3 });
  });
});
