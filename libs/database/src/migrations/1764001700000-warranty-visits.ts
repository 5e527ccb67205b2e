import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Repair visits of warranty tickets (上门维修, issue 16 item 6): appointments with the owner (the appointment window,
 * the technician and their company, whether the owner leaves a key — with the key entrustment letter 钥匙委托书 of the
 * key ledger when one is recorded), done or cancelled, and the owner's confirmation afterwards (confirmed with a
 * rating, or not fixed with a note; recorded by customer service on the owner's behalf for now). A done visit without
 * a confirmation 24 hours later becomes a call-back task (回访任务) for customer service: at most one per visit
 * (UNIQUE visit_id), so the sweep that creates them may run any number of times. Written with SQL by the warranty API
 * and the worker's call-back sweep (no entity maps these tables).
 */
export class WarrantyVisits1764001700000 implements MigrationInterface {
  name = 'WarrantyVisits1764001700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE warranty_visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        ticket_id uuid NOT NULL REFERENCES warranty_tickets(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        technician text NOT NULL,
        contractor_company_id uuid REFERENCES contractor_companies(id),
        owner_leaves_key boolean NOT NULL DEFAULT false,
        key_entrustment_id uuid REFERENCES key_movements(id),
        note text,
        status text NOT NULL DEFAULT 'scheduled',
        done_at timestamptz,
        done_note text,
        cancelled_at timestamptz,
        cancel_reason text,
        confirmation text,
        confirmation_note text,
        rating int,
        confirmed_at timestamptz,
        confirmed_by uuid REFERENCES users(id),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT warranty_visits_status_known CHECK (status IN ('scheduled', 'done', 'cancelled')),
        CONSTRAINT warranty_visits_window CHECK (ends_at > starts_at),
        CONSTRAINT warranty_visits_technician_present CHECK (length(btrim(technician)) > 0),
        CONSTRAINT warranty_visits_key_left CHECK (key_entrustment_id IS NULL OR owner_leaves_key),
        CONSTRAINT warranty_visits_done_at CHECK ((status = 'done') = (done_at IS NOT NULL)),
        CONSTRAINT warranty_visits_cancelled_at CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
        CONSTRAINT warranty_visits_confirmation_known
          CHECK (confirmation IS NULL OR confirmation IN ('confirmed', 'not_fixed')),
        CONSTRAINT warranty_visits_confirmed_after_done CHECK (confirmation IS NULL OR status = 'done'),
        CONSTRAINT warranty_visits_confirmation_recorded
          CHECK ((confirmation IS NULL) = (confirmed_at IS NULL) AND (confirmation IS NULL) = (confirmed_by IS NULL)),
        CONSTRAINT warranty_visits_confirmed_rated
          CHECK ((confirmation = 'confirmed') = (rating IS NOT NULL) AND (rating IS NULL OR rating BETWEEN 1 AND 5)),
        CONSTRAINT warranty_visits_not_fixed_note
          CHECK (confirmation IS DISTINCT FROM 'not_fixed' OR coalesce(length(btrim(confirmation_note)), 0) > 0)
      )`);
    // One visit booked at a time per ticket: another is booked once it is done or cancelled.
    await queryRunner.query(
      `CREATE UNIQUE INDEX warranty_visits_one_scheduled ON warranty_visits (ticket_id) WHERE status = 'scheduled'`,
    );
    await queryRunner.query(`CREATE INDEX warranty_visits_ticket_idx ON warranty_visits (ticket_id, starts_at)`);
    // A technician's booked visits, for the overlap check.
    await queryRunner.query(
      `CREATE INDEX warranty_visits_technician_idx ON warranty_visits (project_id, lower(btrim(technician)), starts_at)
        WHERE status = 'scheduled'`,
    );
    // Done and not confirmed: what the call-back sweep reads.
    await queryRunner.query(
      `CREATE INDEX warranty_visits_awaiting_confirmation_idx ON warranty_visits (project_id, done_at)
        WHERE status = 'done' AND confirmation IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE warranty_call_back_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        ticket_id uuid NOT NULL REFERENCES warranty_tickets(id) ON DELETE CASCADE,
        visit_id uuid NOT NULL REFERENCES warranty_visits(id) ON DELETE CASCADE,
        due_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        closed_by uuid REFERENCES users(id),
        close_reason text,
        close_note text,
        CONSTRAINT warranty_call_back_tasks_one_per_visit UNIQUE (visit_id),
        CONSTRAINT warranty_call_back_tasks_reason_known
          CHECK (close_reason IS NULL OR close_reason IN ('confirmation_recorded', 'closed_by_customer_service')),
        CONSTRAINT warranty_call_back_tasks_closed_together CHECK ((closed_at IS NULL) = (close_reason IS NULL)),
        CONSTRAINT warranty_call_back_tasks_closing_note
          CHECK (close_reason IS DISTINCT FROM 'closed_by_customer_service' OR coalesce(length(btrim(close_note)), 0) > 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX warranty_call_back_tasks_open_idx ON warranty_call_back_tasks (project_id, due_at)
        WHERE closed_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX warranty_call_back_tasks_ticket_idx ON warranty_call_back_tasks (ticket_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE warranty_call_back_tasks`);
    await queryRunner.query(`DROP TABLE warranty_visits`);
  }
}
