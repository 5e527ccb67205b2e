import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { sqlIn } from './sql-in';

export const CASE_KINDS = ['design_defect', 'common_quality_problem', 'typical_complaint'] as const;
/** 典型设计缺陷, 常见质量问题, 典型投诉 */
export type CaseKind = (typeof CASE_KINDS)[number];
/** The records POST /cases promotes: a defect (问题项) or a complaint (投诉). */
export const CASE_SOURCE_KINDS = ['defect', 'complaint'] as const;
/** What a case may come from: those, or a frequent-problem alert (高频问题预警), promoted from the alert itself. */
export const CASE_ORIGIN_KINDS = [...CASE_SOURCE_KINDS, 'frequent_problem'] as const;
export type CaseSourceKind = (typeof CASE_ORIGIN_KINDS)[number];

/** 案例库: a defect or complaint promoted to a company-wide case, tagged and searchable across projects. */
@Entity('cases')
@Unique('cases_source_once', ['sourceKind', 'sourceRecordId'])
@Index('cases_kind_created_idx', ['kind', 'createdAt'])
@Check('cases_kind_known', `kind IN ('design_defect', 'common_quality_problem', 'typical_complaint')`)
@Check('cases_source_kind_known', sqlIn('source_kind', CASE_ORIGIN_KINDS))
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
