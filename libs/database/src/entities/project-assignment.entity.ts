import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A department head assigned to a project sees it and its gates. */
@Entity('project_assignments')
export class ProjectAssignmentEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
