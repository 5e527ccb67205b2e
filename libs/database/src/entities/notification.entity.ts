import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { ExternalChannel, NotificationTopic } from '@handover/domain';

/** One notification for one person (the in-app centre's row), its text rendered in the person's language. */
@Entity('notifications')
@Unique('notifications_once_per_person', ['userId', 'sourceKey'])
@Check(
  'notifications_topic_known',
  `topic IN ('reminder', 'escalation', 'approval_waiting', 'decision_made', 'daily_briefing')`,
)
export class NotificationEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId!: string | null;

  @Column({ type: 'text' })
  topic!: NotificationTopic;

  /** what it came from, e.g. `event:42`: a second fan-out of the same source adds nothing */
  @Column({ name: 'source_key', type: 'text' })
  sourceKey!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params!: Record<string, string | number>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** the console path it points to, e.g. `/projects/<id>` */
  @Column({ type: 'text' })
  link!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One send of a notification on one external channel; `failed` is permanent (not retried), kept for the admin. */
@Entity('notification_deliveries')
@Unique('notification_deliveries_once_per_channel', ['notificationId', 'channel'])
@Check('notification_deliveries_channel_known', `channel IN ('wecom', 'dingtalk', 'email')`)
@Check('notification_deliveries_status_known', `status IN ('pending', 'sent', 'failed')`)
@Check('notification_deliveries_attempts_not_negative', `attempts >= 0`)
@Index('notification_deliveries_pending', ['notBefore'], { where: `status = 'pending'` })
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'notification_id', type: 'bigint' })
  notificationId!: string;

  @Column({ type: 'text' })
  channel!: ExternalChannel;

  /** the userid or e-mail address it goes to */
  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: DeliveryStatus;

  /** not sent before this instant: the end of the person's quiet hours */
  @Column({ name: 'not_before', type: 'timestamptz' })
  notBefore!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
