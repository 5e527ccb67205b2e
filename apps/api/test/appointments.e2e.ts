import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { launchRequest, unitCsv } from '../../../test/factories';

/** 12 homes of building 5#, unit 2, rooms 1001–1012 (a refusal below names one). */
const homesOfBuilding5 = Array.from({ length: 12 }, (_, index) => ({
  building: '5#',
  unit: '2',
  room: String(1001 + index),
}));

/** An instant `days` from now, written with the +08:00 offset of Asia/Shanghai. */
function inDays(days: number, hour = 9): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const day = new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
}

describe('appointments: time slots with capacity, bookings, never overbooked', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let hq: TestUser;
  let customerService: TestUser;
  let engineering: TestUser;
  let projectId: string;
  let unitIds: string[];

  const createSlot = (body: Record<string, unknown>, user: TestUser = lead) =>
    stack.http().post(`/projects/${projectId}/appointment-slots`).set(bearer(user)).send(body);
  const slotBody = (overrides: Record<string, unknown> = {}) => ({
    kind: 'open_day',
    startsAt: inDays(30, 9),
    endsAt: inDays(30, 10),
    capacity: 1,
    ...overrides,
  });
  const book = (slotId: string, unitId: string, user: TestUser = lead) =>
    stack.http().post(`/projects/${projectId}/appointment-slots/${slotId}/bookings`).set(bearer(user)).send({ unitId });
  const booked = async (slotId: string) =>
    (await db.query(`SELECT booked FROM appointment_slots WHERE id = $1`, [slotId]))[0].booked as number;

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    hq = await stack.user('hq');
    customerService = await stack.user('department_head', 'customer_service');
    engineering = await stack.user('department_head', 'engineering');
    projectId = await stack.launchProject(
      lead,
      launchRequest({ departmentHeadIds: [customerService.id, engineering.id] }),
    );
    await stack
      .http()
      .post(`/projects/${projectId}/units/import`)
      .set(bearer(lead))
      .set('Content-Type', 'text/csv')
      .send(unitCsv(homesOfBuilding5, { header: 'en' }))
      .expect(201);
    const units = await stack
      .http()
      .get(`/projects/${projectId}/units`)
      .query({ pageSize: 50 })
      .set(bearer(lead))
      .expect(200);
    unitIds = units.body.items.map((unit: { id: string }) => unit.id);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('books the last seat exactly once under 10 concurrent requests', async () => {
    const slot = (await createSlot(slotBody()).expect(201)).body;
    const responses = await Promise.all(unitIds.slice(0, 10).map((unitId) => book(slot.id, unitId)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect(refused.body.message).toBe('This time slot is full (capacity 1).');
    }
    expect(await booked(slot.id)).toBe(1);
    const active = await db.query(
      `SELECT count(*)::int AS n FROM appointment_bookings WHERE slot_id = $1 AND status = 'booked'`,
      [slot.id],
    );
    expect(active[0].n).toBe(1);
    const audit = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE project_id = $1 AND action = 'appointment.book'`,
      [projectId],
    );
    expect(audit[0].n).toBe(1);
  });

  it('creates slots in ISO with offset, answers in ISO (UTC), lists them with remaining seats and filters', async () => {
    const created = await createSlot(
      slotBody({
        kind: 'handover',
        startsAt: '2099-03-01T09:00:00+08:00',
        endsAt: '2099-03-01T10:30:00+08:00',
        capacity: 30,
      }),
    ).expect(201);
    expect(created.body).toMatchObject({
      kind: 'handover',
      startsAt: '2099-03-01T01:00:00.000Z',
      endsAt: '2099-03-01T02:30:00.000Z',
      capacity: 30,
      booked: 0,
      remaining: 30,
    });
    await book(created.body.id, unitIds[0], customerService).expect(201);

    const list = await stack
      .http()
      .get(`/projects/${projectId}/appointment-slots`)
      .query({ kind: 'handover', from: '2099-03-01T00:00:00+08:00', to: '2099-03-02T00:00:00+08:00' })
      .set(bearer(engineering))
      .expect(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({ id: created.body.id, capacity: 30, booked: 1, remaining: 29 });
    const none = await stack
      .http()
      .get(`/projects/${projectId}/appointment-slots`)
      .query({ from: '2099-03-01T10:00:00+08:00' })
      .set(bearer(lead))
      .expect(200);
    expect(none.body.total).toBe(0);
    const audit = await db.query(
      `SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'appointment_slot.create'`,
      [created.body.id],
    );
    expect(audit[0].after).toEqual({
      kind: 'handover',
      startsAt: '2099-03-01T01:00:00.000Z',
      endsAt: '2099-03-01T02:30:00.000Z',
      capacity: 30,
    });
  });

  it('refuses bad slots with 400 and explains why', async () => {
    const noOffset = await createSlot(slotBody({ startsAt: '2099-03-01T09:00:00' })).expect(400);
    expect(noOffset.body.message).toEqual([
      'startsAt must be a date and time with its UTC offset, like 2027-03-01T09:00:00+08:00',
    ]);
    const backwards = await createSlot(
      slotBody({ startsAt: '2099-03-01T10:00:00+08:00', endsAt: '2099-03-01T09:00:00+08:00' }),
    ).expect(400);
    expect(backwards.body.message).toBe('endsAt must be after startsAt: a time slot ends after it starts.');
    await createSlot(slotBody({ capacity: 0 })).expect(400);
    await createSlot(slotBody({ kind: 'party' })).expect(400);
    await createSlot(slotBody({ startsAt: '2099-02-30T09:00:00+08:00' })).expect(400);
    await createSlot(slotBody({ booked: 3 })).expect(400);
  });

  it('allows one active booking per unit and kind; cancelling frees the seat and allows a new booking', async () => {
    const first = (
      await createSlot(slotBody({ startsAt: inDays(31, 9), endsAt: inDays(31, 10), capacity: 5 })).expect(201)
    ).body;
    const second = (
      await createSlot(slotBody({ startsAt: inDays(31, 10), endsAt: inDays(31, 11), capacity: 5 })).expect(201)
    ).body;
    const unitId = unitIds[11];
    const booking = (await book(first.id, unitId).expect(201)).body;
    expect(booking).toMatchObject({ slotId: first.id, unitId, kind: 'open_day', status: 'booked', cancelledAt: null });

    const twice = await book(second.id, unitId).expect(409);
    expect(twice.body.message).toBe(
      'Unit 5#-2-1012 already has an active owner open day (业主开放日) booking; cancel it before booking another time slot.',
    );

    const cancelled = await stack
      .http()
      .post(`/projects/${projectId}/bookings/${booking.id}/cancel`)
      .set(bearer(customerService))
      .expect(200);
    expect(cancelled.body).toMatchObject({ id: booking.id, status: 'cancelled' });
    expect(typeof cancelled.body.cancelledAt).toBe('string');
    expect(await booked(first.id)).toBe(0);
    const again = await stack
      .http()
      .post(`/projects/${projectId}/bookings/${booking.id}/cancel`)
      .set(bearer(lead))
      .expect(409);
    expect(again.body.message).toBe('This booking is already cancelled.');
    expect(await booked(first.id)).toBe(0);

    await book(second.id, unitId).expect(201);
    expect(await booked(second.id)).toBe(1);
    const actions = await db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [booking.id]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual(['appointment.book', 'appointment.cancel']);
  });

  it('checks roles and scope: lead creates slots, lead or customer-service head books, others 403/404', async () => {
    const slot = (
      await createSlot(slotBody({ startsAt: inDays(32, 9), endsAt: inDays(32, 10), capacity: 3 })).expect(201)
    ).body;
    await createSlot(slotBody(), hq).expect(403);
    await createSlot(slotBody(), customerService).expect(403);
    const wrongDepartment = await book(slot.id, unitIds[1], engineering).expect(403);
    expect(wrongDepartment.body.message).toBe(
      'Only the project lead or the customer-service (客服) head assigned to the project manages appointments; you are the engineering department head.',
    );
    await book(slot.id, unitIds[1], hq).expect(403);
    const unassigned = await stack.user('department_head', 'customer_service');
    await book(slot.id, unitIds[1], unassigned).expect(404);
    await stack.http().get(`/projects/${projectId}/appointment-slots`).set(bearer(unassigned)).expect(404);
    const otherLead = await stack.user('project_lead');
    await createSlot(slotBody(), otherLead).expect(404);

    const missingUnit = await book(slot.id, '00000000-0000-4000-8000-000000000000').expect(404);
    expect(missingUnit.body.message).toBe(`Project ${projectId} has no unit 00000000-0000-4000-8000-000000000000.`);
    await book('00000000-0000-4000-8000-000000000000', unitIds[1]).expect(404);
    await stack
      .http()
      .post(`/projects/${projectId}/bookings/00000000-0000-4000-8000-000000000000/cancel`)
      .set(bearer(lead))
      .expect(404);
    await stack
      .http()
      .post(`/projects/${projectId}/appointment-slots/${slot.id}/bookings`)
      .set(bearer(lead))
      .send({ unitId: 'x' })
      .expect(400);
    expect(await booked(slot.id)).toBe(0);
  });

  describe('the booking list (预约名单): GET /projects/{id}/bookings', () => {
    /** A calendar day far ahead, so its slots have not ended; D+1 follows it. */
    const D = '2099-05-10';
    const D1 = '2099-05-11';
    let listProjectId: string;
    let units: Record<string, string>;
    let slotA: string;
    let slotB: string;
    let cancelledBooking: string;

    const list = (query: Record<string, unknown>, user: TestUser = lead, project = () => listProjectId) =>
      stack.http().get(`/projects/${project()}/bookings`).query(query).set(bearer(user));
    const addresses = (body: { items: { unit: { building: string; unitNo: string; room: string } }[] }) =>
      body.items.map(({ unit }) => `${unit.building}-${unit.unitNo}-${unit.room}`);

    beforeAll(async () => {
      listProjectId = await stack.launchProject(
        lead,
        launchRequest({ departmentHeadIds: [customerService.id, engineering.id] }),
      );
      const project = await stack.http().get(`/projects/${listProjectId}`).set(bearer(lead)).expect(200);
      expect(project.body.timeZone).toBe('Asia/Shanghai');
      const homes = [
        { building: '3#', unit: '1', room: '1201', ownerName: '张一' },
        { building: '3#', unit: '1', room: '1202', ownerName: '张二' },
        { building: '3#', unit: '2', room: '1201', ownerName: '张三' },
        { building: '5#', unit: '1', room: '101', ownerName: '李四' },
        { building: '5#', unit: '1', room: '102', ownerName: '李五' },
      ];
      await stack
        .http()
        .post(`/projects/${listProjectId}/units/import`)
        .set(bearer(lead))
        .set('Content-Type', 'text/csv')
        .send(unitCsv(homes, { header: 'en' }))
        .expect(201);
      const imported = await stack.http().get(`/projects/${listProjectId}/units`).set(bearer(lead)).expect(200);
      units = Object.fromEntries(
        imported.body.items.map((unit: { id: string; building: string; unit: string; room: string }) => [
          `${unit.building}-${unit.unit}-${unit.room}`,
          unit.id,
        ]),
      );
      const slot = async (kind: string, startsAt: string, endsAt: string) =>
        (
          await stack
            .http()
            .post(`/projects/${listProjectId}/appointment-slots`)
            .set(bearer(lead))
            .send({ kind, startsAt, endsAt, capacity: 5 })
            .expect(201)
        ).body.id as string;
      slotA = await slot('handover', `${D}T09:00:00+08:00`, `${D}T10:00:00+08:00`);
      // 23:30 in Shanghai is 15:30Z of the same day; 00:30 of the next day is 16:30Z of this one (UTC would mix them)
      slotB = await slot('handover', `${D}T23:30:00+08:00`, `${D}T23:59:00+08:00`);
      const slotC = await slot('open_day', `${D1}T00:30:00+08:00`, `${D1}T01:30:00+08:00`);
      const slotD = await slot('open_day', `${D}T10:00:00+08:00`, `${D}T11:00:00+08:00`);
      const bookInto = async (slotId: string, address: string) =>
        (
          await stack
            .http()
            .post(`/projects/${listProjectId}/appointment-slots/${slotId}/bookings`)
            .set(bearer(lead))
            .send({ unitId: units[address] })
            .expect(201)
        ).body.id as string;
      await bookInto(slotA, '5#-1-102');
      await bookInto(slotA, '3#-1-1201');
      await bookInto(slotB, '3#-1-1202');
      await bookInto(slotC, '3#-2-1201');
      cancelledBooking = await bookInto(slotD, '5#-1-101');
      await stack
        .http()
        .post(`/projects/${listProjectId}/bookings/${cancelledBooking}/cancel`)
        .set(bearer(lead))
        .expect(200);
    });

    it("lists a local day's active bookings by slot start and address, with the slot and the unit (no phone)", async () => {
      const day = await list({ date: D }, engineering).expect(200);
      expect(day.body).toMatchObject({ page: 1, pageSize: 20, total: 3 });
      // the 23:30 booking belongs to D, the 00:30 one of D+1 does not, though both fall on D in UTC
      expect(addresses(day.body)).toEqual(['3#-1-1201', '5#-1-102', '3#-1-1202']);
      expect(day.body.items[0]).toEqual({
        id: expect.any(String),
        status: 'booked',
        slot: { id: slotA, kind: 'handover', startsAt: '2099-05-10T01:00:00.000Z', endsAt: '2099-05-10T02:00:00.000Z' },
        unit: { id: units['3#-1-1201'], building: '3#', unitNo: '1', room: '1201', ownerName: '张一' },
        createdAt: expect.any(String),
        cancelledAt: null,
      });
      expect(day.body.items[2].slot).toMatchObject({ id: slotB, startsAt: '2099-05-10T15:30:00.000Z' });
      expect(JSON.stringify(day.body)).not.toContain('1390000');

      const next = await list({ date: D1 }, hq).expect(200);
      expect(addresses(next.body)).toEqual(['3#-2-1201']);
      expect(next.body.items[0].slot).toMatchObject({ kind: 'open_day', startsAt: '2099-05-10T16:30:00.000Z' });
      expect((await list({ date: '2099-05-09' }).expect(200)).body.total).toBe(0);
    });

    it('filters by status, slot, unit, kind and part of the address', async () => {
      const cancelled = await list({ date: D, status: 'cancelled' }).expect(200);
      expect(cancelled.body.items).toEqual([
        expect.objectContaining({ id: cancelledBooking, status: 'cancelled', cancelledAt: expect.any(String) }),
      ]);
      expect(addresses((await list({ slotId: slotA }).expect(200)).body)).toEqual(['3#-1-1201', '5#-1-102']);
      expect(addresses((await list({ unitId: units['3#-1-1202'] }).expect(200)).body)).toEqual(['3#-1-1202']);
      expect(addresses((await list({ kind: 'open_day' }).expect(200)).body)).toEqual(['3#-2-1201']);
      expect(addresses((await list({ kind: 'handover', slotId: slotB }).expect(200)).body)).toEqual(['3#-1-1202']);
      expect(addresses((await list({ q: '3-1-1201' }).expect(200)).body)).toEqual(['3#-1-1201']);
      expect(addresses((await list({ q: '3#-1-12' }).expect(200)).body)).toEqual(['3#-1-1201', '3#-1-1202']);
      expect(addresses((await list({ q: '1201' }).expect(200)).body)).toEqual(['3#-1-1201', '3#-2-1201']);
      expect((await list({ q: '%' }).expect(200)).body.total).toBe(0);
      expect(addresses((await list({ q: '101', status: 'cancelled' }).expect(200)).body)).toEqual(['5#-1-101']);
    });

    it('pages the list and tells the total past the last page', async () => {
      const first = await list({ date: D, pageSize: 2 }).expect(200);
      expect(first.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
      expect(addresses(first.body)).toEqual(['3#-1-1201', '5#-1-102']);
      const second = await list({ date: D, pageSize: 2, page: 2 }).expect(200);
      expect(addresses(second.body)).toEqual(['3#-1-1202']);
      const past = await list({ date: D, pageSize: 2, page: 5 }).expect(200);
      expect(past.body).toMatchObject({ items: [], page: 5, total: 3 });
    });

    it('refuses bad filters with coded 4xx and keeps other projects out (404)', async () => {
      const badDate = await list({ date: '2099-02-30' }).expect(400);
      expect(badDate.body.code).toBe('VALIDATION_FAILED');
      expect(badDate.body.message).toEqual(['date must be a calendar date YYYY-MM-DD that exists, e.g. 2026-06-10']);
      expect((await list({ status: 'gone' }).expect(400)).body.message).toEqual([
        'status must be one of: booked, cancelled',
      ]);
      expect((await list({ kind: 'party' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await list({ slotId: 'x' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await list({ pageSize: 500 }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await list({ unknown: 1 }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await list({ q: 'x'.repeat(51) }).expect(400)).body.code).toBe('VALIDATION_FAILED');

      // a slot or unit of the first project is not one of this project's
      const slotOfOther = (
        await stack.http().get(`/projects/${projectId}/appointment-slots`).set(bearer(lead)).expect(200)
      ).body.items[0].id as string;
      const foreignSlot = await list({ slotId: slotOfOther }).expect(404);
      expect(foreignSlot.body.code).toBe('SLOT_NOT_FOUND');
      expect((await list({ unitId: unitIds[0] }).expect(404)).body.code).toBe('UNIT_NOT_FOUND');

      const otherLead = await stack.user('project_lead');
      const outOfScope = await list({ date: D }, otherLead).expect(404);
      expect(outOfScope.body.code).toBe('PROJECT_NOT_FOUND');
      const unassigned = await stack.user('department_head', 'customer_service');
      await list({}, unassigned).expect(404);
      await stack.http().get(`/projects/${listProjectId}/bookings`).expect(401);
    });
  });
});
