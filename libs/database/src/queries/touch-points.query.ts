import { shareBp, type CalendarDate, type TouchPointMeasures } from '@handover/domain';
import type { Queryable } from './queryable';

/**
 * 关键触点管控指标 per project up to as_of, the end of the local date $1 in the project's time zone (or now if
 * earlier); definitions in libs/domain/src/briefing/touch-points.ts. $2 project ids (null: every active project).
 */
export const TOUCH_POINTS_SQL = `
WITH b AS (
  SELECT p.id, LEAST(now(), ($1::date + 1)::timestamp AT TIME ZONE p.time_zone) AS as_of
    FROM projects p
   WHERE CASE WHEN $2::uuid[] IS NULL THEN p.status = 'active' ELSE p.id = ANY ($2::uuid[]) END
)
SELECT b.id, un.total_units, bk.units_booked, bk.bookings_past, bk.no_shows,
       ob.replied, ob.p50, ob.p90, df.fixed, df.confirmed, wr.rated, wr.average
  FROM b
 CROSS JOIN LATERAL (SELECT count(*) AS total_units FROM units u WHERE u.project_id = b.id) un
 CROSS JOIN LATERAL (
   SELECT count(DISTINCT bo.unit_id) AS units_booked,
          count(*) FILTER (WHERE s.ends_at <= b.as_of) AS bookings_past,
          count(*) FILTER (WHERE s.ends_at <= b.as_of AND NOT EXISTS (
            SELECT 1 FROM unit_handover_events e
             WHERE e.project_id = b.id AND e.unit_id = bo.unit_id AND e.step = 'checked_in' AND e.at < s.ends_at)) AS no_shows
     FROM appointment_slots s
     JOIN appointment_bookings bo ON bo.slot_id = s.id
    WHERE s.project_id = b.id AND s.kind = 'handover' AND bo.kind = 'handover' AND bo.status = 'booked'
      AND bo.created_at < b.as_of) bk
 CROSS JOIN LATERAL (
   SELECT count(*) AS replied,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY r.hours) AS p50,
          percentile_cont(0.9) WITHIN GROUP (ORDER BY r.hours) AS p90
     FROM unit_handover_events o
    CROSS JOIN LATERAL (
      SELECT extract(epoch FROM (x.at - o.at)) / 3600 AS hours
        FROM unit_handover_events x
       WHERE x.project_id = b.id AND x.unit_id = o.unit_id AND x.step = 'objection_resolved'
         AND x.at >= o.at AND x.at < b.as_of
       ORDER BY x.at, x.id LIMIT 1) r
    WHERE o.project_id = b.id AND o.step = 'objected' AND o.at < b.as_of) ob
 CROSS JOIN LATERAL (
   SELECT count(*) AS fixed,
          count(*) FILTER (WHERE EXISTS (
            SELECT 1 FROM audit_log a
             WHERE a.project_id = b.id AND a.entity_type = 'defect' AND a.entity_id = d.id::text
               AND a.actor_role = 'owner' AND a.after ->> 'status' = 'verified' AND a.at < b.as_of)) AS confirmed
     FROM defects d
    WHERE d.project_id = b.id AND d.fixed_at IS NOT NULL AND d.fixed_at < b.as_of) df
 CROSS JOIN LATERAL (
   SELECT count(*) AS rated, avg(t.rating) AS average
     FROM warranty_tickets t
    WHERE t.project_id = b.id AND t.rating IS NOT NULL AND t.confirmed_at < b.as_of) wr`;

interface TouchPointsRow {
  id: string;
  [measure: string]: unknown;
}

const count = (value: unknown) => Number(value ?? 0);
const oneDecimal = (value: unknown) =>
  value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10;

/** The touch-point measures of the date per project id, for the given projects or every active one. */
export async function queryTouchPoints(
  db: Queryable,
  date: CalendarDate,
  projectIds: string[] | null,
): Promise<Map<string, TouchPointMeasures>> {
  const rows: TouchPointsRow[] = await db.query(TOUCH_POINTS_SQL, [date, projectIds]);
  return new Map(
    rows.map((row) => {
      const totalUnits = count(row.total_units);
      const unitsBooked = count(row.units_booked);
      const defectsFixed = count(row.fixed);
      const defectsConfirmedByOwner = count(row.confirmed);
      const repairsRated = count(row.rated);
      const measures: TouchPointMeasures = {
        totalUnits,
        unitsBooked,
        bookingUseBp: shareBp(unitsBooked, totalUnits) ?? 0,
        bookingsPast: count(row.bookings_past),
        noShows: count(row.no_shows),
        objectionsReplied: count(row.replied),
        objectionReplyHoursP50: oneDecimal(row.p50),
        objectionReplyHoursP90: oneDecimal(row.p90),
        defectsFixed,
        defectsConfirmedByOwner,
        ownerConfirmedBp: shareBp(defectsConfirmedByOwner, defectsFixed),
        repairsRated,
        repairRatingCenti: repairsRated === 0 ? null : Math.round(Number(row.average) * 100),
      };
      return [row.id, measures];
    }),
  );
}
