import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '@handover/domain';
import { sqlIn } from './sql-in';

export const COMPLAINT_SEVERITIES = ['normal', 'major', 'group'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];
/** the lifecycle's statuses (libs/domain), which the migration's complaints_status_known CHECK lists */
export { COMPLAINT_STATUSES, type ComplaintStatus };

/** 交付异议/投诉: accept → investigate facts → determine responsibility → reply by the committed time. */
@Entity('complaints')
@Index('complaints_project_status_idx', ['projectId', 'status'])
@Check('complaints_status_known', sqlIn('status', COMPLAINT_STATUSES))
@Check('complaints_accepted_with_deadline', `status = 'received' OR reply_deadline IS NOT NULL`)
@Check(
  'complaints_replied_with_content',
  `status <> 'replied' OR (reply_content IS NOT NULL AND replied_at IS NOT NULL)`,
)
export class ComplaintEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  /** what the complaint is about, in a line */
  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** major (重大) and group (群诉) complaints escalate to HQ at once */
  @Column({ type: 'text' })
  severity!: ComplaintSeverity;

  @Column({ type: 'text', default: 'received' })
  status!: ComplaintStatus;

  /** the committed reply time (承诺答复时间) */
  @Column({ name: 'reply_deadline', type: 'timestamptz', nullable: true })
  replyDeadline!: Date | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  facts!: string | null;

  @Column({ name: 'responsible_party', type: 'text', nullable: true })
  responsibleParty!: string | null;

  @Column({ type: 'text', nullable: true })
  responsibility!: string | null;

  @Column({ name: 'reply_content', type: 'text', nullable: true })
  replyContent!: string | null;

  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true })
  repliedAt!: Date | null;

  /** 跟进人 */
  @Column({ name: 'follow_up_owner', type: 'text', nullable: true })
  followUpOwner!: string | null;

  @Column({ name: 'follow_up_note', type: 'text', nullable: true })
  followUpNote!: string | null;

  /** the staff user who recorded it; null when the owner raised it in the owner app (raisedByOwner) */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'raised_by_owner', type: 'boolean', default: false })
  raisedByOwner!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
