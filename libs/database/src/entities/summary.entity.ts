import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const SUMMARY_STATUSES = ['draft', 'submitted', 'accepted'] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];

/** The editable narrative sections of the summary: lessons learned, focus points, recommendations. */
export interface SummaryNarrative {
  lessonsLearned: string;
  focusPoints: string;
  recommendations: string;
}

/**
 * 交付总结: one per project. `sections` are computed from the records and recompiled at will; `narrative` is written
 * by the project lead and never overwritten by a compilation. HQ accepts it through the phase-9 gate.
 */
@Entity('handover_summaries')
@Check('handover_summaries_status_known', `status IN ('draft', 'submitted', 'accepted')`)
@Check('handover_summaries_submitted_when', `status = 'draft' OR submitted_at IS NOT NULL`)
export class HandoverSummaryEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'compiled_at', type: 'timestamptz' })
  compiledAt!: Date;

  @Column({ name: 'compile_count', type: 'int', default: 1 })
  compileCount!: number;

  /** batchOverview, preparation, actualHandoverFigures, ownerFeedback, repairDataAndWarranty */
  @Column({ type: 'jsonb' })
  sections!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  narrative!: SummaryNarrative;

  @Column({ type: 'text', default: 'draft' })
  status!: SummaryStatus;

  @Column({ name: 'narrative_updated_by', type: 'uuid', nullable: true })
  narrativeUpdatedBy!: string | null;

  @Column({ name: 'narrative_updated_at', type: 'timestamptz', nullable: true })
  narrativeUpdatedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
