import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affectedRows } from './affected-rows';
import {
  DEFAULT_DEFECT_ESCALATION_LADDER,
  DEFECT_DEADLINE_RUNNING,
  defectEscalationSteps,
  placeLabel,
  type CalendarDate,
  type ComplaintStatus,
  type DefectEscalationLadder,
  type DefectEscalationLevel,
  type DefectStatus,
} from '@handover/domain';

/** What the deadline check needs of a record's project: its zone and its lead (who is told besides HQ). */
interface RecordProject {
  projectId: string;
  timeZone: string;
  leadUserId: string;
}

/** A defect with its fix deadline (整改期限, a calendar date of the project) and where it is. */
export interface DefectDeadlineFacts extends RecordProject {
  status: DefectStatus;
  deadline: CalendarDate | null;
  trade: string;
  /** building-unit-room of its unit, or its public area */
  place: string;
}

/** A complaint with its committed reply time (答复时限). */
export interface ComplaintDeadlineFacts extends RecordProject {
  status: ComplaintStatus;
  replyDeadline: Date | null;
  subject: string;
}

/**
 * A level of an overdue defect's escalation ladder (整改逾期升级阶梯) that is due and not reached yet, locked for the
 * escalation. `key` is the record's deadline key; `firstRaised` whether the escalation row under it exists (its first
 * level reached), `levelAt` the instant the level was due, `recipients` whom the level reaches.
 */
export interface DueDefectLevel extends DefectDeadlineFacts {
  kind: 'defect';
  recordId: string;
  key: string;
  dueAt: string;
  level: DefectEscalationLevel;
  levelAt: string;
  firstRaised: boolean;
  /** `user:<id>` of the company's users, the engineering heads (else the lead) or the lead; `role:hq` */
  recipients: string[];
}

/** A record whose deadline has passed and that has no escalation for it yet, locked for the escalation. */
export type DueRecord =
  | DueDefectLevel
  | ({ kind: 'complaint'; recordId: string; key: string; dueAt: string } & ComplaintDeadlineFacts);

/**
 * The key of a later level of a defect's ladder (a notification event, like the gate ladder's climbs): the record's
 * deadline key with the level. The first level reached is the escalation row under the deadline key itself.
 */
export function defectEscalationLevelKey(deadlineKey: string, level: DefectEscalationLevel): string {
  return `${deadlineKey}:level-${level}`;
}

/** The instant a defect is overdue: the end of its deadline day in the project's zone (defectDeadlineInstant). */
const DEFECT_DUE_SQL = `((d.deadline + 1)::timestamp AT TIME ZONE p.time_zone)`;
/** The escalation key of a record's deadline, as the record-deadline workflow's activity writes it. */
const keySql = (kind: string, id: string, due: string) =>
  `'deadline-${kind}-' || ${id} || '-' || to_char(${due} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The defect's ladder as rows `steps(level, after_days, reachable, audience, first)`, from libs/domain, for both
 * starts: `reachable` true for a defect whose company has users to tell, false for any other.
 */
const STEPS_SQL = (from: number) =>
  `steps AS (SELECT * FROM unnest($${from}::int[], $${from + 1}::int[], $${from + 2}::bool[], $${from + 3}::text[],
                                  $${from + 4}::bool[]) AS s(level, after_days, reachable, audience, first))`;
function stepsParams(ladder: DefectEscalationLadder): unknown[] {
  const rows = [true, false].flatMap((reachable) =>
    defectEscalationSteps(reachable, ladder).map((step, index) => ({ ...step, reachable, first: index === 0 })),
  );
  return [
    rows.map((row) => row.level),
    rows.map((row) => row.afterDays),
    rows.map((row) => row.reachable),
    rows.map((row) => row.audience),
    rows.map((row) => row.first),
  ];
}
/** The defect is assigned to a company (施工单位) with at least one user: its ladder starts with the company. */
const COMPANY_REACHABLE_SQL = `(d.contractor_company_id IS NOT NULL AND EXISTS (
  SELECT 1 FROM users cu WHERE cu.role = 'contractor' AND cu.contractor_company_id = d.contractor_company_id))`;
/** The instant level `s` of defect `d` is due: 00:00 local, `after_days` days after the deadline day ended. */
const LEVEL_AT_SQL = `((d.deadline + 1 + s.after_days)::timestamp AT TIME ZONE p.time_zone)`;
/**
 * Whom the level reaches: the company's users; the engineering heads assigned to the project (the lead when none
 * is); the lead; HQ.
 */
const LEVEL_RECIPIENTS_SQL = `CASE s.audience
  WHEN 'contractor_company' THEN ARRAY(SELECT 'user:' || cu.id FROM users cu
                                        WHERE cu.role = 'contractor' AND cu.contractor_company_id = d.contractor_company_id
                                        ORDER BY cu.id)
  WHEN 'engineering_head' THEN COALESCE(NULLIF(ARRAY(
      SELECT 'user:' || eu.id FROM project_assignments a JOIN users eu ON eu.id = a.user_id
       WHERE a.project_id = d.project_id AND eu.role = 'department_head' AND eu.department = 'engineering'
       ORDER BY eu.id), '{}'::text[]), ARRAY['user:' || p.lead_user_id])
  WHEN 'project_lead' THEN ARRAY['user:' || p.lead_user_id]
  WHEN 'hq' THEN ARRAY['role:hq'] END`;

/**
 * The records whose deadlines the record-deadline workflow watches, read and locked inside the caller's transaction
 * (FOR UPDATE of the record) so a concurrent change cannot slip between the check and the escalation.
 */
@Injectable()
export class DeadlineRecordsRepository {
  async lockDefect(manager: EntityManager, defectId: string): Promise<DefectDeadlineFacts | null> {
    const [row] = await manager.query(
      `SELECT d.project_id AS "projectId", p.time_zone AS "timeZone", p.lead_user_id AS "leadUserId", d.status,
              to_char(d.deadline, 'YYYY-MM-DD') AS deadline, d.trade, d.public_area AS "publicArea",
              u.building, u.unit_no AS "unitNo", u.room
         FROM defects d JOIN projects p ON p.id = d.project_id LEFT JOIN units u ON u.id = d.unit_id
        WHERE d.id = $1 FOR UPDATE OF d`,
      [defectId],
    );
    if (!row) return null;
    const { building, unitNo, room, publicArea, ...facts } = row;
    return { ...facts, place: placeLabel({ unit: building === null ? null : { building, unitNo, room }, publicArea }) };
  }

  async lockComplaint(manager: EntityManager, complaintId: string): Promise<ComplaintDeadlineFacts | null> {
    const [row] = await manager.query(
      `SELECT c.project_id AS "projectId", p.time_zone AS "timeZone", p.lead_user_id AS "leadUserId", c.status,
              c.reply_deadline AS "replyDeadline", c.subject
         FROM complaints c JOIN projects p ON p.id = c.project_id WHERE c.id = $1 FOR UPDATE OF c`,
      [complaintId],
    );
    return row ?? null;
  }

  /**
   * Up to `limit` due escalations of the project, earliest first: each level of an overdue defect's ladder due at or
   * before `now` and not reached yet (a defect open, assigned or disputed: a fixed or closed one climbs no further),
   * then complaints past their reply time (not replied to) without an escalation for it. The records are locked,
   * skipping rows another transaction holds (they are taken in a later round).
   *
   * A level is reached when the escalation row under the deadline key names it (a row from before the ladder counts
   * as the first level), or when the event under its level key exists.
   */
  async lockDueRecords(
    manager: EntityManager,
    projectId: string,
    now: Date,
    limit: number,
    ladder: DefectEscalationLadder = DEFAULT_DEFECT_ESCALATION_LADDER,
  ): Promise<DueRecord[]> {
    const key = keySql('defect', 'd.id', DEFECT_DUE_SQL);
    const defects: DueRecord[] = (
      await manager.query(
        `WITH ${STEPS_SQL(5)}
         SELECT 'defect' AS kind, d.id AS "recordId", ${key} AS key, ${DEFECT_DUE_SQL} AS "dueAt", s.level,
                ${LEVEL_AT_SQL} AS "levelAt", b.id IS NOT NULL AS "firstRaised", ${LEVEL_RECIPIENTS_SQL} AS recipients,
                d.project_id AS "projectId", p.time_zone AS "timeZone", p.lead_user_id AS "leadUserId", d.status,
                to_char(d.deadline, 'YYYY-MM-DD') AS deadline, d.trade, d.public_area AS "publicArea", u.building,
                u.unit_no AS "unitNo", u.room
           FROM defects d JOIN projects p ON p.id = d.project_id LEFT JOIN units u ON u.id = d.unit_id
           JOIN steps s ON s.reachable = ${COMPANY_REACHABLE_SQL}
           LEFT JOIN escalations b ON b.project_id = d.project_id AND b.key = ${key}
          WHERE d.project_id = $1 AND d.status = ANY($2) AND d.deadline IS NOT NULL AND ${LEVEL_AT_SQL} <= $3
            AND NOT (b.id IS NOT NULL AND s.level = COALESCE((b.message_params ->> 'level')::int,
                       (SELECT f.level FROM steps f WHERE f.reachable = s.reachable AND f.first)))
            AND NOT EXISTS (SELECT 1 FROM notification_events ev
                             WHERE ev.project_id = d.project_id AND ev.key = ${key} || ':level-' || s.level)
          ORDER BY ${LEVEL_AT_SQL}, d.id, s.level LIMIT $4 FOR UPDATE OF d SKIP LOCKED`,
        [projectId, DEFECT_DEADLINE_RUNNING, now, limit, ...stepsParams(ladder)],
      )
    ).map(({ building, unitNo, room, publicArea, dueAt, levelAt, ...facts }: Record<string, never>) => ({
      ...facts,
      dueAt: new Date(dueAt).toISOString(),
      levelAt: new Date(levelAt).toISOString(),
      place: placeLabel({ unit: building === null ? null : { building, unitNo, room }, publicArea }),
    }));
    if (defects.length >= limit) return defects;
    const complaints: DueRecord[] = (
      await manager.query(
        `SELECT 'complaint' AS kind, c.id AS "recordId", ${keySql('complaint', 'c.id', 'c.reply_deadline')} AS key,
                c.reply_deadline AS "dueAt", c.project_id AS "projectId", p.time_zone AS "timeZone",
                p.lead_user_id AS "leadUserId", c.status, c.reply_deadline AS "replyDeadline", c.subject
           FROM complaints c JOIN projects p ON p.id = c.project_id
          WHERE c.project_id = $1 AND c.status <> 'replied' AND c.reply_deadline IS NOT NULL AND c.reply_deadline <= $2
            AND NOT EXISTS (SELECT 1 FROM escalations e
                             WHERE e.project_id = c.project_id AND e.key = ${keySql('complaint', 'c.id', 'c.reply_deadline')})
          ORDER BY c.reply_deadline, c.id LIMIT $3 FOR UPDATE OF c SKIP LOCKED`,
        [projectId, now, limit - defects.length],
      )
    ).map((row: DueRecord & { dueAt: Date }) => ({ ...row, dueAt: new Date(row.dueAt).toISOString() }));
    return [...defects, ...complaints];
  }

  /**
   * The earliest instant after `now` the project's watcher has something to do at, or null when there is none: a
   * running defect's next level (its first at its deadline), a complaint's reply time.
   */
  async nextDueAt(
    manager: EntityManager,
    projectId: string,
    now: Date,
    ladder: DefectEscalationLadder = DEFAULT_DEFECT_ESCALATION_LADDER,
  ): Promise<Date | null> {
    const [row] = await manager.query(
      `WITH ${STEPS_SQL(4)}
       SELECT LEAST(
                (SELECT min(${LEVEL_AT_SQL}) FROM defects d JOIN projects p ON p.id = d.project_id
                   JOIN steps s ON s.reachable = ${COMPANY_REACHABLE_SQL}
                  WHERE d.project_id = $1 AND d.status = ANY($2) AND d.deadline IS NOT NULL AND ${LEVEL_AT_SQL} > $3),
                (SELECT min(c.reply_deadline) FROM complaints c
                  WHERE c.project_id = $1 AND c.status <> 'replied' AND c.reply_deadline > $3)
              ) AS next`,
      [projectId, DEFECT_DEADLINE_RUNNING, now, ...stepsParams(ladder)],
    );
    return row.next === null ? null : new Date(row.next);
  }

  /** Stores the instant the project's deadline watcher sleeps until (null: it has nothing ahead). */
  async setWatchMark(manager: EntityManager, projectId: string, at: Date | null): Promise<void> {
    await manager.query(`UPDATE projects SET deadline_watch_next_at = $2 WHERE id = $1`, [projectId, at]);
  }

  /**
   * Lowers the project's watch mark to `due` when `due` is earlier (or no mark is set): true when it did, and the
   * watcher must be woken. A later deadline changes nothing and needs no signal.
   */
  async lowerWatchMark(manager: EntityManager, projectId: string, due: Date): Promise<boolean> {
    const result: unknown = await manager.query(
      `UPDATE projects SET deadline_watch_next_at = $2
        WHERE id = $1 AND (deadline_watch_next_at IS NULL OR deadline_watch_next_at > $2)`,
      [projectId, due],
    );
    return affectedRows(result) > 0;
  }
}
