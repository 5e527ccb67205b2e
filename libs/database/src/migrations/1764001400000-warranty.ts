import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Warranty after handover (保修, issue 16): warranty tickets (保修单) — a defect still open when its unit is handed
 * over (at most one ticket per defect), or an owner's call — with the component, the period's last covered day
 * counted from the handover, the visit, the repair and the owner's confirmation with a rating; and each project's
 * longer periods per component (never shorter than the statute, checked by the API).
 */
export class Warranty1764001400000 implements MigrationInterface {
  name = 'Warranty1764001400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE warranty_tickets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id),
        defect_id uuid REFERENCES defects(id) ON DELETE SET NULL,
        source text NOT NULL,
        component text NOT NULL,
        description text NOT NULL,
        reported_at timestamptz NOT NULL,
        handed_over_on date NOT NULL,
        warranty_years int NOT NULL,
        covered_until date NOT NULL,
        status text NOT NULL DEFAULT 'reported',
        visit_at timestamptz,
        visit_note text,
        repaired_at timestamptz,
        repair_note text,
        confirmed_at timestamptz,
        rating int,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT warranty_tickets_one_per_defect UNIQUE (defect_id),
        CONSTRAINT warranty_tickets_source_known CHECK (source IN ('handover_defect', 'owner_call')),
        CONSTRAINT warranty_tickets_status_known CHECK (status IN ('reported', 'visit_booked', 'repaired', 'closed')),
        CONSTRAINT warranty_tickets_component_known CHECK (component IN ('roof_waterproofing', 'wet_room_waterproofing',
          'exterior_wall_leakage', 'heating_cooling', 'electrical', 'water_drainage_pipes', 'equipment_installation',
          'decoration')),
        CONSTRAINT warranty_tickets_rating_range CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
        CONSTRAINT warranty_tickets_repaired_at CHECK (status NOT IN ('repaired', 'closed') OR repaired_at IS NOT NULL),
        CONSTRAINT warranty_tickets_closed_confirmed
          CHECK (status <> 'closed' OR (confirmed_at IS NOT NULL AND rating IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX warranty_tickets_project_status_idx ON warranty_tickets (project_id, status)`,
    );
    await queryRunner.query(`CREATE INDEX warranty_tickets_project_unit_idx ON warranty_tickets (project_id, unit_id)`);
    await queryRunner.query(`
      CREATE TABLE project_warranty_periods (
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        component text NOT NULL,
        years int NOT NULL CONSTRAINT project_warranty_periods_years_range CHECK (years BETWEEN 1 AND 50),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, component)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE project_warranty_periods`);
    await queryRunner.query(`DROP TABLE warranty_tickets`);
  }
}
