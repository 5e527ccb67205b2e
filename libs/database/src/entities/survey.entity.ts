import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A dimension of the 满意度调查 of a project, e.g. 交付流程, 房屋质量, 服务态度, 维修响应. */
@Entity('survey_dimensions')
@Unique('survey_dimensions_name_once', ['projectId', 'name'])
export class SurveyDimensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** display order */
  @Column({ type: 'int' })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One owner's survey, per unit (户): at most one per unit, every dimension answered. */
@Entity('survey_responses')
@Unique('survey_responses_once_per_unit', ['projectId', 'unitId'])
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** null for a response the owner gave in the owner app (survey_responses_recorder) */
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Scores 1–10 of one dimension in one response: importance (重要性), expectation (期望), experience (体验). */
@Entity('survey_answers')
@Index('survey_answers_project_dimension_idx', ['projectId', 'dimensionId'])
@Check('survey_answers_importance_range', 'importance BETWEEN 1 AND 10')
@Check('survey_answers_expectation_range', 'expectation BETWEEN 1 AND 10')
@Check('survey_answers_experience_range', 'experience BETWEEN 1 AND 10')
export class SurveyAnswerEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid' })
  responseId!: string;

  @PrimaryColumn({ name: 'dimension_id', type: 'uuid' })
  dimensionId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'smallint' })
  importance!: number;

  @Column({ type: 'smallint' })
  expectation!: number;

  @Column({ type: 'smallint' })
  experience!: number;
}
