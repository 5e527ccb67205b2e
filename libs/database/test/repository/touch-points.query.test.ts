import { queryTouchPoints } from '@handover/database';
import { insertDefect, insertHandoverEvent, insertProject, insertUnits, tag } from '../../../../test/factories';
import { useRepositoryDatabase } from '../../../../test/harness/repository-database';

/**
 * 关键触点管控指标 (TOUCH_POINTS_SQL) over real rows: X is 2025-03-10 in Shanghai, so as_of is 2025-03-10T16:00Z;
 * anything at or after it does not count yet.
 */
const X = '2025-03-10';

describe('touch-point measures (TOUCH_POINTS_SQL)', () => {
  const db = useRepositoryDatabase();
  let projectId: string;
  let emptyId: string;

  beforeAll(async () => {
    const d = db.dataSource;
    const project = await insertProject(d, { cityCompany: `触点-${tag()}`, firstHandoverDate: '2025-03-09' });
    projectId = project.id;
    emptyId = (await insertProject(d, { cityCompany: `触点-${tag()}` })).id;
    const units = await insertUnits(d, 8, { projectId });
    const [u1, u2, u3, u4, u5, u6, u7] = units;

    const slot = async (startsAt: string, kind = 'handover') =>
      (
        await d.query(
          `INSERT INTO appointment_slots (project_id, kind, starts_at, ends_at, capacity, booked)
           VALUES ($1, $2, $3, $3::timestamptz + interval '1 hour', 10, 0) RETURNING id`,
          [projectId, kind, startsAt],
        )
      )[0].id as string;
    const book = (slotId: string, unitId: string, kind = 'handover', status = 'booked') =>
      d.query(
        `INSERT INTO appointment_bookings (slot_id, unit_id, kind, status, created_at, cancelled_at)
         VALUES ($1, $2, $3, $4, '2025-03-01T00:00:00Z', CASE WHEN $4 = 'cancelled' THEN now() END)`,
        [slotId, unitId, kind, status],
      );
    const past = await slot('2025-03-10T01:00:00Z'); // ends 02:00Z, before as_of
    const future = await slot('2025-03-11T01:00:00Z'); // after the day
    const openDay = await slot('2025-03-05T01:00:00Z', 'open_day');
    await book(past, u1.id); // checked in during the slot: came
    await book(past, u2.id); // checked in only after the slot ended: a no-show
    await book(past, u3.id); // never checked in: a no-show
    await book(future, u4.id); // not past yet
    await book(past, u5.id, 'handover', 'cancelled'); // cancelled: neither a booking nor a no-show
    await book(openDay, u6.id, 'open_day'); // an open day is not the handover booking
    const event = (unitId: string, step: string, at: string) => insertHandoverEvent(d, { projectId, unitId, step, at });
    await event(u1.id, 'checked_in', '2025-03-10T01:30:00Z');
    await event(u2.id, 'checked_in', '2025-03-10T03:00:00Z');

    // objections: answered after 2 h, 10 h and 30 h; one open; one answered only after the day
    await event(u1.id, 'objected', '2025-03-08T00:00:00Z');
    await event(u1.id, 'objection_resolved', '2025-03-08T02:00:00Z');
    await event(u2.id, 'objected', '2025-03-08T00:00:00Z');
    await event(u2.id, 'objection_resolved', '2025-03-08T10:00:00Z');
    await event(u3.id, 'objected', '2025-03-08T00:00:00Z');
    await event(u3.id, 'objection_resolved', '2025-03-09T06:00:00Z');
    await event(u4.id, 'objected', '2025-03-10T05:00:00Z');
    await event(u5.id, 'objected', '2025-03-10T05:00:00Z');
    await event(u5.id, 'objection_resolved', '2025-03-10T17:00:00Z');

    // defects: three fixed by the day, one verified through an owner audit entry, one verified by staff; one fixed later
    const fixed = async (unitId: string, fixedAt: string) => {
      const defect = await insertDefect(d, { projectId, unitId, createdAt: '2025-03-01T00:00:00Z' });
      await d.query(`UPDATE defects SET fixed_at = $2 WHERE id = $1`, [defect.id, fixedAt]);
      return defect.id;
    };
    const ownerConfirmed = await fixed(u1.id, '2025-03-09T00:00:00Z');
    const staffConfirmed = await fixed(u2.id, '2025-03-09T00:00:00Z');
    await fixed(u3.id, '2025-03-09T00:00:00Z');
    await fixed(u4.id, '2025-03-11T00:00:00Z');
    const audit = (entityId: string, role: string) =>
      d.query(
        `INSERT INTO audit_log (actor_id, actor_role, action, entity_type, entity_id, project_id, before, after, at)
         VALUES (NULL, $2, 'defect.verify', 'defect', $1, $3, '{"status":"fixed"}', '{"status":"verified"}', '2025-03-09T12:00:00Z')`,
        [entityId, role, projectId],
      );
    await audit(ownerConfirmed, 'owner');
    await audit(staffConfirmed, 'project_lead');

    // warranty repairs rated 5 and 4 by the day, 1 only afterwards
    const rated = (unitId: string, rating: number, confirmedAt: string) =>
      d.query(
        `INSERT INTO warranty_tickets (project_id, unit_id, source, component, description, reported_at, handed_over_on,
                                       warranty_years, covered_until, created_by, status, repaired_at, confirmed_at, rating)
         VALUES ($1, $2, 'owner_call', 'decoration', '地板起拱', '2025-03-01T00:00:00Z', '2025-01-10', 2, '2027-01-10', $3,
                 'closed', $4, $4, $5)`,
        [projectId, unitId, project.leadUserId, confirmedAt, rating],
      );
    await rated(u6.id, 5, '2025-03-09T00:00:00Z');
    await rated(u7.id, 4, '2025-03-10T15:59:59Z');
    await rated(u7.id, 1, '2025-03-10T16:00:00Z');
  });

  it('counts bookings, no-shows, objection reply hours, owner-confirmed fixes and repair ratings', async () => {
    const measures = await queryTouchPoints(db.dataSource, X, [projectId, emptyId]);
    expect(measures.get(projectId)).toEqual({
      totalUnits: 8,
      unitsBooked: 4,
      bookingUseBp: 5000,
      bookingsPast: 3,
      noShows: 2,
      objectionsReplied: 3,
      objectionReplyHoursP50: 10,
      objectionReplyHoursP90: 26,
      defectsFixed: 3,
      defectsConfirmedByOwner: 1,
      ownerConfirmedBp: 3333,
      repairsRated: 2,
      repairRatingCenti: 450,
    });
  });

  it('answers zeros and nulls for a project with nothing measured', async () => {
    const measures = await queryTouchPoints(db.dataSource, X, [emptyId]);
    expect(measures.get(emptyId)).toEqual({
      totalUnits: 0,
      unitsBooked: 0,
      bookingUseBp: 0,
      bookingsPast: 0,
      noShows: 0,
      objectionsReplied: 0,
      objectionReplyHoursP50: null,
      objectionReplyHoursP90: null,
      defectsFixed: 0,
      defectsConfirmedByOwner: 0,
      ownerConfirmedBp: null,
      repairsRated: 0,
      repairRatingCenti: null,
    });
  });
});
