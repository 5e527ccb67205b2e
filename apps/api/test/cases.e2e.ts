import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertComplaint, insertDefect, launchRequest } from '../../../test/factories';

describe('case library (案例库)', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let design: TestUser;
  let finance: TestUser;
  let hq: TestUser;
  let projectA: string;
  let projectB: string;
  let defectId: string;
  let complaintId: string;
  const marker = randomUUID().slice(0, 8);

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    design = await stack.user('department_head', 'design');
    finance = await stack.user('department_head', 'finance');
    hq = await stack.user('hq');
    projectA = (
      await stack
        .http()
        .post('/projects')
        .set(bearer(lead))
        .send(launchRequest({ departmentHeadIds: [design.id, finance.id] }))
        .expect(201)
    ).body.id;
    projectB = (await stack.http().post('/projects').set(bearer(lead)).send(launchRequest()).expect(201)).body.id;
    defectId = (
      await insertDefect(db, {
        projectId: projectA,
        publicArea: '3# 大堂',
        trade: 'windows',
        description: '卫生间门与淋浴房门开启冲突',
      })
    ).id;
    complaintId = (
      await insertComplaint(db, {
        projectId: projectB,
        subject: '车位数量与宣传不符',
        description: '多户业主集中投诉',
        severity: 'group',
      })
    ).id;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const createCase = (user: TestUser, body: object) => stack.http().post('/cases').set(bearer(user)).send(body);

  it('promotes a defect or complaint to a case: leads, engineering/design/customer service heads and HQ', async () => {
    const designCase = {
      kind: 'design_defect',
      title: `卫生间门开启冲突 ${marker}`,
      summary: '门扇与淋浴房门开启范围重叠; 后续项目设计阶段复核门的开启方向。',
      tags: ['门窗', ' Design ', '门窗'],
      source: { projectId: projectA, recordKind: 'defect', recordId: defectId },
    };
    const refused = await createCase(finance, designCase).expect(403);
    expect(refused.body.message).toBe(
      'Cases are promoted by project leads, the engineering, design or customer service heads, or HQ; you are the finance head.',
    );
    await createCase(design, { ...designCase, source: { ...designCase.source, projectId: projectB } }).expect(404);
    await createCase(design, { ...designCase, source: { ...designCase.source, recordId: randomUUID() } }).expect(404);
    await createCase(design, { ...designCase, kind: 'anecdote' }).expect(400);

    const created = await createCase(design, designCase).expect(201);
    expect(created.body).toMatchObject({
      kind: 'design_defect',
      tags: ['门窗', 'design'],
      sourceKind: 'defect',
      sourceRecordId: defectId,
      sourceProject: { id: projectA, cityCompany: '杭州城市公司', timeZone: 'Asia/Shanghai' },
      createdBy: design.id,
    });
    const again = await createCase(hq, designCase).expect(409);
    expect(again.body.message).toContain('already case');

    await createCase(hq, {
      kind: 'typical_complaint',
      title: `车位群诉 ${marker}`,
      summary: '宣传资料中的车位配比与交付不符, 引发群诉; 统一说辞与补偿方案需在交付前确定。',
      tags: ['群诉', '销售承诺'],
      source: { projectId: projectB, recordKind: 'complaint', recordId: complaintId },
    }).expect(201);
    const audit = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.create' AND project_id = ANY($1)`,
      [[projectA, projectB]],
    );
    expect(audit).toEqual([{ n: 2 }]);
  });

  it('is searchable by everyone across projects: text, tag, kind, paginated', async () => {
    const search = (query: object, user: TestUser = finance) =>
      stack.http().get('/cases').query(query).set(bearer(user)).expect(200);
    const byText = await search({ q: `淋浴房` });
    expect(byText.body.items.map((item: { title: string }) => item.title)).toContain(`卫生间门开启冲突 ${marker}`);
    const byMarker = await search({ q: marker });
    expect(byMarker.body.total).toBe(2);
    const byTag = await search({ q: marker, tag: '群诉' });
    expect(byTag.body.items).toEqual([
      expect.objectContaining({ kind: 'typical_complaint', sourceProject: expect.objectContaining({ id: projectB }) }),
    ]);
    const byTagCase = await search({ q: marker, tag: 'DESIGN' });
    expect(byTagCase.body.items.map((item: { kind: string }) => item.kind)).toEqual(['design_defect']);
    const byKind = await search({ q: marker, kind: 'design_defect' });
    expect(byKind.body.total).toBe(1);
    const paged = await search({ q: marker, pageSize: 1, page: 2 });
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(paged.body.items).toHaveLength(1);
    expect((await search({ q: '%' })).body.total).toBe(0);
    await stack.http().get('/cases').query({ kind: 'x' }).set(bearer(finance)).expect(400);
    await stack.http().get(`/cases/${byTag.body.items[0].id}`).set(bearer(design)).expect(200);
  });
});
