import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const CASE_KINDS = ['design_defect', 'common_quality_problem', 'typical_complaint'] as const;
/** 典型设计缺陷, 常见质量问题, 典型投诉 */
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_SOURCE_KINDS = ['defect', 'complaint'] as const;
export type CaseSourceKind = (typeof CASE_SOURCE_KINDS)[number];

/** 案例库: a defect or complaint promoted to a company-wide case, tagged and searchable across projects. */
@Entity('cases')
@Unique('cases_source_once', ['sourceKind', 'sourceRecordId'])
@Index('cases_kind_created_idx', ['kind', 'createdAt'])
@Check('cases_kind_known', `kind IN ('design_defect', 'common_quality_problem', 'typical_complaint')`)
@Check('cases_source_kind_known', `source_kind IN ('defect', 'complaint')`)
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: CaseKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  tags!: string[];

  @Column({ name: 'source_project_id', type: 'uuid' })
  sourceProjectId!: string;

  @Column({ name: 'source_kind', type: 'text' })
  sourceKind!: CaseSourceKind;

  @Column({ name: 'source_record_id', type: 'uuid' })
  sourceRecordId!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
