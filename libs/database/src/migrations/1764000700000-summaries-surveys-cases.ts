import { MigrationInterface, QueryRunner } from 'typeorm';

/** 交付总结 (computed sections + editable narrative), 满意度调查 (dimensions, one response per unit), 案例库. */
export class SummariesSurveysCases1764000700000 implements MigrationInterface {
  name = 'SummariesSurveysCases1764000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE handover_summaries (
        project_id uuid PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        compiled_at timestamptz NOT NULL,
        compile_count int NOT NULL DEFAULT 1 CONSTRAINT handover_summaries_compile_count_positive CHECK (compile_count > 0),
        sections jsonb NOT NULL,
        narrative jsonb NOT NULL DEFAULT '{"lessonsLearned": "", "focusPoints": "", "recommendations": ""}'::jsonb,
        status text NOT NULL DEFAULT 'draft' CONSTRAINT handover_summaries_status_known CHECK (status IN ('draft', 'submitted', 'accepted')),
        narrative_updated_by uuid REFERENCES users(id),
        narrative_updated_at timestamptz,
        submitted_by uuid REFERENCES users(id),
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT handover_summaries_sections_object CHECK (jsonb_typeof(sections) = 'object'),
        CONSTRAINT handover_summaries_narrative_object CHECK (jsonb_typeof(narrative) = 'object'),
        CONSTRAINT handover_summaries_submitted_when CHECK (status = 'draft' OR submitted_at IS NOT NULL)
      )`);

    await queryRunner.query(`
      CREATE TABLE survey_dimensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        name text NOT NULL CONSTRAINT survey_dimensions_name_present CHECK (length(btrim(name)) > 0),
        position int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT survey_dimensions_name_once UNIQUE (project_id, name),
        CONSTRAINT survey_dimensions_id_project UNIQUE (id, project_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE survey_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        comment text,
        recorded_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT survey_responses_once_per_unit UNIQUE (project_id, unit_id),
        CONSTRAINT survey_responses_id_project UNIQUE (id, project_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE survey_answers (
        response_id uuid NOT NULL,
        dimension_id uuid NOT NULL,
        project_id uuid NOT NULL,
        importance smallint NOT NULL CONSTRAINT survey_answers_importance_range CHECK (importance BETWEEN 1 AND 10),
        expectation smallint NOT NULL CONSTRAINT survey_answers_expectation_range CHECK (expectation BETWEEN 1 AND 10),
        experience smallint NOT NULL CONSTRAINT survey_answers_experience_range CHECK (experience BETWEEN 1 AND 10),
        PRIMARY KEY (response_id, dimension_id),
        CONSTRAINT survey_answers_response FOREIGN KEY (response_id, project_id) REFERENCES survey_responses (id, project_id) ON DELETE CASCADE,
        CONSTRAINT survey_answers_dimension FOREIGN KEY (dimension_id, project_id) REFERENCES survey_dimensions (id, project_id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX survey_answers_project_dimension_idx ON survey_answers (project_id, dimension_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CONSTRAINT cases_kind_known CHECK (kind IN ('design_defect', 'common_quality_problem', 'typical_complaint')),
        title text NOT NULL CONSTRAINT cases_title_present CHECK (length(btrim(title)) > 0),
        summary text NOT NULL CONSTRAINT cases_summary_present CHECK (length(btrim(summary)) > 0),
        tags text[] NOT NULL DEFAULT '{}',
        source_project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        source_kind text NOT NULL CONSTRAINT cases_source_kind_known CHECK (source_kind IN ('defect', 'complaint')),
        source_record_id uuid NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cases_source_once UNIQUE (source_kind, source_record_id)
      )`);
    await queryRunner.query(`CREATE INDEX cases_tags_idx ON cases USING gin (tags)`);
    await queryRunner.query(`CREATE INDEX cases_kind_created_idx ON cases (kind, created_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE cases`);
    await queryRunner.query(`DROP TABLE survey_answers`);
    await queryRunner.query(`DROP TABLE survey_responses`);
    await queryRunner.query(`DROP TABLE survey_dimensions`);
    await queryRunner.query(`DROP TABLE handover_summaries`);
  }
}
