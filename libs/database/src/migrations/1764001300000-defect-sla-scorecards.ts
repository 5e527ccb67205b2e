import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rectification that closes (issue 16): each project's defect SLA (days to fix per kind of defect), the moments a
 * defect was assigned and fixed (for the contractors' time to fix), simple in-unit items, and every ruling on a
 * contractor's dispute (kept per company, since an upheld dispute moves the defect to another company).
 */
export class DefectSlaScorecards1764001300000 implements MigrationInterface {
  name = 'DefectSlaScorecards1764001300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE project_defect_sla (
        project_id uuid PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        simple_in_unit_days int NOT NULL,
        in_unit_days int NOT NULL,
        public_area_days int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT project_defect_sla_days_in_range CHECK (
          simple_in_unit_days BETWEEN 1 AND 365 AND in_unit_days BETWEEN 1 AND 365 AND public_area_days BETWEEN 1 AND 365)
      )`);
    await queryRunner.query(`
      ALTER TABLE defects
        ADD COLUMN simple boolean NOT NULL DEFAULT false,
        ADD COLUMN assigned_at timestamptz,
        ADD COLUMN fixed_at timestamptz`);
    await queryRunner.query(`
      UPDATE defects d SET assigned_at = d.updated_at WHERE d.status <> 'open' AND d.responsible_party IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE defect_dispute_rulings (
        id bigserial PRIMARY KEY,
        defect_id uuid NOT NULL REFERENCES defects(id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES contractor_companies(id),
        reason text NOT NULL,
        outcome text NOT NULL,
        decided_by uuid NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT defect_dispute_rulings_outcome_known CHECK (outcome IN ('rejected', 'upheld')),
        CONSTRAINT defect_dispute_rulings_reason_known
          CHECK (reason IN ('not_our_trade', 'not_a_defect', 'caused_by_owner'))
      )`);
    await queryRunner.query(
      `CREATE INDEX defect_dispute_rulings_company_idx ON defect_dispute_rulings (company_id, project_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE defect_dispute_rulings`);
    await queryRunner.query(`ALTER TABLE defects DROP COLUMN fixed_at, DROP COLUMN assigned_at, DROP COLUMN simple`);
    await queryRunner.query(`DROP TABLE project_defect_sla`);
  }
}
