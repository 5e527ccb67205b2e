import { Check, Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** 集中交付快报: one project's figures for one local date; regenerating the date overwrites the row. */
@Entity('daily_briefings')
@Unique('daily_briefings_once', ['projectId', 'briefingDate'])
@Check('daily_briefings_generations_positive', `generations > 0`)
export class DailyBriefingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  /** the local date in the project's time zone */
  @Column({ name: 'briefing_date', type: 'date' })
  briefingDate!: string;

  /** BriefingFigures of libs/domain: counts, fen and basis points, all integers */
  @Column({ type: 'jsonb' })
  figures!: Record<string, number>;

  /** BriefingChange against the previous day's briefing; null when there was none */
  @Column({ type: 'jsonb', nullable: true })
  change!: Record<string, number> | null;

  @Column({ name: 'generated_at', type: 'timestamptz', default: () => 'now()' })
  generatedAt!: Date;

  /** how many times the date was generated (the evening run plus regenerations) */
  @Column({ type: 'int', default: 1 })
  generations!: number;
}

/** When a project's evening briefing goes out (local time, default 20:00). */
@Entity('project_briefing_settings')
@Check('project_briefing_settings_time_format', `briefing_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
export class ProjectBriefingSettingsEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'briefing_time', type: 'text', default: '20:00' })
  briefingTime!: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
