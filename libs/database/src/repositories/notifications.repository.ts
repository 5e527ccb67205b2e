import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { ExternalChannel, NotificationTopic } from '@handover/domain';
import { NotificationDeliveryEntity, NotificationEntity } from '../entities/notification.entity';
import { affectedRows } from './affected-rows';

/** A notification to create for one person, with the external sends it needs. */
export interface NewNotification {
  userId: string;
  projectId: string | null;
  topic: NotificationTopic;
  /** unique per person: the same source never notifies a person twice */
  sourceKey: string;
  code: string;
  params: Record<string, string | number>;
  title: string;
  body: string;
  link: string;
  deliveries: { channel: ExternalChannel; address: string; notBefore: Date }[];
}

export interface InboxPage {
  items: NotificationEntity[];
  total: number;
  unread: number;
}

/**
 * 通知中心: one row per person and source, written by the worker's fan-out (idempotent: a retried fan-out finds the
 * rows it made) and read and marked read by the person in the console.
 */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Creates the notification and its deliveries unless the person already has one from this source; returns the
   * ids of its deliveries either way, so a retried fan-out goes on to send exactly these.
   */
  async create(notification: NewNotification, manager?: EntityManager): Promise<string[]> {
    if (!manager) return this.dataSource.transaction((transaction) => this.create(notification, transaction));
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO notifications (user_id, project_id, topic, source_key, code, params, title, body, link)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (user_id, source_key) DO NOTHING RETURNING id`,
      [
        notification.userId,
        notification.projectId,
        notification.topic,
        notification.sourceKey,
        notification.code,
        notification.params,
        notification.title,
        notification.body,
        notification.link,
      ],
    );
    const id =
      inserted[0]?.id ??
      (
        await manager.findOneByOrFail(NotificationEntity, {
          userId: notification.userId,
          sourceKey: notification.sourceKey,
        })
      ).id;
    if (inserted.length > 0) {
      for (const delivery of notification.deliveries) {
        await manager.query(
          `INSERT INTO notification_deliveries (notification_id, channel, address, not_before) VALUES ($1, $2, $3, $4)
           ON CONFLICT (notification_id, channel) DO NOTHING`,
          [id, delivery.channel, delivery.address, delivery.notBefore],
        );
      }
    }
    const deliveries = await manager.find(NotificationDeliveryEntity, {
      where: { notificationId: id },
      order: { id: 'ASC' },
    });
    return deliveries.map((delivery) => delivery.id);
  }

  /** The person's notifications, newest first, with their unread count. */
  async inbox(userId: string, filter: { unreadOnly: boolean; limit: number; offset: number }): Promise<InboxPage> {
    const where = filter.unreadOnly ? { userId, readAt: IsNull() } : { userId };
    const [items, total] = await this.dataSource.manager.findAndCount(NotificationEntity, {
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      take: filter.limit,
      skip: filter.offset,
    });
    const unread = await this.unreadCount(userId);
    return { items, total, unread };
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource.manager.countBy(NotificationEntity, { userId, readAt: IsNull() });
  }

  /** Marks one of the person's notifications read; null when the person has no such notification. */
  async markRead(userId: string, id: string, manager?: EntityManager): Promise<NotificationEntity | null> {
    const db = manager ?? this.dataSource.manager;
    await db.query(`UPDATE notifications SET read_at = now() WHERE id = $1 AND user_id = $2 AND read_at IS NULL`, [
      id,
      userId,
    ]);
    return db.findOneBy(NotificationEntity, { id, userId });
  }

  /** Marks all of the person's notifications read; the number that were unread. */
  async markAllRead(userId: string, manager?: EntityManager): Promise<number> {
    const result: unknown = await (manager ?? this.dataSource.manager).query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return affectedRows(result);
  }
}
