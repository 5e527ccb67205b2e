import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Owners in the loop of their unit's defects and objections (issue 17: 我的问题, 异议).
 * - defects.source gains owner_report (报告新问题: raised by the owner before handover, triaged by customer service);
 *   such a defect has no staff creator (created_by NULL), every other source keeps one.
 * - defect_photos.owner_uploaded: a photo the owner took (未整改 proof or a new issue's photo); it has no staff
 *   uploader, every other photo keeps one.
 * - complaints.raised_by_owner: an objection the owner raised in the app (no staff creator); staff handle it as any.
 */
export class OwnerDefectsObjections1764002100000 implements MigrationInterface {
  name = 'OwnerDefectsObjections1764002100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE defects DROP CONSTRAINT defects_source_known`);
    await queryRunner.query(`
      ALTER TABLE defects ADD CONSTRAINT defects_source_known
        CHECK (source IN ('unit_inspection', 'open_day', 'handover_inspection', 'after_handover', 'owner_report'))`);
    await queryRunner.query(`ALTER TABLE defects ALTER COLUMN created_by DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE defects ADD CONSTRAINT defects_creator_known
        CHECK (created_by IS NOT NULL OR source = 'owner_report')`);

    await queryRunner.query(`ALTER TABLE defect_photos ADD COLUMN owner_uploaded boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE defect_photos ALTER COLUMN uploaded_by DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE defect_photos ADD CONSTRAINT defect_photos_uploader_known
        CHECK ((uploaded_by IS NULL) = owner_uploaded)`);

    await queryRunner.query(`ALTER TABLE complaints ADD COLUMN raised_by_owner boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE complaints ALTER COLUMN created_by DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE complaints ADD CONSTRAINT complaints_creator_known
        CHECK ((created_by IS NULL) = raised_by_owner)`);
    // An owner's objections of a unit, newest first.
    await queryRunner.query(
      `CREATE INDEX complaints_unit_received_idx ON complaints (unit_id, received_at DESC) WHERE unit_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX complaints_unit_received_idx`);
    await queryRunner.query(`ALTER TABLE complaints DROP CONSTRAINT complaints_creator_known`);
    await queryRunner.query(`DELETE FROM complaints WHERE raised_by_owner`);
    await queryRunner.query(`ALTER TABLE complaints ALTER COLUMN created_by SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE complaints DROP COLUMN raised_by_owner`);
    await queryRunner.query(`ALTER TABLE defect_photos DROP CONSTRAINT defect_photos_uploader_known`);
    await queryRunner.query(`DELETE FROM defect_photos WHERE owner_uploaded`);
    await queryRunner.query(`ALTER TABLE defect_photos ALTER COLUMN uploaded_by SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE defect_photos DROP COLUMN owner_uploaded`);
    await queryRunner.query(`ALTER TABLE defects DROP CONSTRAINT defects_creator_known`);
    await queryRunner.query(`DELETE FROM defects WHERE source = 'owner_report'`);
    await queryRunner.query(`ALTER TABLE defects ALTER COLUMN created_by SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE defects DROP CONSTRAINT defects_source_known`);
    await queryRunner.query(`
      ALTER TABLE defects ADD CONSTRAINT defects_source_known
        CHECK (source IN ('unit_inspection', 'open_day', 'handover_inspection', 'after_handover'))`);
  }
}
