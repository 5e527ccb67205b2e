import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { NotificationTopic } from '@handover/domain';

/** What an outbox event is: its kind is the topic people choose channels for. */
export type NotificationEventKind = NotificationTopic;

/** The recipient marker of the project's briefing group robots (快报机器人): the fan-out pushes the event to them. */
export const BRIEFING_ROBOTS_RECIPIENT = 'robot:briefing';

/** A notification for the delivery channels to pick up (the outbox). */
export interface NotificationEvent {
  projectId: string;
  kind: NotificationEventKind;
  /** unique within the project: emitting the same key again changes nothing */
  key: string;
  /** `role:hq`, `user:<id>`, `robot:briefing` (BRIEFING_ROBOTS_RECIPIENT) */
  recipients: string[];
  payload: object;
}

/** The notification outbox (notification_events) and who a reminder goes to. */
@Injectable()
export class NotificationEventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the event once per key; true when this call stored it. */
  async emit(event: NotificationEvent, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO notification_events (project_id, kind, key, recipients, payload) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (project_id, key) DO NOTHING RETURNING id`,
      [event.projectId, event.kind, event.key, event.recipients, event.payload],
    );
    return inserted.length > 0;
  }

  /**
   * Who a gate's reminder goes to: the project lead, and the assigned users of the departments that still have to
   * sign the gate, as `user:<id>`.
   */
  async reminderRecipients(
    projectId: string,
    milestoneKey: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows: { recipient: string }[] = await manager.query(
      `SELECT 'user:' || p.lead_user_id AS recipient FROM projects p WHERE p.id = $1
       UNION
       SELECT 'user:' || u.id FROM project_assignments a JOIN users u ON u.id = a.user_id
         JOIN project_milestones m ON m.project_id = a.project_id AND m.key = $2
        WHERE a.project_id = $1 AND u.department = ANY(m.parties) AND NOT (u.department = ANY(m.approved_parties))`,
      [projectId, milestoneKey],
    );
    return rows.map((row) => row.recipient);
  }

  /**
   * Who the ladder's city step reaches: the city company's responsible person (项目所属城市公司负责人) when the
   * project names one, and the project lead, as `user:<id>`.
   */
  async cityEscalationRecipients(
    projectId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const [row] = await manager.query(
      `SELECT lead_user_id AS lead, city_responsible_user_id AS city FROM projects WHERE id = $1`,
      [projectId],
    );
    if (!row) return [];
    return [row.city, row.lead].filter((id): id is string => id !== null).map((id) => `user:${id}`);
  }

  /**
   * Who still has to sign a gate (its approval waits for them): the assigned heads of the departments that have not
   * signed, the project lead and HQ when they are parties that have not signed, as `user:<id>` or `role:hq`.
   */
  async signerRecipients(
    projectId: string,
    milestoneKey: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows: { recipient: string }[] = await manager.query(
      `SELECT 'user:' || u.id AS recipient FROM project_assignments a JOIN users u ON u.id = a.user_id
         JOIN project_milestones m ON m.project_id = a.project_id AND m.key = $2
        WHERE a.project_id = $1 AND u.department = ANY(m.parties) AND NOT (u.department = ANY(m.approved_parties))
       UNION
       SELECT 'user:' || p.lead_user_id FROM projects p JOIN project_milestones m ON m.project_id = p.id AND m.key = $2
        WHERE p.id = $1 AND 'project_lead' = ANY(m.parties) AND NOT ('project_lead' = ANY(m.approved_parties))
       UNION
       SELECT 'role:hq' FROM project_milestones m
        WHERE m.project_id = $1 AND m.key = $2 AND 'hq' = ANY(m.parties) AND NOT ('hq' = ANY(m.approved_parties))`,
      [projectId, milestoneKey],
    );
    return rows.map((row) => row.recipient).sort();
  }
}
