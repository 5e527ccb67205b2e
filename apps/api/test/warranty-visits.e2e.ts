import { DataSource } from 'typeorm';
import {
  deadlineSetSignal,
  deadlineWatcherStatusQuery,
  deadlineWatcherWorkflowId,
  PROJECT_DEADLINE_WATCHER_WORKFLOW,
} from '@handover/contracts';
import { DeadlineRecordsRepository, WarrantyCallBacksRepository } from '@handover/database';
import { TemporalClientService } from '../src/temporal/temporal-client.service';
import { WarrantyCallBackActivities } from '../../worker/src/activities/warranty-callback.activities';
import { bearer, E2eStack, eventually, type TestUser } from './support/e2e-stack';
import { insertHandoverEvent, insertKey, insertKeyMovement, insertUnits, launchRequest } from '../../../test/factories';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant `hours` from now, on the minute. */
const ahead = (hours: number) => new Date(Math.ceil((Date.now() + hours * HOUR) / 60_000) * 60_000).toISOString();

interface Visit {
  id: string;
  ticketId: string;
  status: string;
  doneAt: string | null;
  confirmation: string | null;
  rating: number | null;
  ownerLeavesKey: boolean;
  keyEntrustment: { id: string; letterNo: string; keyLabel: string } | null;
  contractorCompanyName: string | null;
  openCallBackId: string | null;
}

/**
 * Repair visits of warranty tickets (issue 16 item 6): an appointment with the owner told in advance through the
 * outbox, the key the owner leaves under an entrustment letter, done, the owner's confirmation recorded by customer
 * service, and a call-back task (回访任务) once a done visit waits 24 hours for its confirmation — created by the
 * deadline watcher's round (driven here with an explicit `now`, and once through the real watcher).
 */
describe('warranty repair visits and call-back tasks', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let otherLead: TestUser;
  let customerService: TestUser;
  let finance: TestUser;
  let plumber: TestUser;
  let projectId: string;
  let plumbingCo: string;
  let unitIds: string[];
  let sweeper: WarrantyCallBackActivities;

  const http = () => stack.http();
  const post = (user: TestUser, path: string, body: object = {}) => http().post(path).set(bearer(user)).send(body);
  const get = (user: TestUser, path: string) => http().get(path).set(bearer(user));
  const base = () => `/projects/${projectId}`;
  const visitsOf = (ticketId: string) => `${base()}/warranty-tickets/${ticketId}/visits`;

  /** An owner's call for the unit, taken now. */
  const ticket = async (unitId: string, description = '厨房下水管渗漏') =>
    (
      await post(customerService, `${base()}/warranty-tickets`, {
        unitId,
        component: 'water_drainage_pipes',
        description,
        reportedAt: new Date().toISOString(),
      }).expect(201)
    ).body as { id: string; unitId: string };
  const schedule = (ticketId: string, body: object = {}, user = customerService) =>
    post(user, visitsOf(ticketId), {
      startsAt: ahead(24),
      endsAt: ahead(26),
      technician: '王师傅',
      ownerLeavesKey: false,
      ...body,
    });
  const ticketOf = async (ticketId: string) =>
    (await get(customerService, `${base()}/warranty-tickets/${ticketId}`).expect(200)).body as {
      status: string;
      rating: number | null;
      visitAt: string | null;
    };
  const tasksOf = async (visitId: string) =>
    (await db.query(`SELECT id, closed_at, close_reason, due_at FROM warranty_call_back_tasks WHERE visit_id = $1`, [
      visitId,
    ])) as { id: string; closed_at: Date | null; close_reason: string | null; due_at: Date }[];
  const sweep = (at: number) => sweeper.sweepWarrantyCallBacks(projectId, new Date(at).toISOString());
  const openCallBacks = async () =>
    (await get(customerService, `${base()}/warranty-call-backs`).expect(200)).body as {
      items: { id: string; visitId: string; unitAddress: string; technician: string; dueAt: string }[];
      total: number;
    };

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    sweeper = new WarrantyCallBackActivities(db, new WarrantyCallBacksRepository(), new DeadlineRecordsRepository());
    lead = await stack.user('project_lead');
    otherLead = await stack.user('project_lead');
    const admin = await stack.user('admin');
    customerService = await stack.user('department_head', 'customer_service');
    finance = await stack.user('department_head', 'finance');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [customerService.id, finance.id] }));
    const units = await insertUnits(
      db,
      6,
      { projectId, building: '3', ownerName: '陈业主', ownerPhone: '13912345678' },
      (i) => ({
        room: String(201 + i),
      }),
    );
    unitIds = units.map((unit) => unit.id);
    for (const unitId of unitIds)
      await insertHandoverEvent(db, { projectId, unitId, step: 'handed_over', at: new Date(Date.now() - 30 * DAY) });
    plumbingCo = (
      await post(admin, '/contractor-companies', { name: `维保给排水${Date.now()}`, kind: 'plumbing' }).expect(201)
    ).body.id as string;
    await post(lead, `${base()}/contractors`, { companyId: plumbingCo }).expect(200);
    plumber = await stack.contractor(plumbingCo);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("schedules a visit with the key the owner leaves under its letter, and tells the owner in advance without the owner's data", async () => {
    const { id: ticketId, unitId } = await ticket(unitIds[0]);
    const key = await insertKey(db, { projectId, unitId, holder: 'property', label: `3-1-201-户门-${Date.now()}` });
    const letter = await insertKeyMovement(db, {
      projectId,
      keyId: key.id,
      kind: 'entrustment',
      fromHolder: 'owner',
      toHolder: 'property',
      letterNo: 'WT-2027-0031',
    });
    const startsAt = ahead(24);
    const created = await schedule(ticketId, {
      startsAt,
      endsAt: ahead(26),
      contractorCompanyId: plumbingCo,
      ownerLeavesKey: true,
      keyEntrustmentId: letter.id,
      note: '业主上班，钥匙放物业',
    }).expect(201);
    const visit = created.body as Visit;
    expect(visit).toMatchObject({
      ticketId,
      status: 'scheduled',
      ownerLeavesKey: true,
      keyEntrustment: { id: letter.id, letterNo: 'WT-2027-0031', keyLabel: key.label },
      contractorCompanyName: expect.stringContaining('维保给排水'),
    });
    expect(await ticketOf(ticketId)).toMatchObject({ status: 'visit_booked', visitAt: startsAt });
    const listed = (await get(finance, visitsOf(ticketId)).expect(200)).body.items as Visit[];
    expect(listed.map((v) => v.id)).toEqual([visit.id]);

    // The owner's notice: one outbox event for the unit's owner, with the appointment and nothing of the owner's.
    const events = await db.query(
      `SELECT kind, recipients, payload FROM notification_events WHERE project_id = $1 AND key = $2`,
      [projectId, `warranty-visit:${visit.id}:scheduled`],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'reminder',
      recipients: [`owner:${unitId}`],
      payload: { ownerNotice: 'WARRANTY_VISIT_SCHEDULED', visitId: visit.id, startsAt, ownerLeavesKey: true },
    });
    expect(JSON.stringify(events[0].payload)).not.toMatch(/陈业主|13912345678/);
    const [audit] = await db.query(
      `SELECT actor_id, after FROM audit_log WHERE entity_id = $1 AND action = 'warranty_visit.scheduled'`,
      [visit.id],
    );
    expect(audit).toMatchObject({ actor_id: customerService.id, after: { ticketId, keyEntrustmentId: letter.id } });

    // One visit booked at a time per ticket.
    const again = await schedule(ticketId, { startsAt: ahead(48), endsAt: ahead(49) }).expect(409);
    expect(again.body).toMatchObject({ code: 'WARRANTY_VISIT_ALREADY_SCHEDULED', params: { visitId: visit.id } });
  });

  it('refuses a visit in the past, a window that ends first or runs too long, an overlap for the technician, a foreign letter or company', async () => {
    const { id: ticketId } = await ticket(unitIds[1]);
    const past = await schedule(ticketId, { startsAt: ahead(-1), endsAt: ahead(1) }).expect(422);
    expect(past.body.code).toBe('WARRANTY_VISIT_IN_PAST');
    const pastZh = await http()
      .post(visitsOf(ticketId))
      .set(bearer(customerService, null))
      .send({ startsAt: ahead(-1), endsAt: ahead(1), technician: '王师傅', ownerLeavesKey: false })
      .expect(422);
    expect(pastZh.body.message).toContain('提前通知业主');
    const backwards = await schedule(ticketId, { startsAt: ahead(30), endsAt: ahead(29) }).expect(422);
    expect(backwards.body).toMatchObject({ code: 'WARRANTY_VISIT_WINDOW', params: { problem: 'ends_before_start' } });
    const long = await schedule(ticketId, { startsAt: ahead(30), endsAt: ahead(43) }).expect(422);
    expect(long.body).toMatchObject({ code: 'WARRANTY_VISIT_WINDOW', params: { problem: 'too_long', maxHours: 12 } });

    // 王师傅 is booked 24–26 h ahead at 3-1-201: the same name (spaced, any case) overlapping is refused, adjacent is not.
    const overlap = await schedule(ticketId, { startsAt: ahead(25), endsAt: ahead(27), technician: ' 王师傅 ' }).expect(
      409,
    );
    expect(overlap.body).toMatchObject({ code: 'WARRANTY_VISIT_OVERLAP', params: { technician: '王师傅' } });

    const otherUnitKey = await insertKey(db, { projectId, unitId: unitIds[0], holder: 'property' });
    const otherLetter = await insertKeyMovement(db, {
      projectId,
      keyId: otherUnitKey.id,
      kind: 'entrustment',
      fromHolder: 'owner',
      toHolder: 'property',
    });
    const foreign = await schedule(ticketId, {
      ownerLeavesKey: true,
      keyEntrustmentId: otherLetter.id,
      technician: '李师傅',
    }).expect(422);
    expect(foreign.body).toMatchObject({ code: 'WARRANTY_VISIT_KEY_ENTRUSTMENT' });
    const notOnProject = await schedule(ticketId, {
      technician: '李师傅',
      contractorCompanyId: '00000000-0000-4000-8000-000000000000',
    }).expect(409);
    expect(notOnProject.body.code).toBe('CONTRACTOR_COMPANY_NOT_ON_PROJECT');

    // bad input: 400 with the validation code
    const letterWithoutKey = await schedule(ticketId, {
      keyEntrustmentId: otherLetter.id,
      technician: '李师傅',
    }).expect(400);
    expect(letterWithoutKey.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(letterWithoutKey.body)).toContain('keyEntrustmentId goes only with ownerLeavesKey');
    for (const body of [
      { startsAt: 'tomorrow' },
      { technician: '' },
      { technician: '   ' },
      { ownerLeavesKey: 'yes' },
      { unknownField: 1 },
    ]) {
      const refused = await schedule(ticketId, body).expect(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }

    const adjacent = await schedule(ticketId, { startsAt: ahead(26), endsAt: ahead(28) }).expect(201);
    expect(adjacent.body.status).toBe('scheduled');
  });

  it('creates exactly one call-back task when the owner has not confirmed 24 h after the repair, and the watcher sleeps towards it', async () => {
    const { id: ticketId } = await ticket(unitIds[2]);
    const visit = (await schedule(ticketId, { technician: '赵师傅' }).expect(201)).body as Visit;
    const done = (
      await post(customerService, `${visitsOf(ticketId)}/${visit.id}/done`, { note: '更换止水阀' }).expect(200)
    ).body as Visit;
    expect(done.status).toBe('done');
    expect(await ticketOf(ticketId)).toMatchObject({ status: 'repaired' });
    const doneAt = Date.parse(done.doneAt!);

    // The project's deadline watcher was woken and sleeps towards the call-back's due (nothing else is due here), the
    // project's watch mark is that due
    const watcher = stack.app
      .get(TemporalClientService)
      .client.workflow.getHandle(deadlineWatcherWorkflowId(projectId));
    await eventually(async () =>
      expect((await watcher.query(deadlineWatcherStatusQuery)).sleepingUntil).not.toBeNull(),
    );
    // (at most its longest sleep at a time, 6 h, then it looks again)
    const { sleepingUntil } = await watcher.query(deadlineWatcherStatusQuery);
    expect(Date.parse(sleepingUntil!)).toBeLessThanOrEqual(doneAt + DAY);
    const [{ at }] = await db.query(`SELECT deadline_watch_next_at AS at FROM projects WHERE id = $1`, [projectId]);
    expect(new Date(at).getTime()).toBe(doneAt + DAY);

    expect((await sweep(doneAt + DAY - 60_000)).created).toBe(0);
    expect(await tasksOf(visit.id)).toEqual([]);
    expect((await sweep(doneAt + DAY + 60_000)).created).toBe(1);
    expect((await sweep(doneAt + DAY + 60_000)).created).toBe(0);
    expect((await sweep(doneAt + 3 * DAY)).created).toBe(0);
    const tasks = await tasksOf(visit.id);
    expect(tasks).toHaveLength(1);
    expect(new Date(tasks[0].due_at).getTime()).toBe(doneAt + DAY);

    const listed = await openCallBacks();
    const task = listed.items.find((item) => item.visitId === visit.id);
    expect(task).toMatchObject({ id: tasks[0].id, unitAddress: '3-1-203', technician: '赵师傅' });
    expect(((await get(customerService, visitsOf(ticketId)).expect(200)).body.items as Visit[])[0].openCallBackId).toBe(
      tasks[0].id,
    );

    // The call-back reaches the owner, who confirms and rates 4: the ticket closes and the task with it.
    await post(customerService, `${visitsOf(ticketId)}/${visit.id}/confirmation`, { outcome: 'confirmed' }).expect(400);
    const confirmed = await post(customerService, `${visitsOf(ticketId)}/${visit.id}/confirmation`, {
      outcome: 'confirmed',
      rating: 4,
    }).expect(200);
    expect(confirmed.body).toMatchObject({ confirmation: 'confirmed', rating: 4, openCallBackId: null });
    expect(await ticketOf(ticketId)).toMatchObject({ status: 'closed', rating: 4 });
    expect(await tasksOf(visit.id)).toMatchObject([{ close_reason: 'confirmation_recorded' }]);
    expect((await openCallBacks()).items.map((item) => item.visitId)).not.toContain(visit.id);
    const twice = await post(customerService, `${visitsOf(ticketId)}/${visit.id}/confirmation`, {
      outcome: 'not_fixed',
      note: 'x',
    }).expect(409);
    expect(twice.body.code).toBe('WARRANTY_TICKET_CLOSED');
    const closedTicket = await schedule(ticketId, {
      technician: '赵师傅',
      startsAt: ahead(72),
      endsAt: ahead(73),
    }).expect(409);
    expect(closedTicket.body.code).toBe('WARRANTY_TICKET_CLOSED');
  });

  it('creates none when the owner answers within 24 h; not fixed puts the ticket back for another visit', async () => {
    const { id: ticketId } = await ticket(unitIds[3]);
    const visit = (await schedule(ticketId, { technician: '钱师傅' }).expect(201)).body as Visit;
    const done = (await post(customerService, `${visitsOf(ticketId)}/${visit.id}/done`).expect(200)).body as Visit;
    const doneAt = Date.parse(done.doneAt!);
    const noNote = await post(customerService, `${visitsOf(ticketId)}/${visit.id}/confirmation`, {
      outcome: 'not_fixed',
    }).expect(400);
    expect(noNote.body.code).toBe('VALIDATION_FAILED');
    const notFixed = await post(customerService, `${visitsOf(ticketId)}/${visit.id}/confirmation`, {
      outcome: 'not_fixed',
      note: '夜里仍有滴水',
    }).expect(200);
    expect(notFixed.body).toMatchObject({ confirmation: 'not_fixed', confirmationNote: '夜里仍有滴水', rating: null });
    expect(await ticketOf(ticketId)).toMatchObject({ status: 'reported' });

    await sweep(doneAt + 2 * DAY);
    expect(await tasksOf(visit.id)).toEqual([]);

    // Another visit for what is still wrong.
    await schedule(ticketId, { technician: '钱师傅', startsAt: ahead(48), endsAt: ahead(50) }).expect(201);
    expect(await ticketOf(ticketId)).toMatchObject({ status: 'visit_booked' });
  });

  it('lets customer service close a call-back task with what came of it, once', async () => {
    const { id: ticketId } = await ticket(unitIds[4]);
    const visit = (await schedule(ticketId, { technician: '孙师傅' }).expect(201)).body as Visit;
    const doneAt = Date.parse(
      ((await post(customerService, `${visitsOf(ticketId)}/${visit.id}/done`).expect(200)).body as Visit).doneAt!,
    );
    await sweep(doneAt + DAY);
    const [task] = await tasksOf(visit.id);
    const path = `${base()}/warranty-call-backs/${task.id}/close`;
    const empty = await post(customerService, path, { note: ' ' }).expect(400);
    expect(empty.body.code).toBe('VALIDATION_FAILED');
    const closed = await post(customerService, path, { note: '业主电话确认已修好，稍后在小程序评价' }).expect(200);
    expect(closed.body).toMatchObject({ id: task.id, closeReason: 'closed_by_customer_service' });
    expect(closed.body.closedAt).not.toBeNull();
    const again = await post(customerService, path, { note: '再次' }).expect(409);
    expect(again.body.code).toBe('WARRANTY_CALL_BACK_CLOSED');
    const closedList = (await get(customerService, `${base()}/warranty-call-backs?status=closed`).expect(200)).body;
    expect(closedList.items.map((item: { id: string }) => item.id)).toContain(task.id);
    const [audit] = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [task.id]);
    expect(audit.n).toBe(1);
  });

  it('cancels a booked visit, tells the owner, and refuses what a visit no longer offers', async () => {
    const { id: ticketId, unitId } = await ticket(unitIds[5]);
    const visit = (await schedule(ticketId, { technician: '周师傅' }).expect(201)).body as Visit;
    const early = await post(customerService, `${visitsOf(ticketId)}/${visit.id}/confirmation`, {
      outcome: 'confirmed',
      rating: 5,
    }).expect(409);
    expect(early.body).toMatchObject({
      code: 'WARRANTY_VISIT_STATUS',
      params: { status: 'scheduled', action: 'confirm' },
    });
    const cancelled = await post(customerService, `${visitsOf(ticketId)}/${visit.id}/cancel`, {
      reason: '业主改期',
    }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '业主改期' });
    expect(await ticketOf(ticketId)).toMatchObject({ status: 'reported', visitAt: null });
    const [notice] = await db.query(`SELECT recipients FROM notification_events WHERE project_id = $1 AND key = $2`, [
      projectId,
      `warranty-visit:${visit.id}:cancelled`,
    ]);
    expect(notice.recipients).toEqual([`owner:${unitId}`]);
    const twice = await post(customerService, `${visitsOf(ticketId)}/${visit.id}/cancel`).expect(409);
    expect(twice.body).toMatchObject({ code: 'WARRANTY_VISIT_STATUS', params: { status: 'cancelled' } });
    await post(customerService, `${visitsOf(ticketId)}/${visit.id}/done`).expect(409);
    const missing = await post(
      customerService,
      `${visitsOf(ticketId)}/00000000-0000-4000-8000-000000000000/done`,
    ).expect(404);
    expect(missing.body.code).toBe('WARRANTY_VISIT_NOT_FOUND');
  });

  it('creates the task through the running deadline watcher once the due has passed', async () => {
    const { id: ticketId } = await ticket(unitIds[5], '阳台地漏返水');
    const visit = (
      await schedule(ticketId, { technician: '吴师傅', startsAt: ahead(60), endsAt: ahead(61) }).expect(201)
    ).body as Visit;
    await post(customerService, `${visitsOf(ticketId)}/${visit.id}/done`).expect(200);
    // As if it had been done 25 hours ago; the watcher is told to look again (as an earlier deadline would).
    await db.query(`UPDATE warranty_visits SET done_at = now() - interval '25 hours' WHERE id = $1`, [visit.id]);
    const temporal = stack.app.get(TemporalClientService);
    await temporal.client.workflow.signalWithStart(PROJECT_DEADLINE_WATCHER_WORKFLOW, {
      workflowId: deadlineWatcherWorkflowId(projectId),
      taskQueue: temporal.taskQueue,
      args: [{ projectId }],
      signal: deadlineSetSignal,
      signalArgs: [{ at: new Date().toISOString() }],
    });
    await eventually(async () => expect(await tasksOf(visit.id)).toHaveLength(1));
  });

  it('keeps to the project and the writing roles: other projects and contractors get 404, finance 403', async () => {
    const { id: ticketId } = await ticket(unitIds[1], '卫生间下水慢');
    const [task] = (await openCallBacks()).items;
    for (const user of [otherLead, plumber]) {
      await get(user, visitsOf(ticketId)).expect(404);
      await schedule(ticketId, { technician: '郑师傅', startsAt: ahead(80), endsAt: ahead(81) }, user).expect(404);
      await get(user, `${base()}/warranty-call-backs`).expect(404);
      if (task) await post(user, `${base()}/warranty-call-backs/${task.id}/close`, { note: 'x' }).expect(404);
    }
    const refused = await schedule(
      ticketId,
      { technician: '郑师傅', startsAt: ahead(80), endsAt: ahead(81) },
      finance,
    ).expect(403);
    expect(refused.body.code).toBe('WARRANTY_FORBIDDEN');
    await get(finance, `${base()}/warranty-call-backs`).expect(200);
    const notFound = await get(customerService, visitsOf('00000000-0000-4000-8000-000000000000')).expect(404);
    expect(notFound.body.code).toBe('WARRANTY_TICKET_NOT_FOUND');
  });
});
