import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WARRANTY_CALL_BACK_HOURS, type WarrantyCallBackCloseReason } from '@handover/domain';

/**
 * A done repair visit the owner has not confirmed, whose ticket is still open: it becomes a call-back task once
 * `WARRANTY_CALL_BACK_HOURS` have passed since it was done. Stated once for the sweep and for the next instant due.
 */
const AWAITING_CONFIRMATION = `v.status = 'done' AND v.confirmation IS NULL AND w.status <> 'closed'`;

/**
 * 回访任务: the call-back tasks customer service works when an owner has not confirmed a repair visit within 24 hours.
 * The worker's sweep creates them (set-based, at most one per visit), the API closes them.
 */
@Injectable()
export class WarrantyCallBacksRepository {
  /**
   * Creates the call-back task of every visit of the project (every project when `projectId` is null) done at least
   * 24 hours before `now` and still without the owner's confirmation, in one statement. Idempotent: a visit that has
   * its task already gets none again (UNIQUE visit_id, ON CONFLICT DO NOTHING). Answers the tasks created.
   */
  async sweep(manager: EntityManager, now: Date, projectId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO warranty_call_back_tasks (project_id, ticket_id, visit_id, due_at)
       SELECT v.project_id, v.ticket_id, v.id, v.done_at + make_interval(hours => $2)
         FROM warranty_visits v JOIN warranty_tickets w ON w.id = v.ticket_id
        WHERE ($3::uuid IS NULL OR v.project_id = $3::uuid) AND ${AWAITING_CONFIRMATION}
          AND v.done_at <= $1::timestamptz - make_interval(hours => $2)
       ON CONFLICT (visit_id) DO NOTHING RETURNING id`,
      [now, WARRANTY_CALL_BACK_HOURS, projectId],
    );
    return rows.map((row) => row.id);
  }

  /** The earliest instant after `now` a visit of the project becomes a call-back task, or null when none will. */
  async nextDueAt(manager: EntityManager, projectId: string, now: Date): Promise<Date | null> {
    const [row]: { next: Date | null }[] = await manager.query(
      `SELECT min(v.done_at) + make_interval(hours => $3) AS next
         FROM warranty_visits v JOIN warranty_tickets w ON w.id = v.ticket_id
        WHERE v.project_id = $1 AND ${AWAITING_CONFIRMATION}
          AND v.done_at > $2::timestamptz - make_interval(hours => $3)
          AND NOT EXISTS (SELECT 1 FROM warranty_call_back_tasks t WHERE t.visit_id = v.id)`,
      [projectId, now, WARRANTY_CALL_BACK_HOURS],
    );
    return row?.next ? new Date(row.next) : null;
  }

  /**
   * Closes the open call-back tasks of one task, a visit or every visit of a ticket, for `reason` (the owner's
   * confirmation was recorded, or customer service closed it with a note). Answers the tasks closed.
   */
  async closeOpen(
    manager: EntityManager,
    of: { taskId: string } | { visitId: string } | { ticketId: string },
    closedBy: string,
    reason: WarrantyCallBackCloseReason,
    note: string | null = null,
  ): Promise<string[]> {
    const [column, id] =
      'taskId' in of ? ['id', of.taskId] : 'visitId' in of ? ['visit_id', of.visitId] : ['ticket_id', of.ticketId];
    // an UPDATE … RETURNING through EntityManager.query answers [rows, count]
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE warranty_call_back_tasks SET closed_at = now(), closed_by = $2, close_reason = $3, close_note = $4
        WHERE ${column} = $1 AND closed_at IS NULL RETURNING id`,
      [id, closedBy, reason, note],
    );
    return rows.map((row) => row.id);
  }
}
