import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationEventKind } from './notification-events.repository';

/** An outbox event as the fan-out reads it: the project, and the escalation it carries when it is one. */
export interface EventToDispatch {
  id: string;
  projectId: string;
  projectName: string;
  timeZone: string;
  kind: NotificationEventKind;
  key: string;
  recipients: string[];
  payload: Record<string, unknown>;
  createdAt: Date;
  /** escalations: the kind, the sentence as stored and its code and parameters (null for rows before the codes) */
  escalation: {
    kind: string;
    message: string;
    messageCode: string | null;
    messageParams: Record<string, string | number> | null;
  } | null;
}

/**
 * The fan-out's reads and writes on the outbox (notification_events): which events still need their
 * notifications, who `role:…` markers name, and the mark that an event is done. Two dispatchers never take the same
 * event: each locks it (SKIP LOCKED) for its transaction.
 */
@Injectable()
export class NotificationDispatchRepository {
  /** Locks the oldest undispatched event nobody else holds, for the caller's transaction; null when none is left. */
  async lockNextUndispatched(manager: EntityManager): Promise<EventToDispatch | null> {
    const [row] = await manager.query(
      `SELECT ev.id, ev.project_id, p.name AS project_name, p.time_zone, ev.kind, ev.key, ev.recipients, ev.payload,
              ev.created_at, e.kind AS escalation_kind, e.message, e.message_code, e.message_params
         FROM notification_events ev JOIN projects p ON p.id = ev.project_id
         LEFT JOIN escalations e ON ev.kind = 'escalation' AND e.project_id = ev.project_id AND e.key = ev.key
        WHERE ev.dispatched_at IS NULL
        ORDER BY ev.created_at, ev.id
        LIMIT 1
        FOR UPDATE OF ev SKIP LOCKED`,
    );
    if (!row) return null;
    return {
      id: row.id,
      projectId: row.project_id,
      projectName: row.project_name,
      timeZone: row.time_zone,
      kind: row.kind,
      key: row.key,
      recipients: row.recipients,
      payload: row.payload,
      createdAt: row.created_at,
      escalation:
        row.escalation_kind === null
          ? null
          : {
              kind: row.escalation_kind,
              message: row.message,
              messageCode: row.message_code,
              messageParams: row.message_params,
            },
    };
  }

  async markDispatched(manager: EntityManager, eventId: string): Promise<void> {
    await manager.query(`UPDATE notification_events SET dispatched_at = now() WHERE id = $1`, [eventId]);
  }

  /** The user ids `user:<id>` and `role:<role>` markers stand for (every user of the role), each once. */
  async resolveRecipients(manager: EntityManager, recipients: readonly string[]): Promise<string[]> {
    return (await this.resolveRecipientsWithRoles(manager, recipients)).map((row) => row.id);
  }

  /** The same people with their roles: a contractor's link goes to the contractor's own pages. */
  async resolveRecipientsWithRoles(
    manager: EntityManager,
    recipients: readonly string[],
  ): Promise<{ id: string; role: string }[]> {
    const userIds = recipients.filter((r) => r.startsWith('user:')).map((r) => r.slice('user:'.length));
    const roles = recipients.filter((r) => r.startsWith('role:')).map((r) => r.slice('role:'.length));
    return manager.query(
      `SELECT id, role FROM users WHERE id::text = ANY($1::text[]) OR role = ANY($2::text[]) ORDER BY id`,
      [userIds, roles],
    );
  }
}
