import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DEFECT_DEADLINE_RUNNING, type DefectSlaSettings } from '@handover/domain';
import type { AgeingGrouping, AgeingRowDto, ScorecardRowDto } from './dto/defect-reports.dto';

/** The project's local date: ageing and overdue are counted in its calendar. */
const LOCAL_TODAY = `(now() AT TIME ZONE p.time_zone)::date`;
/** Days past the due date (the deferred completion date when deferred); at most 0 when not overdue. */
const OVERDUE_DAYS = `(${LOCAL_TODAY} - coalesce(d.deferred_until, d.deadline))`;

const GROUP_BY: Record<AgeingGrouping, { key: string; label: string }> = {
  building: { key: 'u.building', label: 'NULL::text' },
  trade: { key: 'd.trade', label: 'NULL::text' },
  company: { key: 'd.contractor_company_id::text', label: 'c.name' },
};

/** SLA settings, ageing and contractor scorecards of defects: read with set-based SQL. */
@Injectable()
export class DefectReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async sla(projectId: string): Promise<DefectSlaSettings | null> {
    const [row] = await this.dataSource.query(
      `SELECT simple_in_unit_days AS "simpleInUnitDays", in_unit_days AS "inUnitDays",
              public_area_days AS "publicAreaDays"
         FROM project_defect_sla WHERE project_id = $1`,
      [projectId],
    );
    return row ?? null;
  }

  async putSla(projectId: string, sla: DefectSlaSettings, manager: EntityManager): Promise<DefectSlaSettings | null> {
    const before = await this.sla(projectId);
    await manager.query(
      `INSERT INTO project_defect_sla (project_id, simple_in_unit_days, in_unit_days, public_area_days)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (project_id) DO UPDATE SET simple_in_unit_days = $2, in_unit_days = $3, public_area_days = $4,
         updated_at = now()`,
      [projectId, sla.simpleInUnitDays, sla.inUnitDays, sla.publicAreaDays],
    );
    return before;
  }

  /** The project's local date. */
  async localToday(projectId: string): Promise<string> {
    const [row] = await this.dataSource.query(
      `SELECT to_char(${LOCAL_TODAY}, 'YYYY-MM-DD') AS today FROM projects p WHERE p.id = $1`,
      [projectId],
    );
    return row.today;
  }

  /** Running defects per group, with how many are overdue by 1–7, 8–14, 15–30 and over 30 days. */
  async ageing(projectId: string, by: AgeingGrouping): Promise<AgeingRowDto[]> {
    const { key, label } = GROUP_BY[by];
    return this.dataSource.query(
      `SELECT ${key} AS "group", ${label} AS label, count(*)::int AS running,
              count(*) FILTER (WHERE ${OVERDUE_DAYS} >= 1)::int AS overdue,
              count(*) FILTER (WHERE ${OVERDUE_DAYS} BETWEEN 1 AND 7)::int AS up_to_7,
              count(*) FILTER (WHERE ${OVERDUE_DAYS} BETWEEN 8 AND 14)::int AS days_8_to_14,
              count(*) FILTER (WHERE ${OVERDUE_DAYS} BETWEEN 15 AND 30)::int AS days_15_to_30,
              count(*) FILTER (WHERE ${OVERDUE_DAYS} > 30)::int AS over_30
         FROM defects d
         JOIN projects p ON p.id = d.project_id
         LEFT JOIN units u ON u.id = d.unit_id
         LEFT JOIN contractor_companies c ON c.id = d.contractor_company_id
        WHERE d.project_id = $1 AND d.status = ANY($2)
        GROUP BY 1, 2
        ORDER BY over_30 DESC, days_15_to_30 DESC, days_8_to_14 DESC, up_to_7 DESC, 1 NULLS LAST`,
      [projectId, DEFECT_DEADLINE_RUNNING],
    );
  }

  /**
   * Per contractor company and trade: received, verified and verified without reopening, hours from assignment to
   * fixed (mean and 90th percentile), running and overdue, disputes ruled and upheld. `projectId` null: every project.
   */
  async scorecards(projectId: string | null): Promise<ScorecardRowDto[]> {
    const rows: (Omit<ScorecardRowDto, 'firstTimePassRate' | 'overdueRate'> & {
      meanHoursToFix: string | null;
      p90HoursToFix: string | null;
    })[] = await this.dataSource.query(
      `WITH scoped AS (
         SELECT d.*, p.time_zone, ${OVERDUE_DAYS} AS overdue_days,
                extract(epoch FROM d.fixed_at - d.assigned_at) / 3600 AS hours_to_fix
           FROM defects d JOIN projects p ON p.id = d.project_id
          WHERE d.contractor_company_id IS NOT NULL AND ($1::uuid IS NULL OR d.project_id = $1)
       ),
       rulings AS (
         SELECT r.company_id, d.trade, count(*)::int AS ruled, count(*) FILTER (WHERE r.outcome = 'upheld')::int AS upheld
           FROM defect_dispute_rulings r JOIN defects d ON d.id = r.defect_id
          WHERE ($1::uuid IS NULL OR r.project_id = $1)
          GROUP BY r.company_id, d.trade
       ),
       cards AS (
         SELECT s.contractor_company_id AS company_id, s.trade, count(*)::int AS received,
                count(*) FILTER (WHERE s.status = 'verified')::int AS verified,
                count(*) FILTER (WHERE s.status = 'verified' AND s.reopen_count = 0)::int AS first_time_pass,
                avg(s.hours_to_fix) FILTER (WHERE s.hours_to_fix >= 0) AS mean_hours,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY s.hours_to_fix) FILTER (WHERE s.hours_to_fix >= 0) AS p90_hours,
                count(*) FILTER (WHERE s.status = ANY($2))::int AS running,
                count(*) FILTER (WHERE s.status = ANY($2) AND s.overdue_days >= 1)::int AS overdue
           FROM scoped s GROUP BY s.contractor_company_id, s.trade
       )
       SELECT c.id AS "companyId", c.name AS "companyName", c.kind AS "companyKind", g.trade,
              coalesce(k.received, 0) AS received, coalesce(k.verified, 0) AS verified,
              coalesce(k.first_time_pass, 0) AS "firstTimePass",
              round(k.mean_hours::numeric, 1)::text AS "meanHoursToFix",
              round(k.p90_hours::numeric, 1)::text AS "p90HoursToFix",
              coalesce(k.running, 0) AS running, coalesce(k.overdue, 0) AS overdue,
              coalesce(r.ruled, 0) AS "disputesRuled", coalesce(r.upheld, 0) AS "disputesUpheld"
         FROM (SELECT company_id, trade FROM cards UNION SELECT company_id, trade FROM rulings) g
         JOIN contractor_companies c ON c.id = g.company_id
         LEFT JOIN cards k ON k.company_id = g.company_id AND k.trade = g.trade
         LEFT JOIN rulings r ON r.company_id = g.company_id AND r.trade = g.trade
        ORDER BY c.name, g.trade`,
      [projectId, DEFECT_DEADLINE_RUNNING],
    );
    return rows.map((row) => ({
      ...row,
      trade: row.trade ?? '',
      meanHoursToFix: row.meanHoursToFix === null ? null : Number(row.meanHoursToFix),
      p90HoursToFix: row.p90HoursToFix === null ? null : Number(row.p90HoursToFix),
      firstTimePassRate: row.verified === 0 ? null : round4(row.firstTimePass / row.verified),
      overdueRate: row.running === 0 ? null : round4(row.overdue / row.running),
    }));
  }
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
