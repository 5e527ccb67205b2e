import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Owners raise warranty requests (报修) and answer the survey from the phone app (issue 17): a ticket or response an
 * owner made has no staff creator (created_by / recorded_by NULL, marked by the owner flag instead); photos of a
 * request; the owner's acceptance of a proposed visit and the windows an owner proposes; the owner's rating comment.
 */
export class OwnerWarrantySurvey1764002300000 implements MigrationInterface {
  name = 'OwnerWarrantySurvey1764002300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE warranty_tickets ALTER COLUMN created_by DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE warranty_tickets
        ADD COLUMN reported_by_owner boolean NOT NULL DEFAULT false,
        ADD COLUMN rating_comment text,
        ADD CONSTRAINT warranty_tickets_creator CHECK (created_by IS NOT NULL OR reported_by_owner)`);
    await queryRunner.query(`
      CREATE TABLE warranty_ticket_photos (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        ticket_id uuid NOT NULL REFERENCES warranty_tickets(id) ON DELETE CASCADE,
        storage_key text NOT NULL UNIQUE,
        content_type text NOT NULL,
        byte_size int NOT NULL,
        width int NOT NULL,
        height int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX warranty_ticket_photos_ticket_idx ON warranty_ticket_photos (ticket_id)`);
    await queryRunner.query(`ALTER TABLE warranty_visits ADD COLUMN owner_accepted_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE warranty_visit_windows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        ticket_id uuid NOT NULL REFERENCES warranty_tickets(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT warranty_visit_windows_order CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query(`CREATE INDEX warranty_visit_windows_ticket_idx ON warranty_visit_windows (ticket_id)`);
    await queryRunner.query(`ALTER TABLE survey_responses ALTER COLUMN recorded_by DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE survey_responses
        ADD COLUMN answered_by_owner boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT survey_responses_recorder CHECK (recorded_by IS NOT NULL OR answered_by_owner)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM survey_responses WHERE recorded_by IS NULL`);
    await queryRunner.query(
      `ALTER TABLE survey_responses DROP CONSTRAINT survey_responses_recorder, DROP COLUMN answered_by_owner`,
    );
    await queryRunner.query(`ALTER TABLE survey_responses ALTER COLUMN recorded_by SET NOT NULL`);
    await queryRunner.query(`DROP TABLE warranty_visit_windows`);
    await queryRunner.query(`ALTER TABLE warranty_visits DROP COLUMN owner_accepted_at`);
    await queryRunner.query(`DROP TABLE warranty_ticket_photos`);
    await queryRunner.query(`DELETE FROM warranty_tickets WHERE created_by IS NULL`);
    await queryRunner.query(`
      ALTER TABLE warranty_tickets DROP CONSTRAINT warranty_tickets_creator, DROP COLUMN rating_comment,
        DROP COLUMN reported_by_owner`);
    await queryRunner.query(`ALTER TABLE warranty_tickets ALTER COLUMN created_by SET NOT NULL`);
  }
}
