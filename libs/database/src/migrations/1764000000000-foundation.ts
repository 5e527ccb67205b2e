import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        role text NOT NULL CONSTRAINT users_role_known CHECK (role IN ('project_lead', 'department_head', 'hq', 'admin')),
        department text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_department_matches_role CHECK ((role = 'department_head') = (department IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY,
        city_company text NOT NULL,
        name text NOT NULL,
        batch text NOT NULL,
        first_handover_date date NOT NULL,
        centralized_days int NOT NULL CONSTRAINT projects_centralized_days CHECK (centralized_days BETWEEN 1 AND 30),
        time_zone text NOT NULL,
        lead_user_id uuid NOT NULL REFERENCES users(id),
        workflow_id text NOT NULL UNIQUE,
        status text NOT NULL CONSTRAINT projects_status_known CHECK (status IN ('launching', 'active', 'completed')),
        current_phase text,
        at_risk boolean NOT NULL DEFAULT false,
        launch_request jsonb NOT NULL,
        snapshot jsonb,
        snapshot_revision int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT projects_natural_key UNIQUE (city_company, name, batch)
      )`);
    await queryRunner.query(`CREATE INDEX projects_city_company_idx ON projects (city_company)`);
    await queryRunner.query(`CREATE INDEX projects_first_handover_date_idx ON projects (first_handover_date)`);
    await queryRunner.query(`CREATE INDEX projects_lead_user_id_idx ON projects (lead_user_id)`);
    await queryRunner.query(`CREATE INDEX projects_current_phase_idx ON projects (current_phase)`);
    await queryRunner.query(`CREATE INDEX projects_at_risk_idx ON projects (at_risk) WHERE at_risk`);
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id uuid,
        actor_role text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        project_id uuid,
        before jsonb,
        after jsonb,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_project_id_idx ON audit_log (project_id, at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP TABLE projects`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
