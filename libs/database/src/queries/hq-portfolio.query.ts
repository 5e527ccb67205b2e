import { handoverRateBp, type CalendarDate } from '@handover/domain';
import type { Queryable } from './queryable';

/** One card of HQ's portfolio board. */
export interface BoardProjectRow {
  id: string;
  cityCompany: string;
  name: string;
  batch: string;
  firstHandoverDate: CalendarDate;
  centralizedDays: number;
  timeZone: string;
  status: string;
  currentPhase: string | null;
  atRisk: boolean;
  /** today in the project's time zone, for its D-n */
  today: CalendarDate;
  escalations: number;
  openEscalations: number;
  pendingPostponements: number;
  atRiskDecisionPending: boolean;
}

/**
 * Every project with its escalation counts (open: not resolved yet), at-risk first, then escalated, then by D: one
 * statement for the whole board.
 */
const BOARD_SQL = `
SELECT p.id, p.city_company, p.name, p.batch, to_char(p.first_handover_date, 'YYYY-MM-DD') AS first_handover_date,
       p.centralized_days, p.time_zone, p.status, p.current_phase, p.at_risk,
       to_char((now() AT TIME ZONE p.time_zone)::date, 'YYYY-MM-DD') AS today,
       esc.total AS escalations, esc.open AS open_escalations,
       (SELECT count(*) FROM jsonb_array_elements(COALESCE(p.snapshot -> 'postponements', '[]'::jsonb)) r
         WHERE r ->> 'status' = 'pending') AS pending_postponements,
       COALESCE(p.snapshot -> 'atRiskDecision' ->> 'status' = 'pending', false) AS at_risk_decision_pending
  FROM projects p
 CROSS JOIN LATERAL (
   SELECT count(*) AS total, count(*) FILTER (WHERE e.resolved_at IS NULL) AS open
     FROM escalations e WHERE e.project_id = p.id) esc
 ORDER BY p.at_risk DESC, (esc.open > 0) DESC, p.first_handover_date, p.city_company, p.name, p.batch`;

export async function queryBoard(db: Queryable): Promise<BoardProjectRow[]> {
  const rows: Record<string, unknown>[] = await db.query(BOARD_SQL);
  return rows.map((row) => ({
    id: row.id as string,
    cityCompany: row.city_company as string,
    name: row.name as string,
    batch: row.batch as string,
    firstHandoverDate: row.first_handover_date as string,
    centralizedDays: row.centralized_days as number,
    timeZone: row.time_zone as string,
    status: row.status as string,
    currentPhase: row.current_phase as string | null,
    atRisk: row.at_risk as boolean,
    today: row.today as string,
    escalations: Number(row.escalations),
    openEscalations: Number(row.open_escalations),
    pendingPostponements: Number(row.pending_postponements),
    atRiskDecisionPending: row.at_risk_decision_pending as boolean,
  }));
}

/** One day of the portfolio's handover rate. */
export interface HandoverRateDay {
  date: CalendarDate;
  totalUnits: number;
  handedOverCumulative: number;
  handedOverToday: number;
  handoverRateBp: number;
}

/**
 * Per day, across every active project: units handed over by the end of that day (capped at each project's units, as
 * in the roll-up) over all units. Each project's day is [date, date + 1) at midnight in its own time zone, exactly
 * the boundaries of PORTFOLIO_FIGURES_SQL. $1 from, $2 to (inclusive), $3 city company (null: all).
 */
const HANDOVER_RATE_SQL = `
SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
       COALESCE(sum(x.total_units), 0) AS total_units,
       COALESCE(sum(LEAST(x.cumulative, x.total_units)), 0) AS handed_over_cumulative,
       COALESCE(sum(x.today), 0) AS handed_over_today
  FROM (SELECT generate_series($1::date, $2::date, interval '1 day')::date AS day) d
  LEFT JOIN LATERAL (
    SELECT un.total_units, ho.cumulative, ho.today
      FROM projects p
     CROSS JOIN LATERAL (SELECT count(*) AS total_units FROM units u WHERE u.project_id = p.id) un
     CROSS JOIN LATERAL (
       SELECT count(*) AS cumulative, count(*) FILTER (WHERE e.at >= d.day::timestamp AT TIME ZONE p.time_zone) AS today
         FROM unit_handover_events e
        WHERE e.project_id = p.id AND e.step = 'handed_over' AND e.at < (d.day + 1)::timestamp AT TIME ZONE p.time_zone) ho
     WHERE p.status = 'active' AND ($3::text IS NULL OR p.city_company = $3)) x ON true
 GROUP BY d.day
 ORDER BY d.day`;

export async function queryHandoverRate(
  db: Queryable,
  from: CalendarDate,
  to: CalendarDate,
  cityCompany: string | null,
): Promise<HandoverRateDay[]> {
  const rows: Record<string, unknown>[] = await db.query(HANDOVER_RATE_SQL, [from, to, cityCompany]);
  return rows.map((row) => {
    const totalUnits = Number(row.total_units);
    const handedOverCumulative = Number(row.handed_over_cumulative);
    return {
      date: row.date as string,
      totalUnits,
      handedOverCumulative,
      handedOverToday: Number(row.handed_over_today),
      handoverRateBp: handoverRateBp(handedOverCumulative, totalUnits),
    };
  });
}

/** A decision HQ owes: a pending postponement request or a pending at-risk decision, read from the mirrored timeline. */
export interface PendingDecisionRow {
  kind: 'postponement' | 'at_risk';
  projectId: string;
  cityCompany: string;
  name: string;
  batch: string;
  firstHandoverDate: CalendarDate;
  timeZone: string;
  requestId: string | null;
  requestedAt: string;
  newFirstHandoverDate: CalendarDate | null;
  reason: string | null;
}

const PENDING_DECISIONS_SQL = `
SELECT 'postponement' AS kind, p.id, p.city_company, p.name, p.batch, to_char(p.first_handover_date, 'YYYY-MM-DD') AS first_handover_date,
       p.time_zone, r ->> 'id' AS request_id, r ->> 'requestedAt' AS requested_at,
       r ->> 'newFirstHandoverDate' AS new_first_handover_date, r ->> 'reason' AS reason
  FROM projects p CROSS JOIN LATERAL jsonb_array_elements(COALESCE(p.snapshot -> 'postponements', '[]'::jsonb)) r
 WHERE p.status <> 'completed' AND r ->> 'status' = 'pending'
UNION ALL
SELECT 'at_risk', p.id, p.city_company, p.name, p.batch, to_char(p.first_handover_date, 'YYYY-MM-DD'),
       p.time_zone, NULL, p.snapshot -> 'atRiskDecision' ->> 'openedAt', NULL, NULL
  FROM projects p
 WHERE p.status <> 'completed' AND p.snapshot -> 'atRiskDecision' ->> 'status' = 'pending'
 ORDER BY requested_at, id`;

export async function queryPendingDecisions(db: Queryable): Promise<PendingDecisionRow[]> {
  const rows: Record<string, string | null>[] = await db.query(PENDING_DECISIONS_SQL);
  return rows.map((row) => ({
    kind: row.kind as PendingDecisionRow['kind'],
    projectId: row.id!,
    cityCompany: row.city_company!,
    name: row.name!,
    batch: row.batch!,
    firstHandoverDate: row.first_handover_date!,
    timeZone: row.time_zone!,
    requestId: row.request_id,
    requestedAt: row.requested_at!,
    newFirstHandoverDate: row.new_first_handover_date,
    reason: row.reason,
  }));
}
