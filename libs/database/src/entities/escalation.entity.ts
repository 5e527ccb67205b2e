import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** An escalation to HQ raised by a project's workflow (overdue gate, handover date at risk). */
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
  kind!: 'milestone_overdue' | 'handover_date_at_risk';

  @Column({ name: 'milestone_key', type: 'text' })
  milestoneKey!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text' })
  message!: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;
}
