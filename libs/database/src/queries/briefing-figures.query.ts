import type { Queryable } from './queryable';
import {
  addDays,
  briefingChange,
  handoverRateBp,
  type BriefingChange,
  type BriefingFigures,
  type CalendarDate,
  type RollupRow,
} from '@handover/domain';

/**
 * Per project, the local day [day_start, day_end) is the date at midnight in the project's time zone
 * (`AT TIME ZONE projects.time_zone`); "open" figures are taken at as_of, the end of that day or now if earlier.
 * Every lateral subquery is a range scan of one index of the 1764000600000 migration.
 *
 * $1 date, $2 project ids (null: every active project).
 */
export const PORTFOLIO_FIGURES_SQL = `
WITH scope AS (
  SELECT p.id, p.city_company, p.name, p.batch, to_char(p.first_handover_date, 'YYYY-MM-DD') AS first_handover_date,
         p.centralized_days, p.current_phase, p.at_risk,
         ($1::date)::timestamp AT TIME ZONE p.time_zone AS day_start,
         ($1::date + 1)::timestamp AT TIME ZONE p.time_zone AS day_end
    FROM projects p
   WHERE CASE WHEN $2::uuid[] IS NULL THEN p.status = 'active' ELSE p.id = ANY ($2::uuid[]) END
), b AS (
  SELECT scope.*, LEAST(now(), scope.day_end) AS as_of FROM scope
)
SELECT b.id, b.city_company, b.name, b.batch, b.first_handover_date, b.centralized_days, b.current_phase, b.at_risk,
       un.total_units, ho.handed_over_today, ho.handed_over_cumulative, fl.owners_received, fl.inspections,
       ii.items_raised, ii.items_fixed_on_spot, dr.defects_raised, dop.unclosed + dcl.closed_later AS defects_open,
       ob.objections_open, ob.objections_overdue, co.complaints_open, co.complaints_overdue, co.incidents,
       pay.settled_fen, pay.refunded_fen
  FROM b
 CROSS JOIN LATERAL (SELECT count(*) AS total_units FROM units u WHERE u.project_id = b.id) un
 CROSS JOIN LATERAL (
   SELECT count(*) FILTER (WHERE e.at >= b.day_start) AS handed_over_today, count(*) AS handed_over_cumulative
     FROM unit_handover_events e
    WHERE e.project_id = b.id AND e.step = 'handed_over' AND e.at < b.day_end) ho
 CROSS JOIN LATERAL (
   SELECT count(DISTINCT e.unit_id) FILTER (WHERE e.step = 'checked_in') AS owners_received,
          count(DISTINCT e.unit_id) FILTER (WHERE e.step = 'inspected') AS inspections
     FROM unit_handover_events e
    WHERE e.project_id = b.id AND e.step IN ('checked_in', 'inspected') AND e.at >= b.day_start AND e.at < b.day_end) fl
 CROSS JOIN LATERAL (
   SELECT count(*) AS items_raised, count(*) FILTER (WHERE i.simple) AS items_fixed_on_spot
     FROM handover_inspection_items i
    WHERE i.project_id = b.id AND i.created_at >= b.day_start AND i.created_at < b.day_end) ii
 CROSS JOIN LATERAL (
   SELECT count(*) AS defects_raised FROM defects d
    WHERE d.project_id = b.id AND d.created_at >= b.day_start AND d.created_at < b.day_end) dr
 CROSS JOIN LATERAL (
   SELECT count(*) AS unclosed FROM defects d WHERE d.project_id = b.id AND d.closed_at IS NULL AND d.created_at < b.as_of) dop
 CROSS JOIN LATERAL (
   SELECT count(*) AS closed_later FROM defects d
    WHERE d.project_id = b.id AND d.closed_at IS NOT NULL AND d.closed_at >= b.as_of AND d.created_at < b.as_of) dcl
 CROSS JOIN LATERAL (
   SELECT count(*) FILTER (WHERE last.step = 'objected') AS objections_open,
          count(*) FILTER (WHERE last.step = 'objected' AND (last.payload ->> 'replyDueAt')::timestamptz < b.as_of) AS objections_overdue
     FROM (SELECT DISTINCT ON (e.unit_id) e.step, e.payload
             FROM unit_handover_events e
            WHERE e.project_id = b.id AND e.step IN ('objected', 'objection_resolved', 'refused') AND e.at < b.as_of
            ORDER BY e.unit_id, e.at DESC, e.id DESC) last) ob
 CROSS JOIN LATERAL (
   SELECT count(*) FILTER (WHERE c.replied_at IS NULL OR c.replied_at >= b.as_of) AS complaints_open,
          count(*) FILTER (WHERE (c.replied_at IS NULL OR c.replied_at >= b.as_of) AND c.reply_deadline < b.as_of) AS complaints_overdue,
          count(*) FILTER (WHERE c.severity IN ('major', 'group') AND c.received_at >= b.day_start) AS incidents
     FROM complaints c
    WHERE c.project_id = b.id AND c.received_at < b.as_of) co
 CROSS JOIN LATERAL (
   SELECT COALESCE(sum(pm.amount_fen) FILTER (WHERE pm.amount_fen > 0), 0) AS settled_fen,
          COALESCE(-sum(pm.amount_fen) FILTER (WHERE pm.amount_fen < 0), 0) AS refunded_fen
     FROM payments pm
    WHERE pm.project_id = b.id AND pm.created_at >= b.day_start AND pm.created_at < b.day_end) pay
 ORDER BY b.city_company, b.first_handover_date, b.name, b.batch`;

interface FiguresRow {
  id: string;
  city_company: string;
  name: string;
  batch: string;
  first_handover_date: string;
  centralized_days: number;
  current_phase: string | null;
  at_risk: boolean;
  [count: string]: unknown;
}

/** pg returns count() and sum() of bigint as strings; figures are safe integers or the query is wrong. */
function int(value: unknown, name: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`Figure ${name} is not a safe integer: ${String(value)}`);
  return number;
}

function toRow(row: FiguresRow): RollupRow {
  const totalUnits = int(row.total_units, 'total_units');
  const handedOverCumulative = int(row.handed_over_cumulative, 'handed_over_cumulative');
  const figures: BriefingFigures = {
    totalUnits,
    handedOverToday: int(row.handed_over_today, 'handed_over_today'),
    handedOverCumulative,
    handoverRateBp: handoverRateBp(Math.min(handedOverCumulative, totalUnits), totalUnits),
    ownersReceivedToday: int(row.owners_received, 'owners_received'),
    inspectionsToday: int(row.inspections, 'inspections'),
    defectsRaisedToday: int(row.items_raised, 'items_raised') + int(row.defects_raised, 'defects_raised'),
    defectsFixedOnSpotToday: int(row.items_fixed_on_spot, 'items_fixed_on_spot'),
    defectsOpen: int(row.defects_open, 'defects_open'),
    objectionsOpen: int(row.objections_open, 'objections_open'),
    objectionsOverdue: int(row.objections_overdue, 'objections_overdue'),
    complaintsOpen: int(row.complaints_open, 'complaints_open'),
    complaintsOverdue: int(row.complaints_overdue, 'complaints_overdue'),
    settledFen: int(row.settled_fen, 'settled_fen'),
    refundedFen: int(row.refunded_fen, 'refunded_fen'),
    incidentsToday: int(row.incidents, 'incidents'),
  };
  return {
    projectId: row.id,
    cityCompany: row.city_company,
    name: row.name,
    batch: row.batch,
    firstHandoverDate: row.first_handover_date,
    centralizedDays: row.centralized_days,
    phase: row.current_phase,
    atRisk: row.at_risk,
    figures,
  };
}

/** The figures of the date for the given projects, or for every active project when `projectIds` is null. */
export async function queryPortfolioFigures(
  db: Queryable,
  date: CalendarDate,
  projectIds: string[] | null,
): Promise<RollupRow[]> {
  const rows: FiguresRow[] = await db.query(PORTFOLIO_FIGURES_SQL, [date, projectIds]);
  return rows.map(toRow);
}

/** A stored briefing as read back. */
export interface StoredBriefing {
  projectId: string;
  date: CalendarDate;
  figures: BriefingFigures;
  change: BriefingChange | null;
  generatedAt: Date;
  generations: number;
}

const BRIEFING_COLUMNS = `project_id, to_char(briefing_date, 'YYYY-MM-DD') AS date, figures, change, generated_at, generations`;

interface BriefingRow {
  project_id: string;
  date: string;
  figures: BriefingFigures;
  change: BriefingChange | null;
  generated_at: Date;
  generations: number;
}

function toStored(row: BriefingRow): StoredBriefing {
  return {
    projectId: row.project_id,
    date: row.date,
    figures: row.figures,
    change: row.change,
    generatedAt: row.generated_at,
    generations: row.generations,
  };
}

/**
 * Computes the date's figures and upserts the project's briefing for it, with the change against the previous day's
 * stored briefing. Figures are recomputed from the records each time, never added to, so a retry or a regeneration
 * yields the same row. Returns null when the project does not exist.
 */
export async function generateBriefing(
  db: Queryable,
  projectId: string,
  date: CalendarDate,
): Promise<StoredBriefing | null> {
  const [row] = await queryPortfolioFigures(db, date, [projectId]);
  if (!row) return null;
  const previous = await findBriefing(db, projectId, addDays(date, -1));
  const change = briefingChange(row.figures, previous?.figures ?? null);
  const [stored]: BriefingRow[] = await db.query(
    `INSERT INTO daily_briefings (project_id, briefing_date, figures, change) VALUES ($1, $2, $3, $4)
     ON CONFLICT (project_id, briefing_date) DO UPDATE SET figures = EXCLUDED.figures, change = EXCLUDED.change,
       generated_at = now(), generations = daily_briefings.generations + 1
     RETURNING ${BRIEFING_COLUMNS}`,
    [projectId, date, row.figures, change],
  );
  return toStored(stored);
}

export async function findBriefing(
  db: Queryable,
  projectId: string,
  date: CalendarDate,
): Promise<StoredBriefing | null> {
  const [row]: BriefingRow[] = await db.query(
    `SELECT ${BRIEFING_COLUMNS} FROM daily_briefings WHERE project_id = $1 AND briefing_date = $2`,
    [projectId, date],
  );
  return row ? toStored(row) : null;
}

export async function listBriefings(
  db: Queryable,
  projectId: string,
  from: CalendarDate,
  to: CalendarDate,
): Promise<StoredBriefing[]> {
  const rows: BriefingRow[] = await db.query(
    `SELECT ${BRIEFING_COLUMNS} FROM daily_briefings WHERE project_id = $1 AND briefing_date BETWEEN $2 AND $3 ORDER BY briefing_date`,
    [projectId, from, to],
  );
  return rows.map(toStored);
}
