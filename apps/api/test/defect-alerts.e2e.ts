import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { addDays, instantToCalendarDate, zonedTimeToInstant } from '@handover/domain';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertUnits, launchRequest } from '../../../test/factories';

const ZONE = 'Asia/Shanghai';

interface AlertEvent {
  kind: string;
  recipients: string[];
  payload: { kind: string; alertId: string; codedMessage: { code: string; params: Record<string, unknown> } };
}

/** 高频问题预警 (issue 16 item 5): raised at the defect intake, one per group and window, promoted to a case once. */
describe('frequent-problem alerts', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let otherLead: TestUser;
  let engineering: TestUser;
  let customerService: TestUser;
  let contractor: TestUser;
  let projectId: string;
  let building1: string;
  let building2: string;
  let today: string;
  const marker = randomUUID().slice(0, 8);

  const http = () => stack.http();
  const alertsPath = () => `/projects/${projectId}/defect-alerts`;
  const thresholdPath = () => `/projects/${projectId}/frequent-problem-threshold`;
  const record = async (body: object) =>
    (
      await http()
        .post(`/projects/${projectId}/defects`)
        .set(bearer(engineering))
        .send({
          unitId: building1,
          source: 'open_day',
          category: 'quality',
          trade: '防水',
          description: '卫生间渗漏',
          ...body,
        })
        .expect(201)
    ).body as { id: string };
  const recordTimes = async (times: number, body: object = {}) => {
    const ids: string[] = [];
    for (let i = 0; i < times; i += 1) ids.push((await record(body)).id);
    return ids;
  };
  const alerts = async (query = '') =>
    (await http().get(`${alertsPath()}${query}`).set(bearer(engineering)).expect(200)).body as {
      items: Record<string, unknown>[];
      total: number;
    };
  const events = (): Promise<AlertEvent[]> =>
    db.query(
      `SELECT kind, recipients, payload FROM notification_events
        WHERE project_id = $1 AND key LIKE 'frequent-problem:%' ORDER BY created_at, id`,
      [projectId],
    );

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    otherLead = await stack.user('project_lead');
    engineering = await stack.user('department_head', 'engineering');
    customerService = await stack.user('department_head', 'customer_service');
    const admin = await stack.user('admin');
    projectId = await stack.launchProject(
      lead,
      launchRequest({ departmentHeadIds: [engineering.id, customerService.id] }),
    );
    const [one, two] = await insertUnits(db, 2, { projectId }, (i) => ({ building: String(i + 1) }));
    building1 = one.id;
    building2 = two.id;
    const company = await http()
      .post('/contractor-companies')
      .set(bearer(admin))
      .send({ name: `防水分包-${marker}`, kind: 'waterproofing' })
      .expect(201);
    await http()
      .post(`/projects/${projectId}/contractors`)
      .set(bearer(lead))
      .send({ companyId: company.body.id })
      .expect(200);
    contractor = await stack.contractor(company.body.id as string);
    today = instantToCalendarDate(Date.now(), ZONE);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('raises nothing at 4 defects, one alert and one event to engineering and the robots at the 5th, nothing more at the 6th', async () => {
    await recordTimes(4);
    expect((await alerts()).total).toBe(0);
    expect(await events()).toEqual([]);

    const fifth = await record({});
    const page = await alerts();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      building: '1',
      category: 'quality',
      trade: '防水',
      windowStart: addDays(today, -2),
      windowEnd: today,
      defectCount: 5,
      thresholdCount: 5,
      windowDays: 3,
      status: 'open',
      raisedByDefectId: fifth.id,
      caseId: null,
    });
    const [event, ...more] = await events();
    expect(more).toEqual([]);
    expect(event.kind).toBe('escalation');
    expect(event.recipients).toEqual([`user:${engineering.id}`, 'robot:briefing']);
    expect(event.payload.kind).toBe('frequent_problem');
    expect(event.payload.alertId).toBe(page.items[0].id);
    expect(event.payload.codedMessage).toEqual({
      code: 'FREQUENT_PROBLEM',
      params: {
        building: '1',
        category: 'quality',
        trade: '防水',
        count: 5,
        windowDays: 3,
        windowStart: addDays(today, -2),
        windowEnd: today,
      },
    });

    await record({});
    expect((await alerts()).total).toBe(1);
    expect(await events()).toHaveLength(1);
    const audit = await db.query(
      `SELECT actor_role FROM audit_log WHERE action = 'defect-alert.raise' AND project_id = $1`,
      [projectId],
    );
    expect(audit).toEqual([{ actor_role: 'system' }]);
  });

  it('counts each building, trade and category apart, and never a public area', async () => {
    await recordTimes(4, { unitId: building2 });
    await recordTimes(4, { trade: '门窗' });
    await recordTimes(4, { category: 'non_quality' });
    await recordTimes(5, { unitId: undefined, publicArea: '1# 地库' });
    expect((await alerts()).total).toBe(1);

    await record({ unitId: building2 });
    const { items, total } = await alerts();
    expect(total).toBe(2);
    expect(items[0]).toMatchObject({ building: '2', trade: '防水', category: 'quality', defectCount: 5 });
    expect(await events()).toHaveLength(2);
  });

  it('raises one alert when the group’s defects are recorded at the same moment, neither none nor two', async () => {
    await recordTimes(3, { unitId: building2, trade: '电气' });
    await Promise.all(Array.from({ length: 4 }, () => record({ unitId: building2, trade: '电气' })));
    const raised = (await alerts()).items.filter((alert) => alert.trade === '电气');
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ building: '2', defectCount: 5 });
    expect((await events()).filter((event) => event.payload.alertId === raised[0].id)).toHaveLength(1);
  });

  it('counts the window from local midnight of its first day in the project’s time zone', async () => {
    const ids = await recordTimes(4, { trade: '瓷砖' });
    const windowStartsAt = zonedTimeToInstant(addDays(today, -2), '00:00', ZONE);
    const move = (at: number) =>
      db.query(`UPDATE defects SET created_at = $2 WHERE id = ANY($1::uuid[])`, [ids, new Date(at)]);
    // A minute before the window's first local midnight (well within 72 hours): not counted.
    await move(windowStartsAt - 60_000);
    await record({ trade: '瓷砖' });
    expect((await alerts()).items.some((alert) => alert.trade === '瓷砖')).toBe(false);

    // At that midnight: counted, with the two recorded now.
    await move(windowStartsAt);
    await record({ trade: '瓷砖' });
    expect((await alerts()).items.find((alert) => alert.trade === '瓷砖')).toMatchObject({
      defectCount: 6,
      windowStart: addDays(today, -2),
    });
  });

  it('reads and sets the threshold: defaults, who may, the bounds, then defects counted against it', async () => {
    expect((await http().get(thresholdPath()).set(bearer(customerService)).expect(200)).body).toEqual({
      count: 5,
      windowDays: 3,
    });
    const put = (user: TestUser, body: object) => http().put(thresholdPath()).set(bearer(user)).send(body);
    const refused = await put(engineering, { count: 2, windowDays: 1 }).expect(403);
    expect(refused.body).toMatchObject({
      code: 'FREQUENT_PROBLEM_THRESHOLD_FORBIDDEN',
      message: 'The frequent-problem threshold is set by the project lead or an admin; you are the engineering head.',
    });
    await put(otherLead, { count: 2, windowDays: 1 }).expect(404);
    const tooFew = await put(lead, { count: 1, windowDays: 1 }).expect(400);
    expect(tooFew.body.code).toBe('VALIDATION_FAILED');
    expect(tooFew.body.message).toEqual(['count must not be less than 2']);
    expect((await put(lead, { count: 5, windowDays: 32 }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const unknown = await put(lead, { count: 2, windowDays: 1, level: 3 }).expect(400);
    expect(unknown.body.message).toEqual(['level: property level should not exist']);

    expect((await put(lead, { count: 2, windowDays: 1 }).expect(200)).body).toEqual({ count: 2, windowDays: 1 });
    expect((await http().get(thresholdPath()).set(bearer(engineering)).expect(200)).body).toEqual({
      count: 2,
      windowDays: 1,
    });
    const audit = await db.query(
      `SELECT before, after FROM audit_log WHERE action = 'project.frequent-problem-threshold.set' AND project_id = $1`,
      [projectId],
    );
    expect(audit).toEqual([{ before: { count: 5, windowDays: 3 }, after: { count: 2, windowDays: 1 } }]);

    await record({ unitId: building2, trade: '油漆' });
    expect((await alerts()).items.some((alert) => alert.trade === '油漆')).toBe(false);
    await record({ unitId: building2, trade: '油漆' });
    expect((await alerts()).items.find((alert) => alert.trade === '油漆')).toMatchObject({
      building: '2',
      defectCount: 2,
      thresholdCount: 2,
      windowDays: 1,
      windowStart: today,
      windowEnd: today,
    });
  });

  it('promotes an alert to one case: worded from the alert, a second promotion refused with the case', async () => {
    const [first] = (await alerts('?status=open&pageSize=200')).items.filter(
      (alert) => alert.building === '1' && alert.trade === '防水',
    );
    const promote = (user: TestUser, alertId: string, body: object = {}) =>
      http().post(`${alertsPath()}/${alertId}/case`).set(bearer(user)).send(body);
    const created = await promote(engineering, first.id as string).expect(201);
    expect(created.body).toMatchObject({
      kind: 'common_quality_problem',
      title: '1 栋防水质量问题高频出现',
      tags: ['防水'],
      sourceKind: 'frequent_problem',
      sourceRecordId: first.id,
      sourceProject: { id: projectId },
    });
    expect(created.body.summary).toContain(`${addDays(today, -2)} 至 ${today}（3 天内），1 栋登记了 5 个防水质量问题`);

    const again = await promote(engineering, first.id as string).expect(409);
    expect(again.body).toMatchObject({
      code: 'DEFECT_ALERT_PROMOTED',
      params: { alertId: first.id, caseId: created.body.id },
    });
    expect(
      await db.query(
        `SELECT count(*)::int AS n FROM cases WHERE source_kind = 'frequent_problem' AND source_record_id = $1`,
        [first.id],
      ),
    ).toEqual([{ n: 1 }]);
    const promoted = await alerts('?status=promoted');
    expect(promoted.items.map((alert) => [alert.id, alert.caseId, alert.status])).toEqual([
      [first.id, created.body.id, 'promoted'],
    ]);
    expect((await alerts('?status=open')).items.every((alert) => alert.caseId === null)).toBe(true);
    await http().get(`/cases/${created.body.id}`).set(bearer(customerService)).expect(200);
    const audit = await db.query(
      `SELECT after FROM audit_log WHERE action = 'defect-alert.promote' AND entity_id = $1`,
      [first.id],
    );
    expect(audit).toEqual([{ after: { caseId: created.body.id } }]);

    const missing = await promote(engineering, randomUUID()).expect(404);
    expect(missing.body.code).toBe('DEFECT_ALERT_NOT_FOUND');
    const [open] = (await alerts('?status=open')).items;
    const worded = await promote(customerService, open.id as string, { kind: 'design_defect', title: '排水坡度设计' });
    expect(worded.status).toBe(201);
    expect(worded.body).toMatchObject({ kind: 'design_defect', title: '排水坡度设计' });
  });

  it('refuses bad input with its code and unknown fields', async () => {
    const badStatus = await http().get(`${alertsPath()}?status=closed`).set(bearer(engineering)).expect(400);
    expect(badStatus.body.code).toBe('VALIDATION_FAILED');
    const { items } = await alerts('?status=open');
    const extra = await http()
      .post(`${alertsPath()}/${items[0].id}/case`)
      .set(bearer(engineering))
      .send({ priority: 'high' })
      .expect(400);
    expect(extra.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: ['priority: property priority should not exist'],
    });
    const badKind = await http()
      .post(`${alertsPath()}/${items[0].id}/case`)
      .set(bearer(engineering))
      .send({ kind: 'rumour' })
      .expect(400);
    expect(badKind.body.code).toBe('VALIDATION_FAILED');
    expect((await http().get(`${alertsPath()}/not-a-uuid`).set(bearer(engineering))).status).toBe(404);
    const badId = await http().post(`${alertsPath()}/not-a-uuid/case`).set(bearer(engineering)).send({}).expect(400);
    expect(badId.body.code).toBe('BAD_REQUEST');
  });

  it('answers a contractor and a lead of another project 404 on every route', async () => {
    const { items } = await alerts('?status=open');
    const routes = [
      () => http().get(alertsPath()),
      () => http().get(thresholdPath()),
      () => http().put(thresholdPath()).send({ count: 3, windowDays: 2 }),
      () => http().post(`${alertsPath()}/${items[0].id}/case`).send({}),
    ];
    for (const route of routes) {
      await route().set(bearer(contractor)).expect(404);
      await route().set(bearer(otherLead)).expect(404);
    }
  });
});
