import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Owners sign in with their phone number and a one-time code (业主验证码登录, issue 17 item 1). The number is the
 * one in the unit list (units.owner_phone); none of these tables refer to units, so an owner whose units are
 * re-imported keeps signing in.
 * - owner_sign_in_codes: a code's HMAC (keyed with the server's secret and bound to the number), never the code;
 *   dead after 5 minutes, 5 wrong tries, or once used.
 * - owner_sessions: the SHA-256 of an owner's session token, never the token; owner tokens are accepted only on
 *   /owner/* routes.
 * - sms_outbox: every text message sent, with the provider that took it; the local outbox (no provider configured)
 *   keeps the code readable for admins, the real providers' rows keep it masked.
 * - owner_sign_in_counters: fixed-window request counts per number and per client address, both keyed by an HMAC.
 * Written with SQL by the API's owner-auth module (no entity maps these tables).
 */
export class OwnerSignIn1764001900000 implements MigrationInterface {
  name = 'OwnerSignIn1764001900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE owner_sign_in_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        phone text NOT NULL,
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        consumed_at timestamptz,
        CONSTRAINT owner_sign_in_codes_phone_mobile CHECK (phone ~ '^1[0-9]{10}$'),
        CONSTRAINT owner_sign_in_codes_expiry CHECK (expires_at > created_at),
        CONSTRAINT owner_sign_in_codes_attempts CHECK (attempts BETWEEN 0 AND 5)
      )`);
    // The latest code of a number: what a sign-in checks.
    await queryRunner.query(
      `CREATE INDEX owner_sign_in_codes_phone_idx ON owner_sign_in_codes (phone, created_at DESC)`,
    );

    await queryRunner.query(`
      CREATE TABLE owner_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL,
        phone text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT owner_sessions_token_once UNIQUE (token_hash),
        CONSTRAINT owner_sessions_phone_mobile CHECK (phone ~ '^1[0-9]{10}$'),
        CONSTRAINT owner_sessions_expiry CHECK (expires_at > created_at)
      )`);

    await queryRunner.query(`
      CREATE TABLE sms_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "to" text NOT NULL,
        template text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        provider text NOT NULL,
        status text NOT NULL,
        provider_message_id text,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sms_outbox_provider_known CHECK (provider IN ('outbox', 'aliyun', 'tencent')),
        CONSTRAINT sms_outbox_status_known CHECK (status IN ('held', 'sent', 'failed')),
        CONSTRAINT sms_outbox_held_locally CHECK ((status = 'held') = (provider = 'outbox'))
      )`);
    await queryRunner.query(`CREATE INDEX sms_outbox_newest_idx ON sms_outbox (created_at DESC, id DESC)`);

    await queryRunner.query(`
      CREATE TABLE owner_sign_in_counters (
        scope text NOT NULL,
        key_hash text NOT NULL,
        window_seconds int NOT NULL,
        window_start timestamptz NOT NULL,
        count int NOT NULL,
        PRIMARY KEY (scope, key_hash, window_seconds, window_start),
        CONSTRAINT owner_sign_in_counters_scope_known CHECK (scope IN ('phone', 'ip', 'ip_verify')),
        CONSTRAINT owner_sign_in_counters_count CHECK (count > 0)
      )`);

    // Owners are found by their number across projects.
    await queryRunner.query(`CREATE INDEX units_owner_phone_idx ON units (owner_phone)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX units_owner_phone_idx`);
    await queryRunner.query(`DROP TABLE owner_sign_in_counters`);
    await queryRunner.query(`DROP TABLE sms_outbox`);
    await queryRunner.query(`DROP TABLE owner_sessions`);
    await queryRunner.query(`DROP TABLE owner_sign_in_codes`);
  }
}
