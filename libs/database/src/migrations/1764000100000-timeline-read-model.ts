import { MigrationInterface, QueryRunner } from 'typeorm';

export class TimelineReadModel1764000100000 implements MigrationInterface {
  name = 'TimelineReadModel1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE project_milestones (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        key text NOT NULL,
        phase text NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL CONSTRAINT project_milestones_status_known CHECK (status IN ('pending', 'open', 'rework', 'closed')),
        parties text[] NOT NULL,
        approved_parties text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (project_id, key)
      )`);
    await queryRunner.query(
      `CREATE INDEX project_milestones_waiting_idx ON project_milestones USING gin (parties) WHERE status IN ('open', 'rework')`,
    );
    await queryRunner.query(`
      CREATE TABLE project_assignments (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX project_assignments_user_idx ON project_assignments (user_id)`);
    await queryRunner.query(`
      CREATE TABLE escalations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        key text NOT NULL,
        kind text NOT NULL CONSTRAINT escalations_kind_known CHECK (kind IN ('milestone_overdue', 'handover_date_at_risk')),
        milestone_key text NOT NULL,
        due_date date NOT NULL,
        message text NOT NULL,
        raised_at timestamptz NOT NULL,
        CONSTRAINT escalations_once UNIQUE (project_id, key)
      )`);
    await queryRunner.query(`CREATE INDEX escalations_raised_at_idx ON escalations (raised_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE notification_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT notification_events_kind_known CHECK (kind IN ('reminder', 'escalation')),
        key text NOT NULL,
        recipients text[] NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_events_once UNIQUE (project_id, key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_events`);
    await queryRunner.query(`DROP TABLE escalations`);
    await queryRunner.query(`DROP TABLE project_assignments`);
    await queryRunner.query(`DROP TABLE project_milestones`);
  }
}
