import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const ESCALATION_KINDS = ['milestone_overdue', 'handover_date_at_risk', 'defect_overdue', 'complaint_overdue', 'major_complaint'] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

/** An escalation to HQ: an overdue gate, a handover date at risk, an overdue defect or complaint reply, a major complaint. */
@Entity('escalations')
@Unique('escalations_once', ['projectId', 'key'])
export class EscalationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  kind!: EscalationKind;

  /** the gate, for milestone escalations; null for record escalations */
  @Column({ name: 'milestone_key', type: 'text', nullable: true })
  milestoneKey!: string | null;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text' })
  message!: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;
}
