import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 集中交付快报: daily briefings per project and local date, the project's briefing time and group-robot webhooks with
 * their deliveries; plus the covering indexes the HQ roll-up reads (one set-based query over every active project).
 */
export class Briefings1764000600000 implements MigrationInterface {
  name = 'Briefings1764000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE daily_briefings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        briefing_date date NOT NULL,
        figures jsonb NOT NULL,
        change jsonb,
        generated_at timestamptz NOT NULL DEFAULT now(),
        generations int NOT NULL DEFAULT 1 CONSTRAINT daily_briefings_generations_positive CHECK (generations > 0),
        CONSTRAINT daily_briefings_once UNIQUE (project_id, briefing_date),
        CONSTRAINT daily_briefings_figures_object CHECK (jsonb_typeof(figures) = 'object')
      )`);
    await queryRunner.query(`
      CREATE TABLE project_briefing_settings (
        project_id uuid PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        briefing_time text NOT NULL DEFAULT '20:00'
          CONSTRAINT project_briefing_settings_time_format CHECK (briefing_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        updated_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE briefing_webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT briefing_webhooks_kind_known CHECK (kind IN ('wecom', 'dingtalk')),
        url text NOT NULL CONSTRAINT briefing_webhooks_url_http CHECK (url ~ '^https?://'),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT briefing_webhooks_once UNIQUE (project_id, kind, url)
      )`);
    await queryRunner.query(`
      CREATE TABLE briefing_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        briefing_date date NOT NULL,
        webhook_id uuid NOT NULL REFERENCES briefing_webhooks(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT briefing_deliveries_status_known CHECK (status IN ('pending', 'delivered')),
        attempts int NOT NULL DEFAULT 0 CONSTRAINT briefing_deliveries_attempts_not_negative CHECK (attempts >= 0),
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT briefing_deliveries_once UNIQUE (project_id, briefing_date, webhook_id),
        CONSTRAINT briefing_deliveries_delivered_at_set CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
      )`);

    // The roll-up's reads, each a range scan per project answered from the index alone.
    await queryRunner.query(
      `CREATE INDEX unit_handover_events_project_step_at_idx ON unit_handover_events (project_id, step, at) INCLUDE (unit_id)`,
    );
    await queryRunner.query(`
      CREATE INDEX unit_handover_events_objections_idx ON unit_handover_events (project_id, unit_id, at DESC, id DESC)
        INCLUDE (step) WHERE step IN ('objected', 'objection_resolved', 'refused')`);
    await queryRunner.query(
      `CREATE INDEX payments_project_created_amount_idx ON payments (project_id, created_at) INCLUDE (amount_fen)`,
    );
    await queryRunner.query(
      `CREATE INDEX handover_inspection_items_project_created_simple_idx ON handover_inspection_items (project_id, created_at) INCLUDE (simple)`,
    );
    await queryRunner.query(
      `CREATE INDEX defects_project_created_idx ON defects (project_id, created_at) INCLUDE (closed_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX defects_project_unclosed_idx ON defects (project_id, created_at) WHERE closed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX defects_project_closed_idx ON defects (project_id, closed_at) INCLUDE (created_at) WHERE closed_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX complaints_project_received_idx ON complaints (project_id, received_at) INCLUDE (severity, reply_deadline, replied_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX projects_active_idx ON projects (city_company, first_handover_date) WHERE status = 'active'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'projects_active_idx',
      'complaints_project_received_idx',
      'defects_project_closed_idx',
      'defects_project_unclosed_idx',
      'defects_project_created_idx',
      'handover_inspection_items_project_created_simple_idx',
      'payments_project_created_amount_idx',
      'unit_handover_events_objections_idx',
      'unit_handover_events_project_step_at_idx',
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
    await queryRunner.query(`DROP TABLE briefing_deliveries`);
    await queryRunner.query(`DROP TABLE briefing_webhooks`);
    await queryRunner.query(`DROP TABLE project_briefing_settings`);
    await queryRunner.query(`DROP TABLE daily_briefings`);
  }
}
