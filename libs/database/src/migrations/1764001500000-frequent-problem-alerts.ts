import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Frequent-problem alerts (高频问题预警, issue 16): each project's threshold (so many defects of one category and trade
 * in one building within so many days; the defaults of libs/domain while a project has none), and the alerts raised —
 * at most one per group and window day, whatever the concurrency (the UNIQUE constraint), with the case an alert was
 * promoted to. An index lets the defect intake count a group's recent defects in one scan; cases may now come from an
 * alert.
 */
export class FrequentProblemAlerts1764001500000 implements MigrationInterface {
  name = 'FrequentProblemAlerts1764001500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE project_frequent_problem_thresholds (
        project_id uuid PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        defect_count int NOT NULL,
        window_days int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT project_frequent_problem_thresholds_in_range
          CHECK (defect_count BETWEEN 2 AND 100 AND window_days BETWEEN 1 AND 31)
      )`);
    await queryRunner.query(`
      CREATE TABLE defect_alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        building text NOT NULL,
        category text NOT NULL,
        trade text NOT NULL,
        window_start date NOT NULL,
        window_end date NOT NULL,
        defect_count int NOT NULL,
        threshold_count int NOT NULL,
        window_days int NOT NULL,
        raised_by_defect_id uuid REFERENCES defects(id) ON DELETE SET NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        case_id uuid REFERENCES cases(id),
        promoted_by uuid REFERENCES users(id),
        promoted_at timestamptz,
        CONSTRAINT defect_alerts_once_per_window UNIQUE (project_id, building, category, trade, window_end),
        CONSTRAINT defect_alerts_category_known CHECK (category IN ('quality', 'non_quality')),
        CONSTRAINT defect_alerts_window_ordered CHECK (window_start <= window_end),
        CONSTRAINT defect_alerts_count_reached CHECK (defect_count >= threshold_count AND threshold_count >= 2),
        CONSTRAINT defect_alerts_promoted_together
          CHECK ((case_id IS NULL) = (promoted_at IS NULL) AND (case_id IS NULL) = (promoted_by IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX defect_alerts_project_raised_idx ON defect_alerts (project_id, raised_at)`);
    // The intake's count: one project, category and trade since the window's first local midnight.
    await queryRunner.query(
      `CREATE INDEX defects_frequent_problem_idx ON defects (project_id, category, trade, created_at) INCLUDE (unit_id, status)`,
    );
    await queryRunner.query(`ALTER TABLE cases DROP CONSTRAINT cases_source_kind_known`);
    await queryRunner.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_source_kind_known
        CHECK (source_kind IN ('defect', 'complaint', 'frequent_problem'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE defect_alerts`);
    await queryRunner.query(`DELETE FROM cases WHERE source_kind = 'frequent_problem'`);
    await queryRunner.query(`ALTER TABLE cases DROP CONSTRAINT cases_source_kind_known`);
    await queryRunner.query(
      `ALTER TABLE cases ADD CONSTRAINT cases_source_kind_known CHECK (source_kind IN ('defect', 'complaint'))`,
    );
    await queryRunner.query(`DROP INDEX defects_frequent_problem_idx`);
    await queryRunner.query(`DROP TABLE project_frequent_problem_thresholds`);
  }
}
