import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SignInLimit } from '@handover/domain';

export interface StoredSignInCode {
  id: string;
  codeHash: string;
  expiresAt: Date;
  attempts: number;
  consumedAt: Date | null;
}

export interface OwnerSession {
  id: string;
  phone: string;
}

export interface CountedRow {
  scope: string;
  windowSeconds: number;
  windowStart: Date;
  count: number;
}

export interface OwnerUnitRow {
  id: string;
  projectId: string;
  projectName: string;
  /** the project's IANA time zone (Asia/Shanghai unless set) */
  timeZone: string;
  building: string;
  unitNo: string;
  room: string;
  ownerName: string;
  fitOut: string;
  handoverState: string;
  contractedAreaCenti: number;
  surveyedAreaCenti: number;
}

const UNIT_COLUMNS = `
  u.id, u.project_id AS "projectId", p.name AS "projectName", p.time_zone AS "timeZone", u.building,
  u.unit_no AS "unitNo", u.room,
  u.owner_name AS "ownerName", u.fit_out AS "fitOut", u.handover_state AS "handoverState",
  u.contracted_area_centi AS "contractedAreaCenti", u.surveyed_area_centi AS "surveyedAreaCenti"`;

/** Owner sign-in's tables (owner_sign_in_codes, owner_sessions, owner_sign_in_counters) and the owner's units. */
@Injectable()
export class OwnerAuthRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async hasUnits(phone: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM units WHERE owner_phone = $1 LIMIT 1`, [phone])) as unknown[];
    return rows.length > 0;
  }

  /**
   * Adds this request to every window of `limits` in one statement and answers the counts after it. Rows are locked
   * in key order, so concurrent requests of one number wait for each other and never deadlock; the caller rolls the
   * transaction back when a count is over its limit, so a refused request uses up nothing.
   */
  async count(
    manager: EntityManager,
    windows: { limit: SignInLimit; keyHash: string; start: Date }[],
  ): Promise<CountedRow[]> {
    const rows = (await manager.query(
      `INSERT INTO owner_sign_in_counters AS c (scope, key_hash, window_seconds, window_start, count)
       SELECT scope, key_hash, window_seconds, window_start, 1
         FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[])
              AS w(scope, key_hash, window_seconds, window_start)
        ORDER BY scope, key_hash, window_seconds, window_start
       ON CONFLICT (scope, key_hash, window_seconds, window_start) DO UPDATE SET count = c.count + 1
       RETURNING scope, window_seconds AS "windowSeconds", window_start AS "windowStart", count`,
      [
        windows.map((w) => w.limit.scope),
        windows.map((w) => w.keyHash),
        windows.map((w) => w.limit.seconds),
        windows.map((w) => w.start.toISOString()),
      ],
    )) as CountedRow[];
    return rows.map((row) => ({ ...row, windowStart: new Date(row.windowStart), count: Number(row.count) }));
  }

  /** Counters of windows that ended more than a day ago are of no use. */
  async forgetOldCounters(): Promise<void> {
    await this.dataSource.query(`DELETE FROM owner_sign_in_counters WHERE window_start < now() - interval '1 day'`);
  }

  async insertCode(phone: string, codeHash: string, ttlSeconds: number): Promise<string> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO owner_sign_in_codes (phone, code_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3)) RETURNING id`,
      [phone, codeHash, ttlSeconds],
    )) as { id: string }[];
    return row!.id;
  }

  /** The number's latest code, locked until the transaction ends: two tries of one code are judged one after the other. */
  async latestCodeForUpdate(manager: EntityManager, phone: string): Promise<StoredSignInCode | null> {
    const [row] = (await manager.query(
      `SELECT id, code_hash AS "codeHash", expires_at AS "expiresAt", attempts, consumed_at AS "consumedAt"
         FROM owner_sign_in_codes WHERE phone = $1 ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE`,
      [phone],
    )) as StoredSignInCode[];
    return row ?? null;
  }

  async countWrongTry(manager: EntityManager, codeId: string): Promise<void> {
    await manager.query(`UPDATE owner_sign_in_codes SET attempts = attempts + 1 WHERE id = $1`, [codeId]);
  }

  async consumeCode(manager: EntityManager, codeId: string): Promise<void> {
    await manager.query(`UPDATE owner_sign_in_codes SET consumed_at = now() WHERE id = $1`, [codeId]);
  }

  async createSession(manager: EntityManager, phone: string, tokenHash: string, ttlSeconds: number): Promise<string> {
    const [row] = (await manager.query(
      `INSERT INTO owner_sessions (token_hash, phone, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3)) RETURNING id`,
      [tokenHash, phone, ttlSeconds],
    )) as { id: string }[];
    return row!.id;
  }

  async findLiveSession(tokenHash: string): Promise<OwnerSession | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id, phone FROM owner_sessions WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()`,
      [tokenHash],
    )) as OwnerSession[];
    return row ?? null;
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE owner_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
    ]);
  }

  async unitsOf(phone: string): Promise<OwnerUnitRow[]> {
    return (await this.dataSource.query(
      `SELECT ${UNIT_COLUMNS} FROM units u JOIN projects p ON p.id = u.project_id
        WHERE u.owner_phone = $1 ORDER BY p.name, u.building, u.unit_no, u.room`,
      [phone],
    )) as OwnerUnitRow[];
  }

  async unitOf(phone: string, unitId: string): Promise<OwnerUnitRow | null> {
    const [row] = (await this.dataSource.query(
      `SELECT ${UNIT_COLUMNS} FROM units u JOIN projects p ON p.id = u.project_id
        WHERE u.owner_phone = $1 AND u.id = $2`,
      [phone, unitId],
    )) as OwnerUnitRow[];
    return row ?? null;
  }
}
