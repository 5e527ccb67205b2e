import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { areaDifference, handoverFees, multiplyAreaByPrice } from '@handover/domain';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertProject, insertUnit } from '../../../test/factories';

/** A mainland mobile number no other test file uses. */
const newPhone = () => `137${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

/** An instant `days` from now, written with the +08:00 offset of Asia/Shanghai. */
function inDays(days: number, hour = 9): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const day = new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
}

/**
 * 业主端 交付通知书 and 预约 (issue 17 item 2): the notice's amounts are the domain's, bookings follow the desk's rules
 * (capacity, one per unit and kind) under concurrent owners, and every other household's unit is a 404.
 */
describe('owner handover notice and bookings', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let projectId: string;

  const http = () => stack.http();
  const asOwner = (token: string) => ({ Authorization: `Bearer ${token}`, 'Accept-Language': 'en' });

  const signedIn = (phone: string) => stack.ownerToken(phone);

  /** A new owner with one unit of the project, signed in. */
  const newOwner = async (fixture: { contractedAreaCenti?: number; surveyedAreaCenti?: number } = {}) => {
    const phone = newPhone();
    const unit = await insertUnit(db, { projectId, ownerPhone: phone, priceFenPerSqm: 1_234_567, ...fixture });
    return { phone, unit, token: await signedIn(phone) };
  };

  const createSlot = async (kind: 'open_day' | 'handover', capacity: number, day = 30, hour = 9): Promise<string> =>
    (
      await http()
        .post(`/projects/${projectId}/appointment-slots`)
        .set(bearer(lead))
        .send({ kind, startsAt: inDays(day, hour), endsAt: inDays(day, hour + 1), capacity })
        .expect(201)
    ).body.id as string;

  const booked = async (slotId: string) =>
    ((await db.query(`SELECT booked FROM appointment_slots WHERE id = $1`, [slotId])) as { booked: number }[])[0]!
      .booked;

  const book = (token: string, unitId: string, slotId: string) =>
    http().post(`/owner/me/units/${unitId}/bookings`).set(asOwner(token)).send({ slotId });

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    // one listening server for the whole file, so concurrent requests do not each open and close their own
    await stack.app.listen(0, '127.0.0.1');
    lead = await stack.user('project_lead');
    projectId = (await insertProject(db, { leadUserId: lead.id, firstHandoverDate: '2030-01-10', centralizedDays: 3 }))
      .id;
    await http()
      .put(`/projects/${projectId}/fee-settings`)
      .set(bearer(lead))
      .send({ propertyFeePerSqmMonth: '3.55', prepaidMonths: 6, deedTaxRateBp: 150, maintenanceFundPerSqm: '45.10' })
      .expect(200);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('the notice', () => {
    it('sets the place and what to bring, lead only, validated and audited', async () => {
      await http().get(`/projects/${projectId}/handover-notice`).set(bearer(lead)).expect(404);
      const hq = await stack.user('hq');
      const body = { place: ' 3号楼一层交付中心 ', bringItems: ['购房合同原件', '业主身份证原件'] };
      await http().put(`/projects/${projectId}/handover-notice`).set(bearer(hq)).send(body).expect(403);
      for (const bad of [
        { ...body, place: '' },
        { ...body, place: 'x'.repeat(201) },
        { ...body, bringItems: 'id card' },
        { ...body, bringItems: [''] },
        { ...body, bringItems: Array.from({ length: 21 }, (_, i) => `item ${i}`) },
        { ...body, extra: 1 },
      ]) {
        const refused = await http().put(`/projects/${projectId}/handover-notice`).set(bearer(lead)).send(bad);
        expect(refused.status).toBe(400);
        expect(refused.body.code).toBe('VALIDATION_FAILED');
      }
      const saved = await http().put(`/projects/${projectId}/handover-notice`).set(bearer(lead)).send(body).expect(200);
      expect(saved.body).toMatchObject({ projectId, place: '3号楼一层交付中心', bringItems: body.bringItems });
      const read = await http().get(`/projects/${projectId}/handover-notice`).set(bearer(lead)).expect(200);
      expect(read.body.place).toBe('3号楼一层交付中心');
      const audit = (await db.query(
        `SELECT actor_id, before, after FROM audit_log WHERE action = 'handover_notice.put' AND entity_id = $1`,
        [projectId],
      )) as { actor_id: string; before: unknown; after: unknown }[];
      expect(audit).toEqual([
        { actor_id: lead.id, before: null, after: { place: '3号楼一层交付中心', bringItems: body.bringItems } },
      ]);
    });

    it.each([
      ['refund', 9_876, 9_512],
      ['pay', 9_876, 10_003],
    ])('answers the amounts the domain computes (%s: contracted %i, surveyed %i centi-m²)', async (_, c, s) => {
      const owner = await newOwner({ contractedAreaCenti: c, surveyedAreaCenti: s });
      const notice = await http().get(`/owner/me/units/${owner.unit.id}/notice`).set(asOwner(owner.token)).expect(200);
      const difference = areaDifference({ contractedAreaCenti: c, surveyedAreaCenti: s, priceFenPerSqm: 1_234_567 });
      const fees = handoverFees({
        surveyedAreaCenti: s,
        propertyFeeFenPerSqmMonth: 355,
        prepaidMonths: 6,
        deedTaxRateBp: 150,
        contractPriceFen: multiplyAreaByPrice(c, 1_234_567),
        maintenanceFundFenPerSqm: 4_510,
      });
      expect(difference.direction).toBe(_ === 'refund' ? 'refund' : 'owner_pays');
      expect(notice.body).toMatchObject({
        unitId: owner.unit.id,
        handoverDays: { firstDate: '2030-01-10', lastDate: '2030-01-12', days: 3, timeZone: 'Asia/Shanghai' },
        place: '3号楼一层交付中心',
        bringItems: ['购房合同原件', '业主身份证原件'],
        areaDifference: {
          contractedAreaCenti: c,
          surveyedAreaCenti: s,
          differenceCenti: s - c,
          direction: difference.direction,
          amount: { fen: difference.amountFen },
          thresholdReached: difference.thresholdReached,
        },
        fees: {
          prepaidMonths: 6,
          propertyFeePrepayment: { fen: fees.propertyFeePrepaymentFen },
          deedTax: { fen: fees.deedTaxFen },
          maintenanceFund: { fen: fees.maintenanceFundFen },
          total: { fen: fees.totalFen },
        },
        due: { fen: difference.amountFen + fees.totalFen },
      });
      expect(Number.isInteger(notice.body.areaDifference.amount.fen)).toBe(true);
      // the handover desk's dues for the same unit say the same
      const dues = await http()
        .get(`/projects/${projectId}/units/${owner.unit.id}/handover/dues`)
        .set(bearer(lead))
        .expect(200);
      expect(dues.body.areaDifference.amount.fen).toBe(notice.body.areaDifference.amount.fen);
      expect(dues.body.fees.total.fen).toBe(notice.body.fees.total.fen);
      expect(dues.body.due.fen).toBe(notice.body.due.fen);
    });
  });

  describe('bookings', () => {
    it('refuses another household’s unit (404) on every route, and staff tokens (401)', async () => {
      const me = await newOwner();
      const other = await newOwner();
      const slotId = await createSlot('open_day', 5, 31);
      const theirs = (await book(other.token, other.unit.id, slotId).expect(201)).body.id as string;
      const target = other.unit.id;
      const refused = [
        () => http().get(`/owner/me/units/${target}/notice`).set(asOwner(me.token)),
        () => http().get(`/owner/me/units/${target}/slots`).set(asOwner(me.token)),
        () => http().get(`/owner/me/units/${target}/bookings`).set(asOwner(me.token)),
        () => http().post(`/owner/me/units/${target}/bookings`).set(asOwner(me.token)).send({ slotId }),
        () => http().post(`/owner/me/units/${target}/bookings/${theirs}/move`).set(asOwner(me.token)).send({ slotId }),
        () => http().post(`/owner/me/units/${target}/bookings/${theirs}/cancel`).set(asOwner(me.token)),
        () => http().get(`/owner/me/units/${randomUUID()}/notice`).set(asOwner(me.token)),
      ];
      for (const request of refused) {
        const answer = await request();
        expect(answer.status).toBe(404);
        expect(answer.body.code).toBe('NOT_FOUND');
      }
      // my unit, their booking: the same 404 as an absent one
      for (const path of ['move', 'cancel']) {
        const answer = await http()
          .post(`/owner/me/units/${me.unit.id}/bookings/${theirs}/${path}`)
          .set(asOwner(me.token))
          .send({ slotId });
        expect(answer.status).toBe(404);
        expect(answer.body.code).toBe('BOOKING_NOT_FOUND');
      }
      expect(await booked(slotId)).toBe(1);
      for (const path of ['notice', 'slots', 'bookings']) {
        await http().get(`/owner/me/units/${me.unit.id}/${path}`).set(bearer(lead)).expect(401);
      }
      await http().post(`/owner/me/units/${me.unit.id}/bookings`).set(bearer(lead)).send({ slotId }).expect(401);
    });

    it('20 owners racing for the last seat: exactly one 201, the others 409 SLOT_FULL', async () => {
      const slotId = await createSlot('handover', 2, 32);
      const first = await newOwner();
      await book(first.token, first.unit.id, slotId).expect(201);
      const owners: Awaited<ReturnType<typeof newOwner>>[] = [];
      for (let i = 0; i < 20; i++) owners.push(await newOwner());
      const answers = await Promise.all(owners.map((owner) => book(owner.token, owner.unit.id, slotId)));
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(19);
      expect(new Set(answers.filter((a) => a.status === 409).map((a) => a.body.code))).toEqual(new Set(['SLOT_FULL']));
      expect(await booked(slotId)).toBe(2);
      const rows = (await db.query(
        `SELECT count(*)::int AS n FROM appointment_bookings WHERE slot_id = $1 AND status = 'booked'`,
        [slotId],
      )) as { n: number }[];
      expect(rows[0]!.n).toBe(2);
      const slots = await http()
        .get(`/owner/me/units/${first.unit.id}/slots`)
        .query({ kind: 'handover' })
        .set(asOwner(first.token))
        .expect(200);
      expect(slots.body.items.find((slot: { id: string }) => slot.id === slotId)).toMatchObject({
        capacity: 2,
        remaining: 0,
      });
    });

    it('the same owner booking twice at once gets one booking', async () => {
      const a = await createSlot('open_day', 10, 33, 9);
      const b = await createSlot('open_day', 10, 33, 11);
      const owner = await newOwner();
      const answers = await Promise.all([
        book(owner.token, owner.unit.id, a),
        book(owner.token, owner.unit.id, a),
        book(owner.token, owner.unit.id, b),
        book(owner.token, owner.unit.id, b),
      ]);
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
      for (const answer of answers.filter((a) => a.status !== 201)) {
        expect(answer.status).toBe(409);
        expect(['UNIT_ALREADY_BOOKED', 'APPOINTMENT_BOOKED_CONCURRENTLY']).toContain(answer.body.code);
      }
      expect((await booked(a)) + (await booked(b))).toBe(1);
      const mine = await http().get(`/owner/me/units/${owner.unit.id}/bookings`).set(asOwner(owner.token)).expect(200);
      expect(mine.body.items).toHaveLength(1);
    });

    it('moves a booking atomically, cancels it and frees the seat', async () => {
      const from = await createSlot('open_day', 3, 34, 9);
      const to = await createSlot('open_day', 1, 34, 11);
      const handover = await createSlot('handover', 3, 34, 14);
      const owner = await newOwner();
      const booking = (await book(owner.token, owner.unit.id, from).expect(201)).body;
      expect(booking).toMatchObject({ slotId: from, unitId: owner.unit.id, kind: 'open_day', status: 'booked' });
      const move = (bookingId: string, slotId: string) =>
        http()
          .post(`/owner/me/units/${owner.unit.id}/bookings/${bookingId}/move`)
          .set(asOwner(owner.token))
          .send({ slotId });

      expect((await move(booking.id, from).expect(409)).body.code).toBe('BOOKING_MOVE_SAME_SLOT');
      expect((await move(booking.id, handover).expect(409)).body.code).toBe('BOOKING_MOVE_OTHER_KIND');
      const moved = (await move(booking.id, to).expect(200)).body;
      expect(moved).toMatchObject({ slotId: to, kind: 'open_day', status: 'booked' });
      expect([await booked(from), await booked(to)]).toEqual([0, 1]);
      // the old booking is cancelled, the new one is the unit's only active one
      expect((await move(booking.id, from).expect(409)).body.code).toBe('BOOKING_ALREADY_CANCELLED');
      const mine = await http().get(`/owner/me/units/${owner.unit.id}/bookings`).set(asOwner(owner.token)).expect(200);
      expect(mine.body.items.map((b: { id: string }) => b.id)).toEqual([moved.id]);

      // a full slot leaves the booking where it was
      const other = await newOwner();
      const theirs = (await book(other.token, other.unit.id, from).expect(201)).body;
      const full = await http()
        .post(`/owner/me/units/${other.unit.id}/bookings/${theirs.id}/move`)
        .set(asOwner(other.token))
        .send({ slotId: to });
      expect(full.status).toBe(409);
      expect(full.body.code).toBe('SLOT_FULL');
      expect([await booked(from), await booked(to)]).toEqual([1, 1]);

      const cancelled = await http()
        .post(`/owner/me/units/${owner.unit.id}/bookings/${moved.id}/cancel`)
        .set(asOwner(owner.token))
        .expect(200);
      expect(cancelled.body.status).toBe('cancelled');
      expect(await booked(to)).toBe(0);
      const again = await http()
        .post(`/owner/me/units/${owner.unit.id}/bookings/${moved.id}/cancel`)
        .set(asOwner(owner.token))
        .expect(409);
      expect(again.body.code).toBe('BOOKING_ALREADY_CANCELLED');
      // the freed seat is bookable again
      await http()
        .post(`/owner/me/units/${other.unit.id}/bookings/${theirs.id}/move`)
        .set(asOwner(other.token))
        .send({ slotId: to })
        .expect(200);
      const audit = (await db.query(
        `SELECT action, actor_role FROM audit_log WHERE entity_id = ANY($1) ORDER BY at, id`,
        [[booking.id, moved.id]],
      )) as { action: string; actor_role: string }[];
      expect(audit.map((row) => row.action)).toEqual(['appointment.book', 'appointment.move', 'appointment.cancel']);
      expect(new Set(audit.map((row) => row.actor_role))).toEqual(new Set(['owner']));
      const logged = JSON.stringify(await db.query(`SELECT * FROM audit_log WHERE entity_id = ANY($1)`, [[moved.id]]));
      expect(logged).not.toContain(owner.phone);
    });

    it('refuses bad input with 400 VALIDATION_FAILED', async () => {
      const owner = await newOwner();
      const refusals = [
        () => book(owner.token, owner.unit.id, 'not-a-uuid'),
        () => http().post(`/owner/me/units/${owner.unit.id}/bookings`).set(asOwner(owner.token)).send({}),
        () =>
          http()
            .post(`/owner/me/units/${owner.unit.id}/bookings`)
            .set(asOwner(owner.token))
            .send({ slotId: randomUUID(), extra: true }),
        () => http().get(`/owner/me/units/${owner.unit.id}/slots`).query({ kind: 'party' }).set(asOwner(owner.token)),
        () =>
          http()
            .post(`/owner/me/units/${owner.unit.id}/bookings/${randomUUID()}/move`)
            .set(asOwner(owner.token))
            .send({ slotId: 'x' }),
      ];
      for (const request of refusals) {
        const answer = await request();
        expect(answer.status).toBe(400);
        expect(answer.body.code).toBe('VALIDATION_FAILED');
      }
      const absent = await book(owner.token, owner.unit.id, randomUUID());
      expect(answer404(absent)).toBe('SLOT_NOT_FOUND');
    });
  });
});

function answer404(answer: { status: number; body: { code: string } }): string {
  expect(answer.status).toBe(404);
  return answer.body.code;
}
