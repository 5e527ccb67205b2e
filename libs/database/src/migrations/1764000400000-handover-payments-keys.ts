import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Field operations on the handover day: fee settings (物业费等), the per-unit handover history, inspection items,
 * payments with receipts, and the key ledger (钥匙台账) with its movements.
 */
export class HandoverPaymentsKeys1764000400000 implements MigrationInterface {
  name = 'HandoverPaymentsKeys1764000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE project_fee_settings (
        project_id uuid PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        property_fee_fen_per_sqm_month bigint NOT NULL CONSTRAINT fee_settings_property_fee_not_negative CHECK (property_fee_fen_per_sqm_month >= 0),
        prepaid_months int NOT NULL DEFAULT 3 CONSTRAINT fee_settings_prepaid_months_range CHECK (prepaid_months BETWEEN 1 AND 24),
        deed_tax_rate_bp int NOT NULL CONSTRAINT fee_settings_deed_tax_range CHECK (deed_tax_rate_bp BETWEEN 0 AND 10000),
        maintenance_fund_fen_per_sqm bigint NOT NULL CONSTRAINT fee_settings_maintenance_fund_not_negative CHECK (maintenance_fund_fen_per_sqm >= 0),
        refund_threshold_bp int NOT NULL DEFAULT 300 CONSTRAINT fee_settings_refund_threshold_range CHECK (refund_threshold_bp BETWEEN 1 AND 10000),
        updated_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE unit_handover_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        step text NOT NULL,
        actor uuid REFERENCES users(id),
        at timestamptz NOT NULL DEFAULT now(),
        payload jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await queryRunner.query(`CREATE INDEX unit_handover_events_unit_idx ON unit_handover_events (unit_id, id)`);
    await queryRunner.query(
      `CREATE INDEX unit_handover_events_project_at_idx ON unit_handover_events (project_id, at)`,
    );

    await queryRunner.query(`
      CREATE TABLE handover_inspection_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        description text NOT NULL CONSTRAINT inspection_items_description_present CHECK (length(description) > 0),
        simple boolean NOT NULL,
        status text NOT NULL CONSTRAINT inspection_items_status_known CHECK (status IN ('fixed_on_spot', 'logged_for_repair')),
        CONSTRAINT inspection_items_simple_fixed CHECK ((simple AND status = 'fixed_on_spot') OR (NOT simple AND status = 'logged_for_repair')),
        recorded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX handover_inspection_items_unit_idx ON handover_inspection_items (unit_id)`);
    await queryRunner.query(
      `CREATE INDEX handover_inspection_items_project_idx ON handover_inspection_items (project_id, created_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE payment_receipt_counters (
        project_id uuid PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        last_seq int NOT NULL CONSTRAINT receipt_counters_positive CHECK (last_seq > 0)
      )`);
    await queryRunner.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT payments_kind_known CHECK (kind IN ('area_difference', 'property_fee', 'deed_tax', 'maintenance_fund')),
        amount_fen bigint NOT NULL,
        receipt_no text NOT NULL,
        special_handling boolean NOT NULL DEFAULT false,
        recorded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT payments_receipt_once UNIQUE (project_id, receipt_no),
        CONSTRAINT payments_kind_once_per_unit UNIQUE (unit_id, kind),
        CONSTRAINT payments_refund_only_area CHECK (amount_fen >= 0 OR kind = 'area_difference')
      )`);
    await queryRunner.query(`CREATE INDEX payments_project_created_idx ON payments (project_id, created_at)`);

    await queryRunner.query(`
      CREATE TABLE keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        unit_id uuid REFERENCES units(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT keys_kind_known CHECK (kind IN ('entrance_door', 'unit_door', 'mailbox', 'equipment_room', 'management_room')),
        label text NOT NULL CONSTRAINT keys_label_present CHECK (length(label) > 0),
        holder text NOT NULL DEFAULT 'contractor' CONSTRAINT keys_holder_known CHECK (holder IN ('contractor', 'property', 'owner')),
        CONSTRAINT keys_owner_needs_unit CHECK (holder <> 'owner' OR unit_id IS NOT NULL),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT keys_label_once UNIQUE (project_id, label)
      )`);
    await queryRunner.query(`CREATE INDEX keys_unit_idx ON keys (unit_id)`);
    await queryRunner.query(`CREATE INDEX keys_project_holder_idx ON keys (project_id, holder)`);

    await queryRunner.query(`
      CREATE TABLE key_movements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        key_id uuid NOT NULL REFERENCES keys(id) ON DELETE CASCADE,
        from_holder text NOT NULL CONSTRAINT key_movements_from_known CHECK (from_holder IN ('contractor', 'property', 'owner')),
        to_holder text NOT NULL CONSTRAINT key_movements_to_known CHECK (to_holder IN ('contractor', 'property', 'owner')),
        kind text NOT NULL CONSTRAINT key_movements_kind_known CHECK (kind IN ('transfer', 'loan', 'return', 'entrustment', 'entrustment_return')),
        by uuid REFERENCES users(id),
        at timestamptz NOT NULL DEFAULT now(),
        borrower text,
        letter_no text,
        note text,
        due_back_at timestamptz,
        returned_at timestamptz,
        CONSTRAINT key_movements_holder_changes CHECK (from_holder <> to_holder),
        CONSTRAINT key_movements_loan_due CHECK ((kind = 'loan') = (due_back_at IS NOT NULL)),
        CONSTRAINT key_movements_loan_borrower CHECK (kind <> 'loan' OR borrower IS NOT NULL),
        CONSTRAINT key_movements_letter CHECK (kind NOT IN ('entrustment', 'entrustment_return') OR letter_no IS NOT NULL),
        CONSTRAINT key_movements_returnable CHECK (returned_at IS NULL OR kind IN ('loan', 'entrustment'))
      )`);
    await queryRunner.query(`CREATE INDEX key_movements_key_idx ON key_movements (key_id, at)`);
    // At most one open loan and one open entrustment per key; overdue loans are found from this index.
    await queryRunner.query(
      `CREATE UNIQUE INDEX key_movements_one_open_loan ON key_movements (key_id) WHERE kind = 'loan' AND returned_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX key_movements_one_open_entrustment ON key_movements (key_id) WHERE kind = 'entrustment' AND returned_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX key_movements_open_loans_idx ON key_movements (project_id, due_back_at) WHERE kind = 'loan' AND returned_at IS NULL`,
    );
    // One handover of a key to its owner (钥匙交接), whatever happens afterwards.
    await queryRunner.query(
      `CREATE UNIQUE INDEX key_movements_one_owner_handover ON key_movements (key_id) WHERE kind = 'transfer' AND to_holder = 'owner'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE key_movements`);
    await queryRunner.query(`DROP TABLE keys`);
    await queryRunner.query(`DROP TABLE payments`);
    await queryRunner.query(`DROP TABLE payment_receipt_counters`);
    await queryRunner.query(`DROP TABLE handover_inspection_items`);
    await queryRunner.query(`DROP TABLE unit_handover_events`);
    await queryRunner.query(`DROP TABLE project_fee_settings`);
  }
}
