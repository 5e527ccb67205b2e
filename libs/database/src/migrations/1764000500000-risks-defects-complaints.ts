import { MigrationInterface, QueryRunner } from 'typeorm';

const DEPARTMENTS = `('engineering', 'design', 'sales', 'customer_service', 'property', 'finance', 'cost')`;

/** 交付风险自查 A–H, 问题项 with photos, 交付异议/投诉; escalations learn the record kinds. */
export class RisksDefectsComplaints1764000500000 implements MigrationInterface {
  name = 'RisksDefectsComplaints1764000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE risk_checklist_areas (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        area char(1) NOT NULL CONSTRAINT risk_checklist_areas_area_known CHECK (area IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H')),
        title text NOT NULL,
        checklist text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, area)
      )`);
    await queryRunner.query(`
      CREATE TABLE risk_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL,
        area char(1) NOT NULL,
        description text NOT NULL,
        department text NOT NULL CONSTRAINT risk_items_department_known CHECK (department IN ${DEPARTMENTS}),
        decision text CONSTRAINT risk_items_decision_known CHECK (decision IN ('rectify', 'cannot_rectify')),
        plan text,
        owner text,
        deadline date,
        unified_explanation text,
        compensation_plan text,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT risk_items_area_initialised FOREIGN KEY (project_id, area) REFERENCES risk_checklist_areas (project_id, area) ON DELETE CASCADE,
        CONSTRAINT risk_items_rectify_complete CHECK (decision IS DISTINCT FROM 'rectify' OR (plan IS NOT NULL AND owner IS NOT NULL AND deadline IS NOT NULL)),
        CONSTRAINT risk_items_cannot_rectify_complete
          CHECK (decision IS DISTINCT FROM 'cannot_rectify' OR (unified_explanation IS NOT NULL AND compensation_plan IS NOT NULL)),
        CONSTRAINT risk_items_decided_together CHECK ((decision IS NULL) = (decided_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX risk_items_project_area_idx ON risk_items (project_id, area)`);
    await queryRunner.query(`CREATE INDEX risk_items_undecided_idx ON risk_items (project_id) WHERE decision IS NULL`);

    await queryRunner.query(`
      CREATE TABLE defects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        unit_id uuid REFERENCES units(id),
        public_area text,
        source text NOT NULL CONSTRAINT defects_source_known
          CHECK (source IN ('unit_inspection', 'open_day', 'handover_inspection', 'after_handover')),
        category text NOT NULL CONSTRAINT defects_category_known CHECK (category IN ('quality', 'non_quality')),
        trade text NOT NULL,
        description text NOT NULL,
        responsible_party text,
        deadline date,
        status text NOT NULL DEFAULT 'open'
          CONSTRAINT defects_status_known CHECK (status IN ('open', 'assigned', 'fixed', 'verified', 'cannot_fix')),
        explanation text,
        compensation_plan text,
        owner_reply text,
        owner_replied_at timestamptz,
        deferred_until date,
        deferral_reason text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CONSTRAINT defects_unit_or_public_area CHECK ((unit_id IS NULL) <> (public_area IS NULL)),
        CONSTRAINT defects_cannot_fix_explained
          CHECK (status <> 'cannot_fix' OR (explanation IS NOT NULL AND compensation_plan IS NOT NULL)),
        CONSTRAINT defects_non_quality_replied_before_closing
          CHECK (category <> 'non_quality' OR status NOT IN ('verified', 'cannot_fix') OR owner_reply IS NOT NULL),
        CONSTRAINT defects_deferral_has_reason CHECK ((deferred_until IS NULL) = (deferral_reason IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX defects_project_status_idx ON defects (project_id, status)`);
    await queryRunner.query(`CREATE INDEX defects_project_unit_idx ON defects (project_id, unit_id, source)`);
    await queryRunner.query(`
      CREATE TABLE defect_photos (
        id uuid PRIMARY KEY,
        defect_id uuid NOT NULL REFERENCES defects(id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        storage_key text NOT NULL UNIQUE,
        content_type text NOT NULL CONSTRAINT defect_photos_type_known CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
        size_bytes int NOT NULL CONSTRAINT defect_photos_size_limit CHECK (size_bytes > 0 AND size_bytes <= 5242880),
        uploaded_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX defect_photos_defect_idx ON defect_photos (defect_id, created_at)`);

    await queryRunner.query(`
      CREATE TABLE complaints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        unit_id uuid REFERENCES units(id),
        subject text NOT NULL,
        description text NOT NULL,
        received_at timestamptz NOT NULL,
        severity text NOT NULL CONSTRAINT complaints_severity_known CHECK (severity IN ('normal', 'major', 'group')),
        status text NOT NULL DEFAULT 'received' CONSTRAINT complaints_status_known
          CHECK (status IN ('received', 'accepted', 'investigating', 'responsibility_determined', 'replied')),
        reply_deadline timestamptz,
        accepted_at timestamptz,
        facts text,
        responsible_party text,
        responsibility text,
        reply_content text,
        replied_at timestamptz,
        follow_up_owner text,
        follow_up_note text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT complaints_accepted_with_deadline CHECK (status = 'received' OR reply_deadline IS NOT NULL),
        CONSTRAINT complaints_replied_with_content CHECK (status <> 'replied' OR (reply_content IS NOT NULL AND replied_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX complaints_project_status_idx ON complaints (project_id, status)`);

    // Escalations now also come from records: overdue defects and complaint replies, major and group complaints.
    await queryRunner.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_kind_known`);
    await queryRunner.query(`
      ALTER TABLE escalations ADD CONSTRAINT escalations_kind_known
        CHECK (kind IN ('milestone_overdue', 'handover_date_at_risk', 'defect_overdue', 'complaint_overdue', 'major_complaint'))`);
    await queryRunner.query(`ALTER TABLE escalations ALTER COLUMN milestone_key DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE escalations ADD CONSTRAINT escalations_milestone_kinds_have_key
        CHECK (kind NOT IN ('milestone_overdue', 'handover_date_at_risk') OR milestone_key IS NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM escalations WHERE kind IN ('defect_overdue', 'complaint_overdue', 'major_complaint')`,
    );
    await queryRunner.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_milestone_kinds_have_key`);
    await queryRunner.query(`ALTER TABLE escalations ALTER COLUMN milestone_key SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_kind_known`);
    await queryRunner.query(
      `ALTER TABLE escalations ADD CONSTRAINT escalations_kind_known CHECK (kind IN ('milestone_overdue', 'handover_date_at_risk'))`,
    );
    await queryRunner.query(`DROP TABLE complaints`);
    await queryRunner.query(`DROP TABLE defect_photos`);
    await queryRunner.query(`DROP TABLE defects`);
    await queryRunner.query(`DROP TABLE risk_items`);
    await queryRunner.query(`DROP TABLE risk_checklist_areas`);
  }
}
