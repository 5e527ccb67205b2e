import { DataSource } from 'typeorm';
import { instantToCalendarDate, warrantyEndedOn, warrantyLastDay } from '@handover/domain';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertDefect, insertHandoverEvent, insertUnits, launchRequest } from '../../../test/factories';

const ZONE = 'Asia/Shanghai';

/** 保修 after handover (issue 16 item 6): tickets carried from open defects, owner calls, periods, call-backs, scope. */
describe('warranty tickets', () => {
  let stack: E2eStack;
  let lead: TestUser;
  let otherLead: TestUser;
  let customerService: TestUser;
  let finance: TestUser;
  let projectId: string;
  let unitIds: string[];
  let db: DataSource;

  const post = (user: TestUser, path: string, body: object = {}) =>
    stack.http().post(path).set(bearer(user)).send(body);
  const get = (user: TestUser, path: string) => stack.http().get(path).set(bearer(user));
  const tickets = async (user: TestUser, query = '') =>
    (await get(user, `/projects/${projectId}/warranty-tickets${query}`).expect(200)).body as {
      items: { id: string; defectId: string | null; status: string; component: string; needsCallBack: boolean }[];
      total: number;
    };

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    otherLead = await stack.user('project_lead');
    customerService = await stack.user('department_head', 'customer_service');
    finance = await stack.user('department_head', 'finance');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [customerService.id, finance.id] }));
    const units = await insertUnits(db, 3, { projectId, building: '1', handoverState: 'gift_recorded' }, (i) => ({
      room: String(101 + i),
    }));
    unitIds = units.map((unit) => unit.id);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('carries every defect still open at handover to a warranty ticket, a closed one not, and completing twice none twice', async () => {
    const unitId = unitIds[0];
    const open = await insertDefect(db, {
      projectId,
      unitId,
      trade: '防水',
      description: '卫生间渗水',
      status: 'open',
    });
    const fixed = await insertDefect(db, {
      projectId,
      unitId,
      trade: '强电',
      description: '插座松动',
      status: 'fixed',
    });
    const verified = await insertDefect(db, {
      projectId,
      unitId,
      trade: '油漆',
      description: '墙面污染',
      status: 'verified',
    });
    await post(lead, `/projects/${projectId}/units/${unitId}/handover/complete`).expect(200);
    const page = await tickets(lead, `?unitId=${unitId}`);
    expect(page.total).toBe(2);
    const byDefect = new Map(page.items.map((item) => [item.defectId, item]));
    expect(byDefect.get(open.id)).toMatchObject({ status: 'reported', component: 'wet_room_waterproofing' });
    expect(byDefect.get(fixed.id)).toMatchObject({ status: 'reported', component: 'electrical' });
    expect(byDefect.has(verified.id)).toBe(false);
    const ticket = (await get(lead, `/projects/${projectId}/warranty-tickets/${byDefect.get(open.id)!.id}`).expect(200))
      .body;
    const today = instantToCalendarDate(Date.now(), ZONE);
    expect(ticket).toMatchObject({ handedOverOn: today, warrantyYears: 5, coveredUntil: warrantyLastDay(today, 5) });

    // completing again is refused by the handover flow and creates no ticket twice
    const again = await post(lead, `/projects/${projectId}/units/${unitId}/handover/complete`);
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect((await tickets(lead, `?unitId=${unitId}`)).total).toBe(2);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM warranty_tickets WHERE defect_id = ANY($1::uuid[])`,
      [[open.id, fixed.id]],
    );
    expect(count).toBe(2);
    const [audit] = await db.query(
      `SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'unit_handover.handed_over'`,
      [unitId],
    );
    expect(audit.after.warrantyTickets).toBe(2);
  });

  it("takes an owner's call within the period and refuses one after it with the day it ended", async () => {
    const unitId = unitIds[1];
    // handed over at 2020-03-10 00:30 local (still 2020-03-09 in UTC)
    await insertHandoverEvent(db, { projectId, unitId, step: 'handed_over', at: new Date('2020-03-09T16:30:00Z') });
    const body = { unitId, component: 'decoration', description: '木地板起拱' };
    // 2 years: the last day is 2022-03-10; 23:30 local that day is covered, 00:30 the next is not
    const inside = await post(customerService, `/projects/${projectId}/warranty-tickets`, {
      ...body,
      reportedAt: '2022-03-10T23:30:00+08:00',
    }).expect(201);
    expect(inside.body).toMatchObject({ status: 'reported', handedOverOn: '2020-03-10', coveredUntil: '2022-03-10' });
    const late = await post(customerService, `/projects/${projectId}/warranty-tickets`, {
      ...body,
      reportedAt: '2022-03-11T00:30:00+08:00',
    })
      .set('accept-language', 'en')
      .expect(422);
    expect(late.body).toMatchObject({
      code: 'WARRANTY_EXPIRED',
      params: { endedOn: '2022-03-11', lastDay: '2022-03-10', handedOverOn: '2020-03-10', years: 2 },
    });
    expect(late.body.message).toContain('ended on 2022-03-11');
    const lateZh = await post(customerService, `/projects/${projectId}/warranty-tickets`, {
      ...body,
      reportedAt: '2022-03-11T00:30:00+08:00',
    })
      .set('accept-language', 'zh-CN')
      .expect(422);
    expect(lateZh.body.message).toContain('已于 2022-03-11 届满');
    // waterproofing is 5 years: still covered
    await post(customerService, `/projects/${projectId}/warranty-tickets`, {
      ...body,
      component: 'roof_waterproofing',
      reportedAt: '2024-03-10T10:00:00+08:00',
    }).expect(201);
    expect(warrantyEndedOn('2020-03-10', 5)).toBe('2025-03-11');

    // a unit not handed over
    const notYet = await post(customerService, `/projects/${projectId}/warranty-tickets`, {
      ...body,
      unitId: unitIds[2],
      reportedAt: '2022-03-10T10:00:00+08:00',
    }).expect(409);
    expect(notYet.body.code).toBe('WARRANTY_UNIT_NOT_HANDED_OVER');

    // the project lengthens decoration to 3 years (never shorter): the late call is now taken
    const short = await stack
      .http()
      .put(`/projects/${projectId}/warranty-periods`)
      .set(bearer(lead))
      .send({ periods: [{ component: 'roof_waterproofing', years: 3 }] })
      .expect(422);
    expect(short.body).toMatchObject({ code: 'WARRANTY_PERIOD_TOO_SHORT', params: { statutoryYears: 5 } });
    const set = await stack
      .http()
      .put(`/projects/${projectId}/warranty-periods`)
      .set(bearer(lead))
      .send({ periods: [{ component: 'decoration', years: 3 }] })
      .expect(200);
    expect(set.body.periods).toContainEqual({ component: 'decoration', years: 3, statutoryYears: 2 });
    await post(customerService, `/projects/${projectId}/warranty-tickets`, {
      ...body,
      reportedAt: '2022-03-11T00:30:00+08:00',
    }).expect(201);
    const [audit] = await db.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE project_id = $1 AND action IN ('warranty_ticket.created', 'project.warranty-periods.set')`,
      [projectId],
    );
    expect(audit.count).toBe(4);
  });

  it('books a visit, records the repair, lists the call-back after 24 h and closes on confirmation with a rating', async () => {
    const [first] = (await tickets(lead, `?unitId=${unitIds[1]}&component=decoration`)).items;
    const path = `/projects/${projectId}/warranty-tickets/${first.id}`;
    const early = await post(customerService, `${path}/confirm`, { rating: 5 }).expect(409);
    expect(early.body.code).toBe('WARRANTY_STATUS_TRANSITION');
    await post(customerService, `${path}/book-visit`, {
      visitAt: '2027-03-02T14:00:00+08:00',
      note: '业主下午在家',
    }).expect(200);
    const repaired = await post(customerService, `${path}/repaired`, { note: '已重新铺设' }).expect(200);
    expect(repaired.body).toMatchObject({ status: 'repaired', needsCallBack: false, visitNote: '业主下午在家' });
    expect((await tickets(lead, '?needsCallBack=true')).total).toBe(0);
    await db.query(`UPDATE warranty_tickets SET repaired_at = now() - interval '25 hours' WHERE id = $1`, [first.id]);
    const callBack = await tickets(lead, '?needsCallBack=true');
    expect(callBack.items.map((item) => item.id)).toEqual([first.id]);
    expect(callBack.items[0].needsCallBack).toBe(true);
    await post(customerService, `${path}/confirm`, { rating: 6 }).expect(400);
    const closed = await post(customerService, `${path}/confirm`, { rating: 4 }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', rating: 4 });
    expect((await tickets(lead, '?needsCallBack=true')).total).toBe(0);
    expect((await tickets(lead, '?status=closed')).total).toBe(1);
  });

  it('keeps to the project and the writing roles', async () => {
    const [first] = (await tickets(lead)).items;
    await get(otherLead, `/projects/${projectId}/warranty-tickets`).expect(404);
    await get(otherLead, `/projects/${projectId}/warranty-tickets/${first.id}`).expect(404);
    await post(otherLead, `/projects/${projectId}/warranty-tickets/${first.id}/book-visit`, {
      visitAt: '2027-03-02T14:00:00+08:00',
    }).expect(404);
    // finance reads but does not write
    expect((await tickets(finance)).total).toBeGreaterThan(0);
    const refused = await post(finance, `/projects/${projectId}/warranty-tickets/${first.id}/book-visit`, {
      visitAt: '2027-03-02T14:00:00+08:00',
    }).expect(403);
    expect(refused.body.code).toBe('WARRANTY_FORBIDDEN');
    await post(customerService, `/projects/${projectId}/warranty-tickets`, {
      unitId: unitIds[1],
      component: 'nope',
      description: 'x',
      reportedAt: '2022-03-10T10:00:00+08:00',
    }).expect(400);
  });
});
