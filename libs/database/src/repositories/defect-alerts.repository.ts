import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CalendarDate, FrequentProblemThreshold } from '@handover/domain';
import type { DefectCategory } from '../entities/defect.entity';

/** A frequent-problem alert (高频问题预警) as the API shows it. */
export interface DefectAlertRow {
  id: string;
  projectId: string;
  building: string;
  category: DefectCategory;
  trade: string;
  windowStart: CalendarDate;
  windowEnd: CalendarDate;
  defectCount: number;
  thresholdCount: number;
  windowDays: number;
  raisedByDefectId: string | null;
  raisedAt: Date;
  caseId: string | null;
  promotedBy: string | null;
  promotedAt: Date | null;
}

export type DefectAlertStatus = 'open' | 'promoted';

const ALERT_COLUMNS = `a.id, a.project_id AS "projectId", a.building, a.category, a.trade,
  a.window_start::text AS "windowStart", a.window_end::text AS "windowEnd", a.defect_count AS "defectCount",
  a.threshold_count AS "thresholdCount", a.window_days AS "windowDays", a.raised_by_defect_id AS "raisedByDefectId",
  a.raised_at AS "raisedAt", a.case_id AS "caseId", a.promoted_by AS "promotedBy", a.promoted_at AS "promotedAt"`;

/** The group's defects counted toward an alert: every one recorded, except those ruled not a defect (不予整改). */
const COUNTED = `d.status <> 'dismissed'`;

/**
 * 高频问题预警: each project's threshold, the set-based check the defect intake runs in its transaction, and the
 * alerts with the case each was promoted to.
 */
@Injectable()
export class DefectAlertsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The project's own threshold; null while it uses the defaults. */
  async threshold(
    projectId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FrequentProblemThreshold | null> {
    const [row] = await manager.query(
      `SELECT defect_count AS count, window_days AS "windowDays" FROM project_frequent_problem_thresholds
        WHERE project_id = $1`,
      [projectId],
    );
    return row ?? null;
  }

  /** Sets the project's threshold; returns the one it replaced (null: the defaults were in force). */
  async putThreshold(
    projectId: string,
    threshold: FrequentProblemThreshold,
    manager: EntityManager,
  ): Promise<FrequentProblemThreshold | null> {
    const [before] = await manager.query(
      `SELECT defect_count AS count, window_days AS "windowDays" FROM project_frequent_problem_thresholds
        WHERE project_id = $1 FOR UPDATE`,
      [projectId],
    );
    await manager.query(
      `INSERT INTO project_frequent_problem_thresholds (project_id, defect_count, window_days) VALUES ($1, $2, $3)
       ON CONFLICT (project_id) DO UPDATE SET defect_count = EXCLUDED.defect_count, window_days = EXCLUDED.window_days,
         updated_at = now()`,
      [projectId, threshold.count, threshold.windowDays],
    );
    return before ?? null;
  }

  /**
   * After a unit's defect is recorded, in the same transaction and one statement: counts its building's defects of
   * the same category and trade recorded since local midnight of the window's first day (the project's threshold, or
   * `defaults`, in the project's time zone — the rule decideFrequentProblem in libs/domain states), and raises an alert
   * when the count reaches the threshold and no alert of the group has a window reaching into this one. The group's
   * recordings take turns first (a transaction-scoped advisory lock, taken in its own statement so the count's
   * snapshot sees the defects committed before it): defects of one group recorded at the same moment neither miss
   * the threshold nor raise it twice; the UNIQUE constraint stays the last word. A group whose alert already reaches
   * into this window can raise nothing more (alerts are never removed), so its recordings neither take turns nor
   * count: on an open day that is most of the intake. Returns the alert raised, or null (nothing new; a public-area
   * defect has no building and is never counted).
   */
  async raiseIfFrequent(
    defectId: string,
    defaults: FrequentProblemThreshold,
    manager: EntityManager,
  ): Promise<DefectAlertRow | null> {
    const turn = (await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended(
                'frequent-problem:' || d.project_id || ':' || u.building || ':' || d.category || ':' || d.trade, 0))
         FROM defects d JOIN units u ON u.id = d.unit_id JOIN projects p ON p.id = d.project_id
         LEFT JOIN project_frequent_problem_thresholds t ON t.project_id = d.project_id
        WHERE d.id = $1
          AND NOT EXISTS (
            SELECT 1 FROM defect_alerts prior
             WHERE prior.project_id = d.project_id AND prior.building = u.building AND prior.category = d.category
               AND prior.trade = d.trade
               AND prior.window_end >= (now() AT TIME ZONE p.time_zone)::date - (COALESCE(t.window_days, $2) - 1))`,
      [defectId, defaults.windowDays],
    )) as unknown[];
    if (turn.length === 0) return null;
    const [row] = await manager.query(
      `WITH recorded AS (
         SELECT d.id, d.project_id, u.building, d.category, d.trade
           FROM defects d JOIN units u ON u.id = d.unit_id
          WHERE d.id = $1
       ), win AS (
         SELECT p.time_zone, COALESCE(t.defect_count, $2) AS threshold_count,
                COALESCE(t.window_days, $3) AS window_days, (now() AT TIME ZONE p.time_zone)::date AS window_end
           FROM recorded r JOIN projects p ON p.id = r.project_id
           LEFT JOIN project_frequent_problem_thresholds t ON t.project_id = p.id
       ), bounds AS (
         SELECT w.*, w.window_end - (w.window_days - 1) AS window_start,
                ((w.window_end - (w.window_days - 1))::timestamp AT TIME ZONE w.time_zone) AS starts_at
           FROM win w
       ), counted AS (
         SELECT count(*)::int AS n
           FROM recorded r CROSS JOIN bounds b
           JOIN defects d ON d.project_id = r.project_id AND d.category = r.category AND d.trade = r.trade
                         AND d.created_at >= b.starts_at AND d.created_at <= now()
           JOIN units u ON u.id = d.unit_id AND u.building = r.building
          WHERE ${COUNTED}
       )
       INSERT INTO defect_alerts AS a (project_id, building, category, trade, window_start, window_end, defect_count,
                                       threshold_count, window_days, raised_by_defect_id)
       SELECT r.project_id, r.building, r.category, r.trade, b.window_start, b.window_end, c.n, b.threshold_count,
              b.window_days, r.id
         FROM recorded r CROSS JOIN bounds b CROSS JOIN counted c
        WHERE c.n >= b.threshold_count
          AND NOT EXISTS (
            SELECT 1 FROM defect_alerts prior
             WHERE prior.project_id = r.project_id AND prior.building = r.building AND prior.category = r.category
               AND prior.trade = r.trade AND prior.window_end >= b.window_start)
       ON CONFLICT ON CONSTRAINT defect_alerts_once_per_window DO NOTHING
       RETURNING ${ALERT_COLUMNS}`,
      [defectId, defaults.count, defaults.windowDays],
    );
    return row ?? null;
  }

  /** Who hears of an alert: the project's assigned engineering heads (the lead when none is), as `user:<id>`. */
  async alertRecipients(projectId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { recipient: string }[] = await manager.query(
      `SELECT 'user:' || u.id AS recipient FROM project_assignments a JOIN users u ON u.id = a.user_id
        WHERE a.project_id = $1 AND u.role = 'department_head' AND u.department = 'engineering'
       UNION ALL
       SELECT 'user:' || p.lead_user_id FROM projects p
        WHERE p.id = $1 AND NOT EXISTS (
          SELECT 1 FROM project_assignments a JOIN users u ON u.id = a.user_id
           WHERE a.project_id = $1 AND u.role = 'department_head' AND u.department = 'engineering')
       ORDER BY 1`,
      [projectId],
    );
    return rows.map((row) => row.recipient);
  }

  /** A page of the project's alerts, newest first; `status`: open (not yet a case) or promoted. */
  async list(
    projectId: string,
    filter: { status?: DefectAlertStatus; page: number; pageSize: number },
  ): Promise<[DefectAlertRow[], number]> {
    const status =
      filter.status === 'open'
        ? 'AND a.case_id IS NULL'
        : filter.status === 'promoted'
          ? 'AND a.case_id IS NOT NULL'
          : '';
    const rows: DefectAlertRow[] = await this.dataSource.query(
      `SELECT ${ALERT_COLUMNS} FROM defect_alerts a WHERE a.project_id = $1 ${status}
        ORDER BY a.raised_at DESC, a.id LIMIT $2 OFFSET $3`,
      [projectId, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM defect_alerts a WHERE a.project_id = $1 ${status}`,
      [projectId],
    );
    return [rows, total];
  }

  /** The alert, locked for the caller's transaction; null when the project has no such alert. */
  async lock(projectId: string, alertId: string, manager: EntityManager): Promise<DefectAlertRow | null> {
    const [row] = await manager.query(
      `SELECT ${ALERT_COLUMNS} FROM defect_alerts a WHERE a.project_id = $1 AND a.id = $2 FOR UPDATE`,
      [projectId, alertId],
    );
    return row ?? null;
  }

  async markPromoted(alertId: string, caseId: string, userId: string, manager: EntityManager): Promise<DefectAlertRow> {
    const [[row]] = await manager.query(
      `UPDATE defect_alerts a SET case_id = $2, promoted_by = $3, promoted_at = now() WHERE a.id = $1
       RETURNING ${ALERT_COLUMNS}`,
      [alertId, caseId, userId],
    );
    return row;
  }
}
