import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contractors in the loop (issue 16): contractor companies and their users, the projects they work on, defects
 * assigned to a company, the company's acceptance and dispute, reopening on failed verification, and before/after
 * photos (a fix needs an after photo).
 */
export class Contractors1764001200000 implements MigrationInterface {
  name = 'Contractors1764001200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE contractor_companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contractor_companies_kind_known CHECK (kind IN ('general_contractor', 'waterproofing',
          'doors_windows', 'plumbing', 'electrical', 'decoration', 'civil', 'hvac', 'elevator', 'landscaping', 'other')),
        CONSTRAINT contractor_companies_name_present CHECK (length(btrim(name)) > 0)
      )`);
    await queryRunner.query(`
      CREATE TABLE project_contractors (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES contractor_companies(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, company_id)
      )`);
    await queryRunner.query(`CREATE INDEX project_contractors_company_idx ON project_contractors (company_id)`);

    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN contractor_company_id uuid REFERENCES contractor_companies(id)`,
    );
    await queryRunner.query(`ALTER TABLE users DROP CONSTRAINT users_role_known`);
    await queryRunner.query(`
      ALTER TABLE users ADD CONSTRAINT users_role_known
        CHECK (role IN ('project_lead', 'department_head', 'hq', 'admin', 'contractor'))`);
    await queryRunner.query(`
      ALTER TABLE users ADD CONSTRAINT users_company_matches_role
        CHECK ((role = 'contractor') = (contractor_company_id IS NOT NULL))`);

    await queryRunner.query(`
      ALTER TABLE defects
        ADD COLUMN contractor_company_id uuid REFERENCES contractor_companies(id),
        ADD COLUMN accepted_at timestamptz,
        ADD COLUMN dispute_reason text,
        ADD COLUMN dispute_note text,
        ADD COLUMN disputed_at timestamptz,
        ADD COLUMN reopen_count int NOT NULL DEFAULT 0,
        ADD COLUMN reopened_at timestamptz,
        ADD COLUMN reopen_reason text`);
    await queryRunner.query(`ALTER TABLE defects DROP CONSTRAINT defects_status_known`);
    await queryRunner.query(`
      ALTER TABLE defects ADD CONSTRAINT defects_status_known
        CHECK (status IN ('open', 'assigned', 'fixed', 'verified', 'cannot_fix', 'disputed', 'dismissed'))`);
    await queryRunner.query(`ALTER TABLE defects DROP CONSTRAINT defects_non_quality_replied_before_closing`);
    await queryRunner.query(`
      ALTER TABLE defects ADD CONSTRAINT defects_non_quality_replied_before_closing
        CHECK (category <> 'non_quality' OR status NOT IN ('verified', 'cannot_fix', 'dismissed')
               OR owner_reply IS NOT NULL)`);
    await queryRunner.query(`
      ALTER TABLE defects ADD CONSTRAINT defects_dispute_reason_known
        CHECK (dispute_reason IS NULL OR dispute_reason IN ('not_our_trade', 'not_a_defect', 'caused_by_owner'))`);
    await queryRunner.query(`
      ALTER TABLE defects ADD CONSTRAINT defects_disputed_has_reason
        CHECK (status <> 'disputed' OR dispute_reason IS NOT NULL)`);
    await queryRunner.query(
      `ALTER TABLE defects ADD CONSTRAINT defects_reopen_count_not_negative CHECK (reopen_count >= 0)`,
    );
    await queryRunner.query(`CREATE INDEX defects_company_status_idx ON defects (contractor_company_id, status)`);

    await queryRunner.query(`ALTER TABLE defect_photos ADD COLUMN stage text NOT NULL DEFAULT 'before'`);
    await queryRunner.query(`
      ALTER TABLE defect_photos ADD CONSTRAINT defect_photos_stage_known CHECK (stage IN ('before', 'after'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE defect_photos DROP COLUMN stage`);
    await queryRunner.query(`UPDATE defects SET status = 'assigned' WHERE status = 'disputed'`);
    await queryRunner.query(`UPDATE defects SET status = 'cannot_fix', explanation = coalesce(explanation, dispute_note, dispute_reason),
      compensation_plan = coalesce(compensation_plan, '-') WHERE status = 'dismissed'`);
    await queryRunner.query(`DROP INDEX defects_company_status_idx`);
    await queryRunner.query(`
      ALTER TABLE defects
        DROP CONSTRAINT defects_reopen_count_not_negative,
        DROP CONSTRAINT defects_disputed_has_reason,
        DROP CONSTRAINT defects_dispute_reason_known,
        DROP CONSTRAINT defects_non_quality_replied_before_closing,
        DROP CONSTRAINT defects_status_known,
        DROP COLUMN contractor_company_id, DROP COLUMN accepted_at, DROP COLUMN dispute_reason,
        DROP COLUMN dispute_note, DROP COLUMN disputed_at, DROP COLUMN reopen_count, DROP COLUMN reopened_at,
        DROP COLUMN reopen_reason`);
    await queryRunner.query(`
      ALTER TABLE defects ADD CONSTRAINT defects_status_known
        CHECK (status IN ('open', 'assigned', 'fixed', 'verified', 'cannot_fix'))`);
    await queryRunner.query(`
      ALTER TABLE defects ADD CONSTRAINT defects_non_quality_replied_before_closing
        CHECK (category <> 'non_quality' OR status NOT IN ('verified', 'cannot_fix') OR owner_reply IS NOT NULL)`);
    await queryRunner.query(`DELETE FROM users WHERE role = 'contractor'`);
    await queryRunner.query(
      `ALTER TABLE users DROP CONSTRAINT users_company_matches_role, DROP CONSTRAINT users_role_known`,
    );
    await queryRunner.query(`ALTER TABLE users DROP COLUMN contractor_company_id`);
    await queryRunner.query(`
      ALTER TABLE users ADD CONSTRAINT users_role_known CHECK (role IN ('project_lead', 'department_head', 'hq', 'admin'))`);
    await queryRunner.query(`DROP TABLE project_contractors`);
    await queryRunner.query(`DROP TABLE contractor_companies`);
  }
}
