import { insertProject, insertUnit, unitCsv, type UnitFixture } from '../../../../test/factories';
import {
  expectViolation,
  query,
  rolledBack,
  useRepositoryDatabase,
} from '../../../../test/harness/repository-database';
import { ListUnitsQueryDto } from '../../src/units/dto/unit.dto';
import { addressKey, parseUnitCsv } from '../../src/units/unit-csv';
import { INSERT_BATCH_SIZE, UnitsRepository } from '../../src/units/units.repository';

describe('UnitsRepository (户)', () => {
  const db = useRepositoryDatabase();
  let units: UnitsRepository;
  beforeAll(() => {
    units = new UnitsRepository(db.dataSource);
  });

  it('imports a list larger than one INSERT batch in the caller’s transaction, exactly as parsed', async () => {
    const project = await insertProject(db.dataSource);
    const { rows, problems } = parseUnitCsv(unitCsv(INSERT_BATCH_SIZE + 1));
    expect(problems).toEqual([]);
    await db.dataSource.transaction((manager) => units.insertMany(project.id, rows, manager));
    const [listed, total] = await units.list(project.id, query(ListUnitsQueryDto, { search: '11#-1-101' }));
    expect(total).toBe(1);
    expect(listed[0]).toMatchObject({
      building: '11#',
      unitNo: '1',
      room: '101',
      ownerName: `业主${INSERT_BATCH_SIZE}`,
      contractedAreaCenti: 8957,
      surveyedAreaCenti: 8912,
      priceFenPerSqm: '2500050',
      fitOut: 'fitted',
      handoverState: 'not_started',
    });
    expect((await units.grid(project.id)).length).toBe(INSERT_BATCH_SIZE + 1);
  });

  it('imports nothing when a row fails: the import rolls back with its transaction', async () => {
    const project = await insertProject(db.dataSource);
    const { rows } = parseUnitCsv(unitCsv(3));
    await expect(
      db.dataSource.transaction(async (manager) => {
        await units.insertMany(project.id, rows.slice(0, 2), manager);
        await units.insertMany(project.id, rows.slice(1), manager); // row 2 again
      }),
    ).rejects.toMatchObject({ constraint: 'units_address_once' });
    expect(await units.grid(project.id)).toEqual([]);
  });

  it('finds which of the given addresses the project has, address by address, never another project’s', async () => {
    const project = await insertProject(db.dataSource);
    await insertUnit(db.dataSource, { projectId: project.id, building: '1#', unitNo: '1', room: '101' });
    await insertUnit(db.dataSource, {
      projectId: (await insertProject(db.dataSource)).id,
      building: '1#',
      unitNo: '1',
      room: '102',
    });
    const asked = [
      { building: '1#', unitNo: '1', room: '101' },
      { building: '1#', unitNo: '1', room: '102' },
      { building: '1#', unitNo: '2', room: '101' },
    ].map((address, index) => ({ ...parseUnitCsv(unitCsv(1)).rows[0], ...address, row: index + 2 }));
    expect([...(await units.existingAddresses(project.id, asked))]).toEqual([addressKey(asked[0])]);
  });

  it('keeps the schema’s rules on a home: one per address, positive areas and price, a known fit-out', async () => {
    const project = await insertProject(db.dataSource);
    await insertUnit(db.dataSource, { projectId: project.id, building: '2#', unitNo: '1', room: '101' });
    await expectViolation(
      insertUnit(db.dataSource, { projectId: project.id, building: '2#', unitNo: '1', room: '101' }),
      'units_address_once',
    );
    await expectViolation(
      insertUnit(db.dataSource, { projectId: project.id, contractedAreaCenti: 0 }),
      'units_contracted_area_positive',
    );
    await expectViolation(
      insertUnit(db.dataSource, { projectId: project.id, surveyedAreaCenti: -1 }),
      'units_surveyed_area_positive',
    );
    await expectViolation(
      insertUnit(db.dataSource, { projectId: project.id, priceFenPerSqm: 0 }),
      'units_price_positive',
    );
    await expectViolation(
      insertUnit(db.dataSource, { projectId: project.id, fitOut: 'luxury' as never }),
      'units_fit_out_known',
    );
  });

  it('lists a project’s homes by address with building, state and search filters, paged', async () => {
    const project = await insertProject(db.dataSource);
    const home = (building: string, room: string, fields: Partial<UnitFixture> = {}) =>
      insertUnit(db.dataSource, { projectId: project.id, building, room, ...fields });
    await home('2#', '101', { ownerName: '王五', ownerPhone: '13900001234' });
    await home('1#', '102', { ownerName: '李四', handoverState: 'handed_over' });
    await home('1#', '101', { ownerName: '张三_100%', ownerPhone: '0571-88886666' });
    await insertUnit(db.dataSource, {
      projectId: (await insertProject(db.dataSource)).id,
      building: '1#',
      room: '101',
    });

    const addresses = async (fields: Partial<ListUnitsQueryDto>) => {
      const [rows, total] = await units.list(project.id, query(ListUnitsQueryDto, fields));
      return { addresses: rows.map((row) => `${row.building}-${row.unitNo}-${row.room}`), total };
    };
    expect(await addresses({})).toEqual({ addresses: ['1#-1-101', '1#-1-102', '2#-1-101'], total: 3 });
    expect(await addresses({ building: '1#' })).toEqual({ addresses: ['1#-1-101', '1#-1-102'], total: 2 });
    expect(await addresses({ handoverState: 'handed_over' })).toEqual({ addresses: ['1#-1-102'], total: 1 });
    expect(await addresses({ search: '2#-1' })).toEqual({ addresses: ['2#-1-101'], total: 1 });
    expect(await addresses({ search: '李' })).toEqual({ addresses: ['1#-1-102'], total: 1 });
    expect(await addresses({ search: '1234' })).toEqual({ addresses: ['2#-1-101'], total: 1 }); // the phone's tail
    expect(await addresses({ search: '_100%' })).toEqual({ addresses: ['1#-1-101'], total: 1 }); // wildcards match themselves
    expect(await addresses({ search: '%' })).toEqual({ addresses: ['1#-1-101'], total: 1 });
    expect(await addresses({ page: 2, pageSize: 2 })).toEqual({ addresses: ['2#-1-101'], total: 3 });
  });

  it('answers the grid in address order without owner data, and a home only in its project', async () => {
    const project = await insertProject(db.dataSource);
    const b = await insertUnit(db.dataSource, {
      projectId: project.id,
      building: '1#',
      unitNo: '2',
      room: '302',
      handoverState: 'refused',
    });
    const a = await insertUnit(db.dataSource, { projectId: project.id, building: '1#', unitNo: '1', room: '101' });
    expect(await units.grid(project.id)).toEqual([
      { id: a.id, building: '1#', unitNo: '1', room: '101', state: 'not_started' },
      { id: b.id, building: '1#', unitNo: '2', room: '302', state: 'refused' },
    ]);
    expect(await units.findInProject(project.id, a.id)).toMatchObject({ id: a.id, ownerName: '业主' });
    expect(await units.findInProject((await insertProject(db.dataSource)).id, a.id)).toBeNull();
    await rolledBack(db.dataSource, async (manager) =>
      expect(await units.findInProject(project.id, b.id, manager)).toMatchObject({ id: b.id }),
    );
  });
});
