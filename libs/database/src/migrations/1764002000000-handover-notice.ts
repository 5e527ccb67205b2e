import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 交付通知书 (issue 17 item 2): where the handover takes place (交付地点) and what the owner brings (携带材料), set by the
 * project lead in the console's 设置. The dates come from the project (first_handover_date, centralized_days) and the
 * amounts from the fee settings and the unit, so only these two are stored. Written with SQL by the API's
 * owner-handover module (no entity maps this table).
 */
export class HandoverNotice1764002000000 implements MigrationInterface {
  name = 'HandoverNotice1764002000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE project_handover_notices (
        project_id uuid PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        place text NOT NULL,
        bring_items text[] NOT NULL DEFAULT '{}',
        updated_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT project_handover_notices_place_length CHECK (char_length(place) BETWEEN 1 AND 200),
        CONSTRAINT project_handover_notices_bring_count CHECK (cardinality(bring_items) <= 20)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE project_handover_notices`);
  }
}
