import { MigrationInterface, QueryRunner } from 'typeorm';

export class Units1764000200000 implements MigrationInterface {
  name = 'Units1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        building text NOT NULL,
        unit_no text NOT NULL,
        room text NOT NULL,
        owner_name text NOT NULL,
        owner_phone text NOT NULL,
        contracted_area_centi int NOT NULL CONSTRAINT units_contracted_area_positive CHECK (contracted_area_centi > 0),
        surveyed_area_centi int NOT NULL CONSTRAINT units_surveyed_area_positive CHECK (surveyed_area_centi > 0),
        price_fen_per_sqm bigint NOT NULL CONSTRAINT units_price_positive CHECK (price_fen_per_sqm > 0),
        fit_out text NOT NULL CONSTRAINT units_fit_out_known CHECK (fit_out IN ('fitted', 'shell')),
        handover_state text NOT NULL DEFAULT 'not_started',
        handover_resume_from text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT units_address_once UNIQUE (project_id, building, unit_no, room)
      )`);
    await queryRunner.query(`CREATE INDEX units_project_state_idx ON units (project_id, handover_state)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE units`);
  }
}
