import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { NotificationTopic } from '@handover/domain';

/** Outbox of reminders and escalations, one row per notification key, for delivery channels to pick up. */
@Entity('notification_events')
@Unique('notification_events_once', ['projectId', 'key'])
export class NotificationEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'text' })
  kind!: NotificationTopic;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text', array: true })
  recipients!: string[];

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** when its notifications were made (the fan-out); null while they are still to be made */
  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;
}
