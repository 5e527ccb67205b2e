/**
 * The baseline's own table in the product's database (not one of the product's migrations: it exists for
 * `npm run bench:compare` only). A defect reduced to what the baseline writes: a UUID key, the unit, the text and the
 * time, with an index on the unit as the product's defects have.
 */
import type { Pool, PoolClient, Client } from 'pg';

export const BASELINE_TABLE = 'bench_baseline_defects';

export async function ensureBaselineTable(db: Pool | PoolClient | Client): Promise<void> {
  await db.query(`
    CREATE TABLE IF NOT EXISTS ${BASELINE_TABLE} (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL,
      description text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS ${BASELINE_TABLE}_unit_id ON ${BASELINE_TABLE} (unit_id);`);
}

/** Inserts `count` rows over the given units in one statement and returns their ids: what the read twin reads. */
export async function seedBaselineRows(db: Pool | Client, unitIds: string[], count: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO ${BASELINE_TABLE} (unit_id, description)
     SELECT ($1::uuid[])[1 + g % array_length($1::uuid[], 1)], '读取基准 ' || g FROM generate_series(0, $2::int - 1) AS g
     RETURNING id`,
    [unitIds, count],
  );
  await db.query(`ANALYZE ${BASELINE_TABLE}`);
  return rows.map((row) => row.id);
}
