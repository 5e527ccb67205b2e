import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox carries approvals waiting, decisions made and the daily briefing beside reminders and escalations: the
 * kinds people choose their channels for (issue 15).
 */
export class NotificationEventKinds1764001100000 implements MigrationInterface {
  name = 'NotificationEventKinds1764001100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification_events DROP CONSTRAINT notification_events_kind_known`);
    await queryRunner.query(`
      ALTER TABLE notification_events ADD CONSTRAINT notification_events_kind_known
        CHECK (kind IN ('reminder', 'escalation', 'approval_waiting', 'decision_made', 'daily_briefing'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notification_events WHERE kind NOT IN ('reminder', 'escalation')`);
    await queryRunner.query(`ALTER TABLE notification_events DROP CONSTRAINT notification_events_kind_known`);
    await queryRunner.query(
      `ALTER TABLE notification_events ADD CONSTRAINT notification_events_kind_known CHECK (kind IN ('reminder', 'escalation'))`,
    );
  }
}
