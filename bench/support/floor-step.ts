/**
 * The least a handover step can write while it keeps issue 18's guarantees, for `npm run bench:floor`: the unit's
 * change guarded on the version it was read at (the state machine's guard), its history event and its audit entry,
 * in one statement (one round trip, one implicit transaction, `synchronous_commit` on) — what the product's steps
 * end in (apps/api/src/unit-handover), with or without the unit read before it, never with the scope check and the
 * user lookup the product's steps also make.
 * The tables are the bench's own, shaped as the product's units, unit_events and audit_log (with its index).
 */
import type { Client, Pool } from 'pg';

const UNITS = 'bench_floor_units';
const EVENTS = 'bench_floor_unit_events';
const AUDIT = 'bench_floor_audit_log';

export async function ensureStepTables(db: Pool | Client): Promise<void> {
  await db.query(`
    CREATE TABLE IF NOT EXISTS ${UNITS} (
      id uuid PRIMARY KEY,
      state text NOT NULL DEFAULT 'checked_in',
      version integer NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE IF NOT EXISTS ${EVENTS} (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      unit_id uuid NOT NULL REFERENCES ${UNITS} (id),
      kind text NOT NULL,
      note text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS ${EVENTS}_unit_id ON ${EVENTS} (unit_id, at);
    CREATE TABLE IF NOT EXISTS ${AUDIT} (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      actor_id uuid,
      actor_role text NOT NULL,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      project_id uuid,
      before jsonb,
      after jsonb,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS ${AUDIT}_project_id ON ${AUDIT} (project_id, at);`);
}

/** The units the requests name: one row each, so every step finds its unit. */
export async function seedStepUnits(db: Pool | Client, unitIds: string[]): Promise<void> {
  await db.query(`INSERT INTO ${UNITS} (id) SELECT unnest($1::uuid[]) ON CONFLICT (id) DO NOTHING`, [unitIds]);
}

/**
 * With `readFirst`, reads the unit's version, then writes: two round trips, as a product step that reads its unit
 * before its state machine decides; a lost race (the version moved between the read and the write) writes nothing and
 * is tried again, as the product's steps do. Without it, one round trip guarded on the version being what it is: the
 * least any step could cost.
 */
const READ_UNIT = `SELECT version FROM ${UNITS} WHERE id = $1`;
const WRITE_STEP = `
  WITH unit AS (
    UPDATE ${UNITS} SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2
    RETURNING id, state, version
  ), event AS (
    INSERT INTO ${EVENTS} (unit_id, kind, note) SELECT id, 'defect_recorded', $3 FROM unit
    RETURNING id, unit_id, note, at
  ), audit AS (
    INSERT INTO ${AUDIT} (actor_id, actor_role, action, entity_type, entity_id, project_id, before, after)
    SELECT $4, 'project_lead', 'unit.step', 'unit', unit.id::text, $5,
           jsonb_build_object('version', $2::integer), jsonb_build_object('version', unit.version, 'note', $3::text)
    FROM unit
  )
  SELECT id, unit_id, note AS description, at AS created_at FROM event`;
/** The same statement with the guard on the version left out ($2 still typed, unused by the WHERE). */
const WRITE_STEP_ANY_VERSION = WRITE_STEP.replace('AND version = $2', 'AND $2::integer IS NOT NULL');

export interface StepRow {
  id: string;
  unit_id: string;
  description: string;
  created_at: Date;
}

export async function recordStep(
  pool: Pool,
  step: { unitId: string; description: string; actorId: string; projectId: string; readFirst: boolean },
): Promise<StepRow | null> {
  const write = (version: number | null) =>
    pool.query<StepRow>(version === null ? WRITE_STEP_ANY_VERSION : WRITE_STEP, [
      step.unitId,
      version ?? 0,
      step.description,
      step.actorId,
      step.projectId,
    ]);
  if (!step.readFirst) return (await write(null)).rows[0] ?? null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const read = await pool.query<{ version: number }>(READ_UNIT, [step.unitId]);
    if (read.rows.length === 0) return null;
    const written = await write(read.rows[0].version);
    if (written.rows.length === 1) return written.rows[0];
  }
  throw new Error(`unit ${step.unitId}: five lost races`);
}
