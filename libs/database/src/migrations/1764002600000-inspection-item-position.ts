import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 验房问题 keep the order the inspection team listed them in: the items of one inspection are written in one statement
 * and share created_at, so the 验房单 (PDF and print) numbered them in no fixed order. Existing rows stay at 0 and
 * fall back to the old order.
 */
export class InspectionItemPosition1764002600000 implements MigrationInterface {
  name = 'InspectionItemPosition1764002600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE handover_inspection_items ADD COLUMN position smallint NOT NULL DEFAULT 0
         CONSTRAINT inspection_items_position_not_negative CHECK (position >= 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE handover_inspection_items DROP COLUMN position`);
  }
}
