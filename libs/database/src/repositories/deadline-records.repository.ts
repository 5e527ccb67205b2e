import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DEFECT_DEADLINE_RUNNING,
  placeLabel,
  type CalendarDate,
  type ComplaintStatus,
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

/** A record whose deadline has passed and that has no escalation for it yet, locked for the escalation. */
export type DueRecord =
  | ({ kind: 'defect'; recordId: string; key: string; dueAt: string } & DefectDeadlineFacts)
  | ({ kind: 'complaint'; recordId: string; key: string; dueAt: string } & ComplaintDeadlineFacts);

/** The instant a defect is overdue: the end of its deadline day in the project's zone (defectDeadlineInstant). */
const DEFECT_DUE_SQL = `((d.deadline + 1)::timestamp AT TIME ZONE p.time_zone)`;
/** The escalation key of a record's deadline, as the record-deadline workflow's activity writes it. */
const keySql = (kind: string, id: string, due: string) =>
  `'deadline-${kind}-' || ${id} || '-' || to_char(${due} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

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
   * Up to `limit` records of the project whose deadline is at or before `now`, still running (a defect open,
   * assigned or disputed; a complaint not replied to), without an escalation for that deadline: locked, skipping rows
   * another transaction holds (they are taken in a later round).
   */
  async lockDueRecords(manager: EntityManager, projectId: string, now: Date, limit: number): Promise<DueRecord[]> {
    const defects: DueRecord[] = (
      await manager.query(
        `SELECT 'defect' AS kind, d.id AS "recordId", ${keySql('defect', 'd.id', DEFECT_DUE_SQL)} AS key,
                ${DEFECT_DUE_SQL} AS "dueAt", d.project_id AS "projectId", p.time_zone AS "timeZone",
                p.lead_user_id AS "leadUserId", d.status, to_char(d.deadline, 'YYYY-MM-DD') AS deadline, d.trade,
                d.public_area AS "publicArea", u.building, u.unit_no AS "unitNo", u.room
           FROM defects d JOIN projects p ON p.id = d.project_id LEFT JOIN units u ON u.id = d.unit_id
          WHERE d.project_id = $1 AND d.status = ANY($2) AND d.deadline IS NOT NULL AND ${DEFECT_DUE_SQL} <= $3
            AND NOT EXISTS (SELECT 1 FROM escalations e
                             WHERE e.project_id = d.project_id AND e.key = ${keySql('defect', 'd.id', DEFECT_DUE_SQL)})
          ORDER BY ${DEFECT_DUE_SQL}, d.id LIMIT $4 FOR UPDATE OF d SKIP LOCKED`,
        [projectId, DEFECT_DEADLINE_RUNNING, now, limit],
      )
    ).map(({ building, unitNo, room, publicArea, dueAt, ...facts }: Record<string, never>) => ({
      ...facts,
      dueAt: new Date(dueAt).toISOString(),
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

  /** The earliest deadline after `now` among the project's running records, or null when there is none. */
  async nextDueAt(manager: EntityManager, projectId: string, now: Date): Promise<Date | null> {
    const [row] = await manager.query(
      `SELECT LEAST(
                (SELECT min(${DEFECT_DUE_SQL}) FROM defects d JOIN projects p ON p.id = d.project_id
                  WHERE d.project_id = $1 AND d.status = ANY($2) AND d.deadline IS NOT NULL AND ${DEFECT_DUE_SQL} > $3),
                (SELECT min(c.reply_deadline) FROM complaints c
                  WHERE c.project_id = $1 AND c.status <> 'replied' AND c.reply_deadline > $3)
              ) AS next`,
      [projectId, DEFECT_DEADLINE_RUNNING, now],
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
    const rows: unknown[] = await manager.query(
      `UPDATE projects SET deadline_watch_next_at = $2
        WHERE id = $1 AND (deadline_watch_next_at IS NULL OR deadline_watch_next_at > $2) RETURNING 1`,
      [projectId, due],
    );
    return rows.length > 0;
  }
}
