import { insertComplaint, insertDefect, insertProject, tag } from '../../../../test/factories';
import { expectViolation, query, useRepositoryDatabase } from '../../../../test/harness/repository-database';
import { CasesRepository } from '../../src/cases/cases.repository';
import { ListCasesQueryDto } from '../../src/cases/dto/case.dto';

describe('CasesRepository (案例库)', () => {
  const db = useRepositoryDatabase();
  let cases: CasesRepository;
  beforeAll(() => {
    cases = new CasesRepository(db.dataSource);
  });

  it('knows the defects and complaints of a project, and stores one case per source record (cases_source_once)', async () => {
    const project = await insertProject(db.dataSource);
    const defect = await insertDefect(db.dataSource, { projectId: project.id });
    const complaint = await insertComplaint(db.dataSource, { projectId: project.id });
    const manager = db.dataSource.manager;
    expect(await cases.recordExists(project.id, 'defect', defect.id, manager)).toBe(true);
    expect(await cases.recordExists(project.id, 'complaint', defect.id, manager)).toBe(false);
    expect(await cases.recordExists(project.id, 'complaint', complaint.id, manager)).toBe(true);
    expect(await cases.recordExists((await insertProject(db.dataSource)).id, 'defect', defect.id, manager)).toBe(false);

    const values: Parameters<CasesRepository['insert']>[0] = {
      kind: 'design_defect',
      title: '门开启冲突',
      summary: '卫生间门与淋浴房门开启冲突',
      tags: ['门窗'],
      projectId: project.id,
      sourceKind: 'defect',
      recordId: defect.id,
      createdBy: project.leadUserId,
    };
    const id = await cases.insert(values, manager);
    expect(await cases.findBySource('defect', defect.id, manager)).toBe(id);
    expect(await cases.findBySource('complaint', defect.id, manager)).toBeNull();
    await expectViolation(cases.insert(values, manager), 'cases_source_once');
    await expectViolation(
      cases.insert({ ...values, recordId: complaint.id, sourceKind: 'complaint', title: '  ' }, manager),
      'cases_title_present',
    );
    expect(await cases.find(id)).toMatchObject({
      id,
      kind: 'design_defect',
      tags: ['门窗'],
      sourceKind: 'defect',
      sourceRecordId: defect.id,
      sourceProjectId: project.id,
      projectName: project.name,
      timeZone: 'Asia/Shanghai',
    });
    expect(await cases.find('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('searches title and summary (wildcards literal), tags, kind and project, newest first, paged', async () => {
    const run = tag();
    const project = await insertProject(db.dataSource);
    const other = await insertProject(db.dataSource);
    const add = async (
      projectId: string,
      fields: { kind?: 'design_defect' | 'typical_complaint'; title: string; summary?: string; tags?: string[] },
    ) => {
      const defect = await insertDefect(db.dataSource, { projectId });
      return cases.insert(
        {
          kind: fields.kind ?? 'design_defect',
          title: `${fields.title}-${run}`,
          summary: fields.summary ?? '摘要',
          tags: fields.tags ?? [],
          projectId,
          sourceKind: 'defect',
          recordId: defect.id,
          createdBy: project.leadUserId,
        },
        db.dataSource.manager,
      );
    };
    const door = await add(project.id, { title: '门开启冲突', tags: ['门窗', 'design'] });
    const leak = await add(project.id, { title: '外墙渗漏', summary: '雨季 100% 渗水', kind: 'typical_complaint' });
    const parking = await add(other.id, { title: '车位', tags: ['design'] });

    const ids = async (fields: Partial<ListCasesQueryDto>) => {
      const [rows, total] = await cases.search(query(ListCasesQueryDto, { q: run, ...fields }));
      return { ids: rows.map((row) => row.id), total };
    };
    expect(await ids({})).toEqual({ ids: [parking, leak, door], total: 3 });
    expect(await ids({ q: `渗漏-${run}` })).toEqual({ ids: [leak], total: 1 });
    expect(
      (await cases.search(query(ListCasesQueryDto, { q: '100%', projectId: project.id })))[0].map((row) => row.id),
    ).toEqual([leak]);
    expect(await ids({ tag: ' DESIGN ' })).toEqual({ ids: [parking, door], total: 2 });
    expect(await ids({ kind: 'typical_complaint' })).toEqual({ ids: [leak], total: 1 });
    expect(await ids({ projectId: other.id })).toEqual({ ids: [parking], total: 1 });
    expect(await ids({ page: 2, pageSize: 2 })).toEqual({ ids: [door], total: 3 });
  });
});
