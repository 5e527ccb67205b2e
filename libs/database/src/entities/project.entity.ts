import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

export type ProjectStatus = 'launching' | 'active' | 'completed';

/** 交付项目: one batch of units handed over together; the read model of its workflow. */
@Entity('projects')
@Unique('projects_natural_key', ['cityCompany', 'name', 'batch'])
@Check('projects_centralized_days', `centralized_days BETWEEN 1 AND 30`)
@Check('projects_status_known', `status IN ('launching', 'active', 'completed')`)
export class ProjectEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** 城市公司 / 项目公司 */
  @Index()
  @Column({ name: 'city_company', type: 'text' })
  cityCompany!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  batch!: string;

  /** D: the first centralized handover day (集中交付首日), a calendar date in the project's time zone */
  @Index()
  @Column({ name: 'first_handover_date', type: 'date' })
  firstHandoverDate!: string;

  /** n: length of the centralized handover period in days */
  @Column({ name: 'centralized_days', type: 'int' })
  centralizedDays!: number;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Index()
  @Column({ name: 'lead_user_id', type: 'uuid' })
  leadUserId!: string;

  /** 城市公司负责人: the escalation ladder's second step; null until the lead or HQ names one */
  @Column({ name: 'city_responsible_user_id', type: 'uuid', nullable: true })
  cityResponsibleUserId!: string | null;

  @Column({ name: 'workflow_id', type: 'text', unique: true })
  workflowId!: string;

  @Column({ type: 'text' })
  status!: ProjectStatus;

  @Index()
  @Column({ name: 'current_phase', type: 'text', nullable: true })
  currentPhase!: string | null;

  @Index()
  @Column({ name: 'at_risk', type: 'boolean', default: false })
  atRisk!: boolean;

  /** the launch request as accepted, kept to recognise a repeated identical launch */
  @Column({ name: 'launch_request', type: 'jsonb' })
  launchRequest!: Record<string, unknown>;

  /** the workflow's latest mirrored snapshot (plan, milestones, approvals); see snapshotRevision */
  @Column({ type: 'jsonb', nullable: true })
  snapshot!: Record<string, unknown> | null;

  /** monotonically increasing; a mirror write with an older revision is ignored, so retries are harmless */
  @Column({ name: 'snapshot_revision', type: 'int', default: 0 })
  snapshotRevision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
