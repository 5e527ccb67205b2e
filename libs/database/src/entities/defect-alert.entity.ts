import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { DEFECT_CATEGORIES, type DefectCategory } from './defect.entity';
import { sqlIn } from './sql-in';

/** 高频问题预警阈值: so many defects of one category and trade in one building within so many days. */
@Entity('project_frequent_problem_thresholds')
@Check(
  'project_frequent_problem_thresholds_in_range',
  'defect_count BETWEEN 2 AND 100 AND window_days BETWEEN 1 AND 31',
)
export class ProjectFrequentProblemThresholdEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'defect_count', type: 'int' })
  defectCount!: number;

  @Column({ name: 'window_days', type: 'int' })
  windowDays!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * 高频问题预警: one building's defects of one category and trade reached the project's threshold within the window
 * (window_start … window_end, the project's local dates). One per group and window day; open until promoted to a case.
 */
@Entity('defect_alerts')
@Unique('defect_alerts_once_per_window', ['projectId', 'building', 'category', 'trade', 'windowEnd'])
@Index('defect_alerts_project_raised_idx', ['projectId', 'raisedAt'])
@Check('defect_alerts_category_known', sqlIn('category', DEFECT_CATEGORIES))
@Check('defect_alerts_window_ordered', 'window_start <= window_end')
@Check('defect_alerts_count_reached', 'defect_count >= threshold_count AND threshold_count >= 2')
@Check(
  'defect_alerts_promoted_together',
  '(case_id IS NULL) = (promoted_at IS NULL) AND (case_id IS NULL) = (promoted_by IS NULL)',
)
export class DefectAlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'text' })
  building!: string;

  @Column({ type: 'text' })
  category!: DefectCategory;

  @Column({ type: 'text' })
  trade!: string;

  @Column({ name: 'window_start', type: 'date' })
  windowStart!: string;

  @Column({ name: 'window_end', type: 'date' })
  windowEnd!: string;

  /** the group's defects in the window when the alert was raised */
  @Column({ name: 'defect_count', type: 'int' })
  defectCount!: number;

  /** the threshold in force then */
  @Column({ name: 'threshold_count', type: 'int' })
  thresholdCount!: number;

  @Column({ name: 'window_days', type: 'int' })
  windowDays!: number;

  /** the defect whose recording raised it */
  @Column({ name: 'raised_by_defect_id', type: 'uuid', nullable: true })
  raisedByDefectId!: string | null;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt!: Date;

  /** the case (案例) it was promoted to; null while open */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ name: 'promoted_by', type: 'uuid', nullable: true })
  promotedBy!: string | null;

  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  promotedAt!: Date | null;
}
