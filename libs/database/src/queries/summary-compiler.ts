import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { rational, toDecimalString } from '@handover/domain';
import type { Queryable } from './queryable';
import { projectSurveyAnalysis } from './survey-totals';

/** The computed sections of the 交付总结, in the guide's order. */
export interface SummarySections {
  batchOverview: Record<string, unknown>;
  preparation: Record<string, unknown>;
  actualHandoverFigures: Record<string, unknown>;
  ownerFeedback: Record<string, unknown>;
  repairDataAndWarranty: Record<string, unknown>;
}

export type CompileOutcome =
  | { outcome: 'created' | 'recompiled'; compileCount: number }
  | { outcome: 'frozen'; status: string }
  | { outcome: 'no_project' };

/**
 * Attempts of the REPEATABLE READ compilation. Its inserts check their foreign key to the project row, and when the
 * worker's read-model write holds that row locked and then updates it, PostgreSQL refuses the snapshot with 40001;
 * a fresh snapshot then sees the update and succeeds.
 */
const SERIALIZATION_ATTEMPTS = 5;

const isSerializationFailure = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '40001';

const percent = (part: number, whole: number): string | null =>
  whole > 0 ? `${toDecimalString(rational(part * 100, whole), 2)}%` : null;

/**
 * Compiles the computed sections of a project's handover summary from its records, set-based (one aggregate query
 * per section, no loop over units), and stores them. Used by the API (`POST /projects/:id/summary/compile`) and by the
 * worker's `compileHandoverSummary` activity. Idempotent: creates the summary if missing, recompiles the sections of a
 * draft, never touches the narrative; a submitted or accepted summary is frozen and left as it is.
 */
@Injectable()
export class SummaryCompiler {
  constructor(private readonly dataSource: DataSource) {}

  async compile(projectId: string, manager?: EntityManager): Promise<CompileOutcome> {
    const run = async (tx: EntityManager): Promise<CompileOutcome> => {
      // One compilation at a time per project; the lock is released with the transaction.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('handover_summary'), hashtext($1))`, [projectId]);
      return this.compileLocked(tx, projectId);
    };
    return manager ? run(manager) : this.compileInOwnTransaction(projectId);
  }

  /**
   * In its own transaction: the lock is taken first, on the session, and only then does the REPEATABLE READ
   * transaction begin, so its snapshot includes a compilation that held the lock (taken inside the transaction, the
   * lock statement itself would fix the snapshot and the recompilation would fail with 40001). `then` runs in the same
   * transaction before it commits (the API's audit row); whatever it throws rolls the compilation back. A
   * serialization failure rolls back and compiles again on a fresh snapshot, the lock still held.
   */
  async compileInOwnTransaction(
    projectId: string,
    then?: (tx: EntityManager, outcome: CompileOutcome) => Promise<void>,
  ): Promise<CompileOutcome> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtext('handover_summary'), hashtext($1))`, [projectId]);
      try {
        for (let attempt = 1; ; attempt += 1) {
          await runner.startTransaction('REPEATABLE READ');
          try {
            const outcome = await this.compileLocked(runner.manager, projectId);
            if (then) await then(runner.manager, outcome);
            await runner.commitTransaction();
            return outcome;
          } catch (error) {
            await runner.rollbackTransaction();
            if (!isSerializationFailure(error) || attempt === SERIALIZATION_ATTEMPTS) throw error;
          }
        }
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('handover_summary'), hashtext($1))`, [projectId]);
      }
    } finally {
      await runner.release();
    }
  }

  private async compileLocked(tx: EntityManager, projectId: string): Promise<CompileOutcome> {
    const sections = await this.computeSections(tx, projectId);
    if (!sections) return { outcome: 'no_project' };
    const rows = (await tx.query(
      `INSERT INTO handover_summaries (project_id, compiled_at, sections) VALUES ($1, now(), $2)
       ON CONFLICT (project_id) DO UPDATE
         SET sections = EXCLUDED.sections, compiled_at = EXCLUDED.compiled_at,
             compile_count = handover_summaries.compile_count + 1, updated_at = now()
       WHERE handover_summaries.status = 'draft'
       RETURNING compile_count`,
      [projectId, sections],
    )) as { compile_count: number }[];
    if (rows.length === 0) {
      const [current] = (await tx.query(`SELECT status FROM handover_summaries WHERE project_id = $1`, [
        projectId,
      ])) as { status: string }[];
      return { outcome: 'frozen', status: current?.status ?? 'unknown' };
    }
    return { outcome: rows[0].compile_count === 1 ? 'created' : 'recompiled', compileCount: rows[0].compile_count };
  }

  /** The five computed sections, or null when the project does not exist. */
  async computeSections(db: Queryable, projectId: string): Promise<SummarySections | null> {
    const [project] = (await db.query(
      `SELECT p.city_company AS "cityCompany", p.name, p.batch, to_char(p.first_handover_date, 'YYYY-MM-DD') AS "firstHandoverDate",
              to_char(p.first_handover_date + p.centralized_days - 1, 'YYYY-MM-DD') AS "lastCentralizedDay",
              p.centralized_days AS "centralizedDays", p.time_zone AS "timeZone", p.status, p.current_phase AS "currentPhase",
              count(u.id)::int AS units, count(DISTINCT u.building)::int AS buildings,
              count(u.id) FILTER (WHERE u.fit_out = 'fitted')::int AS "fittedUnits",
              count(u.id) FILTER (WHERE u.fit_out = 'shell')::int AS "shellUnits",
              coalesce(sum(u.contracted_area_centi), 0)::text AS "contractedAreaCenti",
              coalesce(sum(u.surveyed_area_centi), 0)::text AS "surveyedAreaCenti"
         FROM projects p LEFT JOIN units u ON u.project_id = p.id
        WHERE p.id = $1
        GROUP BY p.id`,
      [projectId],
    )) as (Record<string, unknown> & {
      units: number;
      timeZone: string;
      firstHandoverDate: string;
      lastCentralizedDay: string;
    })[];
    if (!project) return null;
    const [preparation, actual, feedback, repair] = [
      await this.preparation(db, projectId),
      await this.actualHandoverFigures(db, projectId, project),
      await this.ownerFeedback(db, projectId),
      await this.repairDataAndWarranty(db, projectId),
    ];
    return {
      batchOverview: project,
      preparation,
      actualHandoverFigures: actual,
      ownerFeedback: feedback,
      repairDataAndWarranty: repair,
    };
  }

  private async preparation(db: Queryable, projectId: string): Promise<Record<string, unknown>> {
    const milestones = await db.query(
      `SELECT key, phase, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", status, parties, approved_parties AS "approvedParties"
         FROM project_milestones WHERE project_id = $1 ORDER BY due_date, key`,
      [projectId],
    );
    const [risks] = (await db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE decision = 'rectify')::int AS rectify,
              count(*) FILTER (WHERE decision = 'cannot_rectify')::int AS "cannotRectify",
              count(*) FILTER (WHERE decision IS NULL)::int AS undecided
         FROM risk_items WHERE project_id = $1`,
      [projectId],
    )) as unknown[];
    const defectsBySource = await db.query(
      `SELECT source, count(*)::int AS raised,
              count(*) FILTER (WHERE status IN ('verified', 'cannot_fix'))::int AS closed,
              count(*) FILTER (WHERE status IN ('open', 'assigned', 'fixed'))::int AS open,
              count(*) FILTER (WHERE status IN ('open', 'assigned', 'fixed') AND deferred_until IS NOT NULL)::int AS deferred
         FROM defects WHERE project_id = $1 AND source IN ('unit_inspection', 'open_day')
        GROUP BY source ORDER BY source`,
      [projectId],
    );
    const [keys] = (await db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE holder = 'contractor')::int AS "withContractor",
              count(*) FILTER (WHERE holder = 'property')::int AS "withProperty", count(*) FILTER (WHERE holder = 'owner')::int AS "withOwners"
         FROM keys WHERE project_id = $1`,
      [projectId],
    )) as unknown[];
    return { milestones, riskSelfCheck: risks, preHandoverDefects: defectsBySource, keyLedger: keys };
  }

  private async actualHandoverFigures(
    db: Queryable,
    projectId: string,
    project: { units: number; timeZone: string; firstHandoverDate: string; lastCentralizedDay: string },
  ): Promise<Record<string, unknown>> {
    const [states] = (await db.query(
      `SELECT count(*) FILTER (WHERE handover_state = 'handed_over')::int AS "handedOver",
              count(*) FILTER (WHERE handover_state = 'refused')::int AS refused,
              count(*) FILTER (WHERE handover_state = 'objected')::int AS objected,
              count(*) FILTER (WHERE handover_state = 'not_started')::int AS "notStarted",
              count(*) FILTER (WHERE handover_state NOT IN ('handed_over', 'refused', 'objected', 'not_started'))::int AS "inProgress"
         FROM units WHERE project_id = $1`,
      [projectId],
    )) as { handedOver: number; refused: number; objected: number; notStarted: number; inProgress: number }[];
    const byDay = (await db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS date,
              count(DISTINCT e.unit_id) FILTER (WHERE e.step = 'checked_in')::int AS "ownersReceived",
              count(DISTINCT e.unit_id) FILTER (WHERE e.step = 'inspected')::int AS inspected,
              count(DISTINCT e.unit_id) FILTER (WHERE e.step = 'handed_over')::int AS "handedOver"
         FROM generate_series($2::date, $3::date, interval '1 day') AS day
         LEFT JOIN unit_handover_events e
           ON e.project_id = $1 AND e.at >= (day::timestamp AT TIME ZONE $4) AND e.at < ((day + interval '1 day')::timestamp AT TIME ZONE $4)
        GROUP BY day ORDER BY day`,
      [projectId, project.firstHandoverDate, project.lastCentralizedDay, project.timeZone],
    )) as { date: string; ownersReceived: number; inspected: number; handedOver: number }[];
    const centralizedHandedOver = byDay.reduce((sum, day) => sum + day.handedOver, 0);
    const payments = await db.query(
      `SELECT kind, count(*)::int AS payments,
              coalesce(sum(amount_fen) FILTER (WHERE amount_fen > 0), 0)::text AS "collectedFen",
              coalesce(-sum(amount_fen) FILTER (WHERE amount_fen < 0), 0)::text AS "refundedFen"
         FROM payments WHERE project_id = $1 GROUP BY kind ORDER BY kind`,
      [projectId],
    );
    const [inspection] = (await db.query(
      `SELECT count(*)::int AS items, count(*) FILTER (WHERE status = 'fixed_on_spot')::int AS "fixedOnSpot",
              count(*) FILTER (WHERE status = 'logged_for_repair')::int AS "loggedForRepair", count(DISTINCT unit_id)::int AS "unitsWithItems"
         FROM handover_inspection_items WHERE project_id = $1`,
      [projectId],
    )) as unknown[];
    return {
      totalUnits: project.units,
      ...states,
      handoverRate: percent(states.handedOver, project.units),
      centralizedPeriod: {
        firstDay: project.firstHandoverDate,
        lastDay: project.lastCentralizedDay,
        handedOver: centralizedHandedOver,
        handoverRate: percent(centralizedHandedOver, project.units),
        byDay,
      },
      payments,
      handoverInspection: inspection,
    };
  }

  private async ownerFeedback(db: Queryable, projectId: string): Promise<Record<string, unknown>> {
    const [complaints] = (await db.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE severity = 'normal')::int AS normal, count(*) FILTER (WHERE severity = 'major')::int AS major,
              count(*) FILTER (WHERE severity = 'group')::int AS "group",
              count(*) FILTER (WHERE status = 'replied')::int AS replied,
              count(*) FILTER (WHERE status = 'replied' AND replied_at <= reply_deadline)::int AS "repliedOnTime",
              count(*) FILTER (WHERE status <> 'replied')::int AS open,
              count(*) FILTER (WHERE status <> 'replied' AND reply_deadline < now())::int AS "openOverdue"
         FROM complaints WHERE project_id = $1`,
      [projectId],
    )) as { replied: number; repliedOnTime: number }[];
    const [objections] = (await db.query(
      `SELECT count(DISTINCT unit_id) FILTER (WHERE step = 'objected')::int AS "unitsObjected",
              count(DISTINCT unit_id) FILTER (WHERE step = 'objection_resolved')::int AS "unitsResolved",
              count(DISTINCT unit_id) FILTER (WHERE step = 'refused')::int AS "unitsRefused"
         FROM unit_handover_events WHERE project_id = $1 AND step IN ('objected', 'objection_resolved', 'refused')`,
      [projectId],
    )) as unknown[];
    return {
      complaints: { ...complaints, onTimeReplyRate: percent(complaints.repliedOnTime, complaints.replied) },
      objections,
      satisfactionSurvey: await projectSurveyAnalysis(db, projectId),
    };
  }

  private async repairDataAndWarranty(db: Queryable, projectId: string): Promise<Record<string, unknown>> {
    const [totals] = (await db.query(
      `SELECT count(*)::int AS raised,
              count(*) FILTER (WHERE category = 'quality')::int AS quality, count(*) FILTER (WHERE category = 'non_quality')::int AS "nonQuality",
              count(*) FILTER (WHERE status = 'open')::int AS open, count(*) FILTER (WHERE status = 'assigned')::int AS assigned,
              count(*) FILTER (WHERE status = 'fixed')::int AS fixed, count(*) FILTER (WHERE status = 'verified')::int AS verified,
              count(*) FILTER (WHERE status = 'cannot_fix')::int AS "cannotFix"
         FROM defects WHERE project_id = $1 AND source IN ('handover_inspection', 'after_handover')`,
      [projectId],
    )) as unknown[];
    const byTrade = await db.query(
      `SELECT trade, count(*)::int AS raised, count(*) FILTER (WHERE status IN ('open', 'assigned', 'fixed'))::int AS open
         FROM defects WHERE project_id = $1 AND source IN ('handover_inspection', 'after_handover')
        GROUP BY trade ORDER BY count(*) DESC, trade LIMIT 10`,
      [projectId],
    );
    const [warranty] = (await db.query(
      `SELECT count(*) FILTER (WHERE category = 'quality' AND status IN ('open', 'assigned', 'fixed'))::int AS "openQualityDefects",
              count(*) FILTER (WHERE status IN ('open', 'assigned', 'fixed') AND deferred_until IS NOT NULL)::int AS "deferredWithCommittedDate",
              to_char(min(deferred_until) FILTER (WHERE status IN ('open', 'assigned', 'fixed')), 'YYYY-MM-DD') AS "earliestCommittedDate",
              to_char(max(deferred_until) FILTER (WHERE status IN ('open', 'assigned', 'fixed')), 'YYYY-MM-DD') AS "latestCommittedDate",
              count(*) FILTER (WHERE status IN ('open', 'assigned', 'fixed') AND deadline < current_date)::int AS "pastDeadline"
         FROM defects WHERE project_id = $1`,
      [projectId],
    )) as unknown[];
    const [cases] = (await db.query(`SELECT count(*)::int AS promoted FROM cases WHERE source_project_id = $1`, [
      projectId,
    ])) as unknown[];
    return { handoverAndAfterDefects: totals, byTrade, warranty, caseLibrary: cases };
  }
}
