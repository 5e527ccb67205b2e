import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type BriefingDeliveryStatus = 'pending' | 'delivered';

/** One push of one date's briefing to one webhook; 'delivered' makes a retried delivery skip it. */
@Entity('briefing_deliveries')
@Unique('briefing_deliveries_once', ['projectId', 'briefingDate', 'webhookId'])
@Check('briefing_deliveries_status_known', `status IN ('pending', 'delivered')`)
@Check('briefing_deliveries_delivered_at_set', `(status = 'delivered') = (delivered_at IS NOT NULL)`)
export class BriefingDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'briefing_date', type: 'date' })
  briefingDate!: string;

  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: BriefingDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
