import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ExternalChannel, Language } from '@handover/domain';
import { NotificationDeliveryEntity, type DeliveryStatus } from '../entities/notification.entity';

/** What a channel needs to send one delivery. */
export interface DeliveryToSend {
  id: string;
  userId: string;
  topic: string;
  /** the notification's parameters (for a reminder: project, gate, due date), to word a digest */
  params: Record<string, string | number>;
  channel: ExternalChannel;
  address: string;
  status: DeliveryStatus;
  notBefore: Date;
  attempts: number;
  title: string;
  body: string;
  link: string;
  language: Language;
}

export interface DeliveryListFilter {
  channel?: ExternalChannel;
  status?: DeliveryStatus;
  limit: number;
  offset: number;
}

export interface DeliveryListRow {
  id: string;
  notificationId: string;
  userId: string;
  userName: string;
  projectId: string | null;
  topic: string;
  code: string;
  title: string;
  channel: ExternalChannel;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  notBefore: Date;
  sentAt: Date | null;
  createdAt: Date;
}

/**
 * One send per notification and channel. The sender locks the row while it sends, so two attempts never send the
 * same delivery at once, and a delivery once `sent` or `failed` is never sent again.
 */
@Injectable()
export class NotificationDeliveriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The delivery with its notification's text, locked for the sender's transaction; null when it is gone. */
  async lockForSending(manager: EntityManager, id: string): Promise<DeliveryToSend | null> {
    const [row] = await manager.query(
      `SELECT d.id, d.channel, d.address, d.status, d.not_before, d.attempts, n.title, n.body, n.link,
              n.user_id, n.topic, n.params, coalesce(c.language, 'zh-CN') AS language
         FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
         LEFT JOIN user_contacts c ON c.user_id = n.user_id
        WHERE d.id = $1 FOR UPDATE OF d`,
      [id],
    );
    if (!row) return null;
    return {
      id: row.id,
      userId: row.user_id,
      topic: row.topic,
      params: row.params,
      channel: row.channel,
      address: row.address,
      status: row.status,
      notBefore: row.not_before,
      attempts: row.attempts,
      title: row.title,
      body: row.body,
      link: row.link,
      language: row.language,
    };
  }

  /**
   * The person's other reminders due now on the same channel, locked for the caller's transaction (those another
   * sender holds are skipped): sent with `delivery` as one digest.
   */
  async lockReminderSiblings(
    manager: EntityManager,
    delivery: DeliveryToSend,
  ): Promise<{ id: string; params: Record<string, string | number> }[]> {
    return manager.query(
      `SELECT d.id, n.params FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE n.user_id = $1 AND n.topic = 'reminder' AND d.channel = $2 AND d.status = 'pending'
          AND d.not_before <= now() AND d.id <> $3
        ORDER BY d.id FOR UPDATE OF d SKIP LOCKED`,
      [delivery.userId, delivery.channel, delivery.id],
    );
  }

  async markSent(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE notification_deliveries SET status = 'sent', attempts = attempts + 1, last_error = NULL, sent_at = now(),
              updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** A failure that retrying cannot mend: the delivery ends as failed, kept for the admin. */
  async recordPermanentFailure(id: string, error: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE notification_deliveries SET attempts = attempts + 1, last_error = $2, status = 'failed', updated_at = now()
        WHERE id = $1 AND status = 'pending'`,
      [id, error.slice(0, 1000)],
    );
  }

  /** A failure worth a retry: the delivery stays pending and waits `retryInMs` before its next attempt. */
  async postpone(id: string, retryInMs: number, error: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE notification_deliveries SET attempts = attempts + 1, last_error = $2,
              not_before = now() + ($3::text || ' milliseconds')::interval, updated_at = now()
        WHERE id = $1 AND status = 'pending'`,
      [id, error.slice(0, 1000), String(retryInMs)],
    );
  }

  /**
   * Pending deliveries whose time has come, oldest first, one per person and channel for reminders, and how long
   * until the next later one is due (null when none is waiting).
   */
  async due(limit: number): Promise<{ ids: string[]; nextDueInMs: number | null }> {
    // A person's reminders on one channel are one send (a digest): only the first of them is listed.
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM (
         SELECT d.id, d.not_before,
                row_number() OVER (
                  PARTITION BY CASE WHEN n.topic = 'reminder' THEN n.user_id::text || ':' || d.channel ELSE d.id::text END
                  ORDER BY d.id) AS nth
           FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
          WHERE d.status = 'pending' AND d.not_before <= now()) due
        WHERE nth = 1 ORDER BY not_before, id LIMIT $1`,
      [limit],
    );
    const [next] = await this.dataSource.query(
      `SELECT CEIL(EXTRACT(EPOCH FROM (min(not_before) - now())) * 1000)::bigint AS ms
         FROM notification_deliveries WHERE status = 'pending' AND not_before > now()`,
    );
    return { ids: rows.map((row) => row.id), nextDueInMs: next?.ms == null ? null : Number(next.ms) };
  }

  async statusOf(id: string): Promise<DeliveryStatus | null> {
    const row = await this.dataSource.manager.findOneBy(NotificationDeliveryEntity, { id });
    return row?.status ?? null;
  }

  /** For the admin: deliveries newest first, by channel and status. */
  async list(filter: DeliveryListFilter): Promise<{ items: DeliveryListRow[]; total: number }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (filter.channel) conditions.push(`d.channel = $${params.push(filter.channel)}`);
    if (filter.status) conditions.push(`d.status = $${params.push(filter.status)}`);
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM notification_deliveries d ${where}`,
      params,
    );
    const rows = await this.dataSource.query(
      `SELECT d.id, d.notification_id, n.user_id, u.name AS user_name, n.project_id, n.topic, n.code, n.title,
              d.channel, d.status, d.attempts, d.last_error, d.not_before, d.sent_at, d.created_at
         FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id JOIN users u ON u.id = n.user_id
         ${where}
        ORDER BY d.created_at DESC, d.id DESC
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    return {
      total,
      items: rows.map((row: Record<string, never>) => ({
        id: row.id,
        notificationId: row.notification_id,
        userId: row.user_id,
        userName: row.user_name,
        projectId: row.project_id,
        topic: row.topic,
        code: row.code,
        title: row.title,
        channel: row.channel,
        status: row.status,
        attempts: row.attempts,
        lastError: row.last_error,
        notBefore: row.not_before,
        sentAt: row.sent_at,
        createdAt: row.created_at,
      })),
    };
  }
}
