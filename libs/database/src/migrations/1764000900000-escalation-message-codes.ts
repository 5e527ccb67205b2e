import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalations keep what they say as a code with its parameters (`message_code`, `message_params`, see libs/domain's
 * escalation messages), so readers get the sentence in their own language; `message` stays, rendered in the project's
 * language when the row has a code. Rows written before carry their English sentence and no code: nothing to backfill.
 */
export class EscalationMessageCodes1764000900000 implements MigrationInterface {
  name = 'EscalationMessageCodes1764000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE escalations
        ADD COLUMN message_code text,
        ADD COLUMN message_params jsonb,
        ADD CONSTRAINT escalations_message_params_with_code CHECK ((message_code IS NULL) = (message_params IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE escalations DROP CONSTRAINT escalations_message_params_with_code,
        DROP COLUMN message_params, DROP COLUMN message_code`);
  }
}
