import { DataSource } from 'typeorm';
import { addDays, instantToCalendarDate } from '@handover/domain';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertUnits, launchRequest } from '../../../test/factories';

const ZONE = 'Asia/Shanghai';

/** 整改时限 per project, 超期账龄 by building/trade/company, 施工单位评分卡 against a hand-computed fixture (issue 16). */
describe('defect SLA, ageing and contractor scorecards', () => {
  let stack: E2eStack;
  let lead: TestUser;
  let otherLead: TestUser;
  let engineering: TestUser;
  let hq: TestUser;
  let admin: TestUser;
  let projectId: string;
  let unitIds: string[];
  let today: string;
  let db: DataSource;

  const post = (user: TestUser, path: string, body: object = {}) =>
    stack.http().post(path).set(bearer(user)).send(body);
  const get = (user: TestUser, path: string) => stack.http().get(path).set(bearer(user));
  const record = async (body: object) =>
    (
      await post(engineering, `/projects/${projectId}/defects`, {
        unitId: unitIds[0],
        source: 'unit_inspection',
        category: 'quality',
        trade: 'civil',
        description: '墙面裂缝',
        ...body,
      }).expect(201)
    ).body as { id: string; deadline: string };

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    otherLead = await stack.user('project_lead');
    engineering = await stack.user('department_head', 'engineering');
    hq = await stack.user('hq');
    admin = await stack.user('admin');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [engineering.id] }));
    const units = await insertUnits(db, 2, { projectId, building: '2' }, (i) => ({ room: String(201 + i) }));
    const more = await insertUnits(db, 1, { projectId, building: '6' });
    unitIds = [...units, ...more].map((unit) => unit.id);
    today = instantToCalendarDate(Date.now(), ZONE);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('gives a defect without a deadline the SLA of its kind: the defaults, then the days the lead sets', async () => {
    expect((await get(engineering, `/projects/${projectId}/defect-sla`).expect(200)).body).toEqual({
      simpleInUnitDays: 3,
      inUnitDays: 7,
      publicAreaDays: 30,
    });
    expect((await record({})).deadline).toBe(addDays(today, 7));
    expect((await post(engineering, `/projects/${projectId}/defect-sla`)).status).toBe(404); // PUT only
    const refused = await stack
      .http()
      .put(`/projects/${projectId}/defect-sla`)
      .set(bearer(engineering))
      .send({ simpleInUnitDays: 2, inUnitDays: 5, publicAreaDays: 20 });
    expect(refused.status).toBe(403);
    const outside = await stack
      .http()
      .put(`/projects/${projectId}/defect-sla`)
      .set(bearer(otherLead))
      .send({ simpleInUnitDays: 2, inUnitDays: 5, publicAreaDays: 20 });
    expect(outside.status).toBe(404);
    const bad = await stack
      .http()
      .put(`/projects/${projectId}/defect-sla`)
      .set(bearer(lead))
      .send({ simpleInUnitDays: 0, inUnitDays: 5, publicAreaDays: 20 });
    expect(bad.status).toBe(400);
    await stack
      .http()
      .put(`/projects/${projectId}/defect-sla`)
      .set(bearer(lead))
      .send({ simpleInUnitDays: 2, inUnitDays: 5, publicAreaDays: 20 })
      .expect(200);

    expect((await record({})).deadline).toBe(addDays(today, 5));
    expect((await record({ simple: true })).deadline).toBe(addDays(today, 2));
    expect((await record({ unitId: undefined, publicArea: '6# 地库' })).deadline).toBe(addDays(today, 20));
    expect((await record({ deadline: '2099-06-30' })).deadline).toBe('2099-06-30');
    const audit = await db.query(
      `SELECT before, after FROM audit_log WHERE action = 'project.defect-sla.set' AND project_id = $1`,
      [projectId],
    );
    expect(audit).toEqual([
      {
        before: { simpleInUnitDays: 3, inUnitDays: 7, publicAreaDays: 30 },
        after: { simpleInUnitDays: 2, inUnitDays: 5, publicAreaDays: 20 },
      },
    ]);
  });

  it('ages the running defects by days overdue in the project’s calendar, per building and per trade', async () => {
    // Hand-computed: days overdue 1 and 7 → 1–7; 8 and 14 → 8–14; 15 and 30 → 15–30; 31 → over 30; -2 not overdue.
    const overdueBy = [1, 7, 8, 14, 15, 30, 31, -2];
    for (const days of overdueBy)
      await record({ unitId: unitIds[2], trade: 'waterproofing', deadline: addDays(today, -days) });
    const ageing = (await get(hq, `/projects/${projectId}/defects-ageing?by=trade`).expect(200)).body;
    expect(ageing.today).toBe(today);
    expect(ageing.rows.find((row: { group: string }) => row.group === 'waterproofing')).toEqual({
      group: 'waterproofing',
      label: null,
      running: 8,
      overdue: 7,
      up_to_7: 2,
      days_8_to_14: 2,
      days_15_to_30: 2,
      over_30: 1,
    });
    const byBuilding = (await get(hq, `/projects/${projectId}/defects-ageing?by=building`).expect(200)).body.rows;
    expect(byBuilding.find((row: { group: string }) => row.group === '6')).toMatchObject({ running: 8, overdue: 7 });
    expect(byBuilding.find((row: { group: string | null }) => row.group === null)).toMatchObject({ overdue: 0 });
    expect((await get(otherLead, `/projects/${projectId}/defects-ageing?by=trade`)).status).toBe(404);
    expect((await get(hq, `/projects/${projectId}/defects-ageing?by=colour`)).status).toBe(400);
  });

  it('scores each company and trade as a hand-computed fixture says, per project, for HQ, and as .xlsx', async () => {
    const company = async (name: string) => {
      const id = (await post(admin, '/contractor-companies', { name, kind: 'plumbing' }).expect(201)).body.id;
      await post(lead, `/projects/${projectId}/contractors`, { companyId: id }).expect(200);
      return id as string;
    };
    const aCo = await company('甲给排水公司');
    const bCo = await company('乙给排水公司');
    const plumberA = await stack.contractor(aCo);
    const step = (user: TestUser, id: string, action: string, body: object = {}) =>
      post(user, `/projects/${projectId}/defects/${id}/${action}`, body).expect(200);
    const plumbing = (deadline = '2099-01-31') => record({ unitId: unitIds[1], trade: 'plumbing', deadline });
    const fix = async (id: string) => {
      await stack.uploadFixPhoto(plumberA, projectId, id);
      await step(plumberA, id, 'fix');
    };
    const [d1, d2, d3, d4, d5] = [
      await plumbing(),
      await plumbing(),
      await plumbing(addDays(today, -10)),
      await plumbing(),
      await plumbing(),
    ];
    for (const d of [d1, d2, d3, d4, d5]) await step(engineering, d.id, 'assign', { contractorCompanyId: aCo });
    await fix(d1.id);
    await step(engineering, d1.id, 'verify');
    await fix(d2.id);
    await step(engineering, d2.id, 'reopen', { reason: '仍渗漏' });
    await fix(d2.id);
    await step(engineering, d2.id, 'verify');
    await step(plumberA, d4.id, 'dispute', { reason: 'caused_by_owner', note: '业主改管' });
    await step(engineering, d4.id, 'dispute-decision', { outcome: 'rejected', note: '原施工问题' });
    await step(plumberA, d5.id, 'dispute', { reason: 'not_our_trade', note: '属乙方' });
    await step(engineering, d5.id, 'dispute-decision', { outcome: 'upheld', contractorCompanyId: bCo, note: '改派' });
    // Hours from assignment to the last fix, set exactly: d1 took 10 h, d2 30 h (a reopen included).
    for (const [d, hours] of [
      [d1, 10],
      [d2, 30],
    ] as const)
      await db.query(
        `UPDATE defects SET assigned_at = now() - interval '100 hours', fixed_at = now() - interval '100 hours' + $2 * interval '1 hour' WHERE id = $1`,
        [d.id, hours],
      );

    const rows = (await get(engineering, `/projects/${projectId}/contractor-scorecards`).expect(200)).body.rows;
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          companyId: aCo,
          companyName: '甲给排水公司',
          companyKind: 'plumbing',
          trade: 'plumbing',
          received: 4,
          verified: 2,
          firstTimePass: 1,
          firstTimePassRate: 0.5,
          meanHoursToFix: 20,
          p90HoursToFix: 28,
          running: 2,
          overdue: 1,
          overdueRate: 0.5,
          disputesRuled: 2,
          disputesUpheld: 1,
        },
        {
          companyId: bCo,
          companyName: '乙给排水公司',
          companyKind: 'plumbing',
          trade: 'plumbing',
          received: 1,
          verified: 0,
          firstTimePass: 0,
          firstTimePassRate: null,
          meanHoursToFix: null,
          p90HoursToFix: null,
          running: 1,
          overdue: 0,
          overdueRate: 0,
          disputesRuled: 0,
          disputesUpheld: 0,
        },
      ]),
    );
    const portfolio = (await get(hq, '/hq/contractor-scorecards').expect(200)).body.rows;
    expect(portfolio.filter((row: { companyId: string }) => [aCo, bCo].includes(row.companyId))).toEqual(rows);
    expect((await get(lead, '/hq/contractor-scorecards')).status).toBe(403);
    const xlsx = await get(engineering, `/projects/${projectId}/contractor-scorecards.xlsx`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.getWorksheet('施工单位评分卡')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('施工单位');
    const rowOfA = [2, 3].map((n) => sheet.getRow(n)).find((row) => row.getCell(1).value === '甲给排水公司')!;
    expect(rowOfA.values).toEqual([undefined, '甲给排水公司', 'plumbing', 4, 2, 1, 0.5, 20, 28, 2, 1, 0.5, 2, 1]);
  });
});
