import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One approval gate of a project, mirrored from its workflow; feeds the approval inbox. */
@Entity('project_milestones')
export class ProjectMilestoneEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  phase!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', array: true })
  parties!: string[];

  @Column({ name: 'approved_parties', type: 'text', array: true, default: '{}' })
  approvedParties!: string[];
}
