import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Department } from '@handover/domain';

export const RISK_AREAS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export type RiskArea = (typeof RISK_AREAS)[number];
export type RiskDecision = 'rectify' | 'cannot_rectify';

/** 交付风险自查 checklist area (A–H) of one project, created when the project initialises its risk register. */
@Entity('risk_checklist_areas')
@Check('risk_checklist_areas_area_known', `area IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H')`)
export class RiskChecklistAreaEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ type: 'char', length: 1 })
  area!: RiskArea;

  @Column({ type: 'text' })
  title!: string;

  /** what the area checks, from the handover guideline */
  @Column({ type: 'text' })
  checklist!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** 风险点: one risk found in the self-check, decided by its department: rectify (整改) or cannot rectify (统一说辞 + 补偿方案). */
@Entity('risk_items')
@Index('risk_items_project_area_idx', ['projectId', 'area'])
@Check(
  'risk_items_rectify_complete',
  `decision IS DISTINCT FROM 'rectify' OR (plan IS NOT NULL AND owner IS NOT NULL AND deadline IS NOT NULL)`,
)
@Check(
  'risk_items_cannot_rectify_complete',
  `decision IS DISTINCT FROM 'cannot_rectify' OR (unified_explanation IS NOT NULL AND compensation_plan IS NOT NULL)`,
)
export class RiskItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'char', length: 1 })
  area!: RiskArea;

  @Column({ type: 'text' })
  description!: string;

  /** the department that owns and decides the item */
  @Column({ type: 'text' })
  department!: Department;

  @Column({ type: 'text', nullable: true })
  decision!: RiskDecision | null;

  /** 整改方案 */
  @Column({ type: 'text', nullable: true })
  plan!: string | null;

  /** the person responsible for the rectification (staff, not a home owner) */
  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  /** 统一说辞 */
  @Column({ name: 'unified_explanation', type: 'text', nullable: true })
  unifiedExplanation!: string | null;

  /** 赔偿/补偿方案 */
  @Column({ name: 'compensation_plan', type: 'text', nullable: true })
  compensationPlan!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
