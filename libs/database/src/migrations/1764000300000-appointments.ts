import { MigrationInterface, QueryRunner } from 'typeorm';

/** 预约: open-day and handover time slots with capacity, and the units' bookings of them. */
export class Appointments1764000300000 implements MigrationInterface {
  name = 'Appointments1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE appointment_slots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT appointment_slots_kind_known CHECK (kind IN ('open_day', 'handover')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity int NOT NULL CONSTRAINT appointment_slots_capacity_positive CHECK (capacity > 0),
        booked int NOT NULL DEFAULT 0 CONSTRAINT appointment_slots_booked_not_negative CHECK (booked >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT appointment_slots_booked_within_capacity CHECK (booked <= capacity),
        CONSTRAINT appointment_slots_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT appointment_slots_id_kind UNIQUE (id, kind)
      )`);
    await queryRunner.query(
      `CREATE INDEX appointment_slots_project_kind_start_idx ON appointment_slots (project_id, kind, starts_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE appointment_bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slot_id uuid NOT NULL,
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        kind text NOT NULL,
        status text NOT NULL DEFAULT 'booked' CONSTRAINT appointment_bookings_status_known CHECK (status IN ('booked', 'cancelled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        CONSTRAINT appointment_bookings_slot_fk FOREIGN KEY (slot_id, kind) REFERENCES appointment_slots (id, kind) ON DELETE CASCADE,
        CONSTRAINT appointment_bookings_cancelled_at_set CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX appointment_bookings_slot_idx ON appointment_bookings (slot_id)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX appointment_bookings_one_active_per_unit_kind ON appointment_bookings (unit_id, kind) WHERE status = 'booked'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE appointment_bookings`);
    await queryRunner.query(`DROP TABLE appointment_slots`);
  }
}
