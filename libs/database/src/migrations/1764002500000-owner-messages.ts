import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Text messages to owners (issue 17 item 3, 业主短信): the handover notice, the booking reminder the day before, the
 * reply to an objection and the repair visit. One row per message, written in the transaction of the action it tells
 * of (source_key makes a second enqueue the same row); the number is read from the unit when it is sent, so no row
 * holds it. Opt-outs are kept per person (the SHA-256 of the mobile number: one person may own several units) and kind.
 */
export class OwnerMessages1764002500000 implements MigrationInterface {
  name = 'OwnerMessages1764002500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE owner_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT owner_messages_kind_known
          CHECK (kind IN ('handover_notice', 'booking_reminder', 'objection_reply', 'repair_visit')),
        source_key text NOT NULL CONSTRAINT owner_messages_source_key_unique UNIQUE,
        params jsonb NOT NULL CONSTRAINT owner_messages_params_object CHECK (jsonb_typeof(params) = 'object'),
        send_after timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT owner_messages_status_known
          CHECK (status IN ('pending', 'sent', 'failed', 'cancelled', 'opted_out')),
        attempts int NOT NULL DEFAULT 0 CONSTRAINT owner_messages_attempts_not_negative CHECK (attempts >= 0),
        provider text,
        provider_message_id text,
        error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX owner_messages_pending_due_idx ON owner_messages (send_after) WHERE status = 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX owner_messages_unit_idx ON owner_messages (unit_id)`);
    await queryRunner.query(`
      CREATE TABLE owner_message_preferences (
        phone_sha256 text NOT NULL CONSTRAINT owner_message_preferences_hash_hex CHECK (phone_sha256 ~ '^[0-9a-f]{64}$'),
        kind text NOT NULL CONSTRAINT owner_message_preferences_kind_known
          CHECK (kind IN ('handover_notice', 'booking_reminder', 'objection_reply', 'repair_visit')),
        opted_out boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (phone_sha256, kind)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE owner_message_preferences`);
    await queryRunner.query(`DROP TABLE owner_messages`);
  }
}
