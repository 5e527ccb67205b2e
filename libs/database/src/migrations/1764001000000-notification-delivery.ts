import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications that reach people (issue 15): each person's contacts and preferences, one in-app notification per
 * person and event (the notification centre), and one delivery per notification and external channel, so a retried
 * send is recognised and a permanent failure is kept for the admin. `notification_events` stays the outbox the
 * timeline and the API write; `dispatched_at` says its notifications exist. The city company's responsible person is
 * the escalation ladder's second step.
 */
export class NotificationDelivery1764001000000 implements MigrationInterface {
  name = 'NotificationDelivery1764001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_contacts (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        email text,
        wecom_user_id text,
        dingtalk_user_id text,
        mobile text,
        language text NOT NULL DEFAULT 'zh-CN' CONSTRAINT user_contacts_language_known CHECK (language IN ('zh-CN', 'en')),
        time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
        quiet_start text NOT NULL DEFAULT '21:00' CONSTRAINT user_contacts_quiet_start_time CHECK (quiet_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        quiet_end text NOT NULL DEFAULT '08:00' CONSTRAINT user_contacts_quiet_end_time CHECK (quiet_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        preferences jsonb NOT NULL DEFAULT '{}' CONSTRAINT user_contacts_preferences_object CHECK (jsonb_typeof(preferences) = 'object'),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE notifications (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        project_id uuid REFERENCES projects(id) ON DELETE CASCADE,
        topic text NOT NULL CONSTRAINT notifications_topic_known
          CHECK (topic IN ('reminder', 'escalation', 'approval_waiting', 'decision_made', 'daily_briefing')),
        source_key text NOT NULL,
        code text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        title text NOT NULL,
        body text NOT NULL,
        link text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT notifications_once_per_person UNIQUE (user_id, source_key)
      )`);
    await queryRunner.query(`CREATE INDEX notifications_inbox ON notifications (user_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE notification_deliveries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        notification_id bigint NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        channel text NOT NULL CONSTRAINT notification_deliveries_channel_known CHECK (channel IN ('wecom', 'dingtalk', 'email')),
        address text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT notification_deliveries_status_known CHECK (status IN ('pending', 'sent', 'failed')),
        not_before timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0 CONSTRAINT notification_deliveries_attempts_not_negative CHECK (attempts >= 0),
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_deliveries_once_per_channel UNIQUE (notification_id, channel)
      )`);
    await queryRunner.query(
      `CREATE INDEX notification_deliveries_pending ON notification_deliveries (not_before) WHERE status = 'pending'`,
    );
    await queryRunner.query(`ALTER TABLE notification_events ADD COLUMN dispatched_at timestamptz`);
    // Events from before there was delivery were never sent; sending them now would tell people of the past.
    await queryRunner.query(`UPDATE notification_events SET dispatched_at = created_at`);
    await queryRunner.query(
      `CREATE INDEX notification_events_undispatched ON notification_events (created_at) WHERE dispatched_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE projects ADD COLUMN city_responsible_user_id uuid REFERENCES users(id) ON DELETE SET NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE projects DROP COLUMN city_responsible_user_id`);
    await queryRunner.query(`DROP INDEX notification_events_undispatched`);
    await queryRunner.query(`ALTER TABLE notification_events DROP COLUMN dispatched_at`);
    await queryRunner.query(`DROP TABLE notification_deliveries`);
    await queryRunner.query(`DROP TABLE notifications`);
    await queryRunner.query(`DROP TABLE user_contacts`);
  }
}
