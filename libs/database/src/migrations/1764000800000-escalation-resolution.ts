import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalations name their record (`record_kind`, `record_id`) and say when they were resolved (`resolved_at`), so
 * "still open" is `resolved_at IS NULL` instead of a record id cut out of the key at fixed offsets.
 *
 * Backfill, from the keys the writers built and the open-rule the HQ board and the escalation list used until now:
 * - `deadline-defect-<id>-<deadline>` (defect_overdue), `deadline-complaint-<id>-<deadline>` (complaint_overdue),
 *   `complaint-<id>-<severity>` (major_complaint) give the record; gate and at-risk escalations have none.
 * - resolved: a milestone escalation whose gate has no open row in project_milestones, an at-risk escalation of a
 *   project no longer at risk, a defect escalation whose defect is neither open nor assigned, a complaint escalation
 *   whose complaint was replied to (or, for both, whose record is gone). The time is the best the data knows: the
 *   gate's closedAt or the last replan in the project's snapshot, the defect's closed_at / updated_at, the
 *   complaint's replied_at; never before raised_at, and the migration's time when nothing is known.
 */
export class EscalationResolution1764000800000 implements MigrationInterface {
  name = 'EscalationResolution1764000800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE escalations
        ADD COLUMN record_kind text CONSTRAINT escalations_record_kind_known CHECK (record_kind IN ('defect', 'complaint')),
        ADD COLUMN record_id uuid,
        ADD COLUMN resolved_at timestamptz`);

    await queryRunner.query(`
      UPDATE escalations SET record_kind = 'defect', record_id = substring(key FROM '^deadline-defect-([0-9a-f-]{36})-')::uuid
       WHERE kind = 'defect_overdue'`);
    await queryRunner.query(`
      UPDATE escalations SET record_kind = 'complaint', record_id = substring(key FROM '^deadline-complaint-([0-9a-f-]{36})-')::uuid
       WHERE kind = 'complaint_overdue'`);
    await queryRunner.query(`
      UPDATE escalations SET record_kind = 'complaint', record_id = substring(key FROM '^complaint-([0-9a-f-]{36})-')::uuid
       WHERE kind = 'major_complaint'`);
    const unparsed: { key: string }[] = await queryRunner.query(
      `SELECT key FROM escalations WHERE record_kind IS NOT NULL AND record_id IS NULL ORDER BY key LIMIT 5`,
    );
    if (unparsed.length > 0) {
      throw new Error(
        `escalations whose key names no record (expected deadline-<kind>-<uuid>-… or complaint-<uuid>-…): ${unparsed.map((row) => row.key).join(', ')}`,
      );
    }
    await queryRunner.query(`
      ALTER TABLE escalations ADD CONSTRAINT escalations_record_matches_kind CHECK (
        record_kind IS NOT DISTINCT FROM (CASE kind WHEN 'defect_overdue' THEN 'defect'
          WHEN 'complaint_overdue' THEN 'complaint' WHEN 'major_complaint' THEN 'complaint' END)
        AND (record_id IS NULL) = (record_kind IS NULL))`);

    await queryRunner.query(`
      UPDATE escalations e
         SET resolved_at = GREATEST(e.raised_at, COALESCE(
               (SELECT (m ->> 'closedAt')::timestamptz
                  FROM projects p CROSS JOIN LATERAL jsonb_array_elements(COALESCE(p.snapshot -> 'milestones', '[]'::jsonb)) m
                 WHERE p.id = e.project_id AND m ->> 'key' = e.milestone_key), now()))
       WHERE e.kind = 'milestone_overdue'
         AND NOT EXISTS (SELECT 1 FROM project_milestones m WHERE m.project_id = e.project_id AND m.key = e.milestone_key AND m.status <> 'closed')`);
    await queryRunner.query(`
      UPDATE escalations e
         SET resolved_at = GREATEST(e.raised_at, COALESCE((p.snapshot -> 'planHistory' -> -1 ->> 'at')::timestamptz, now()))
        FROM projects p
       WHERE e.kind = 'handover_date_at_risk' AND p.id = e.project_id AND NOT p.at_risk`);
    await queryRunner.query(`
      UPDATE escalations e
         SET resolved_at = GREATEST(e.raised_at, COALESCE(
               (SELECT COALESCE(d.closed_at, d.updated_at) FROM defects d WHERE d.id = e.record_id), now()))
       WHERE e.record_kind = 'defect'
         AND NOT EXISTS (SELECT 1 FROM defects d WHERE d.id = e.record_id AND d.status IN ('open', 'assigned'))`);
    await queryRunner.query(`
      UPDATE escalations e
         SET resolved_at = GREATEST(e.raised_at, COALESCE(
               (SELECT COALESCE(c.replied_at, c.updated_at) FROM complaints c WHERE c.id = e.record_id), now()))
       WHERE e.record_kind = 'complaint'
         AND NOT EXISTS (SELECT 1 FROM complaints c WHERE c.id = e.record_id AND c.status <> 'replied')`);
    await queryRunner.query(`
      ALTER TABLE escalations ADD CONSTRAINT escalations_resolved_after_raised CHECK (resolved_at IS NULL OR resolved_at >= raised_at)`);

    // The board's and the list's "open escalations of a project"; resolving and reopening by record.
    await queryRunner.query(
      `CREATE INDEX escalations_open_by_project_idx ON escalations (project_id, raised_at DESC) WHERE resolved_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX escalations_record_idx ON escalations (record_kind, record_id) WHERE record_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX escalations_record_idx`);
    await queryRunner.query(`DROP INDEX escalations_open_by_project_idx`);
    await queryRunner.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_resolved_after_raised`);
    await queryRunner.query(`ALTER TABLE escalations DROP CONSTRAINT escalations_record_matches_kind`);
    await queryRunner.query(
      `ALTER TABLE escalations DROP COLUMN resolved_at, DROP COLUMN record_id, DROP COLUMN record_kind`,
    );
  }
}
