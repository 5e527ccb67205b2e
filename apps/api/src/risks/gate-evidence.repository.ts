import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The record counts milestone gates rest on (risk items, in-unit quality defects), for GateEvidenceService. */
@Injectable()
export class GateEvidenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Risk items without a decision, per area (alphabetical); none when every item is decided. */
  undecidedRiskItemsByArea(projectId: string): Promise<{ area: string; n: number }[]> {
    return this.dataSource.query(
      `SELECT area, count(*)::int AS n FROM risk_items WHERE project_id = $1 AND decision IS NULL GROUP BY area ORDER BY area`,
      [projectId],
    );
  }

  /** In-unit quality defects still open and not deferred to a committed date, per status (open, assigned, fixed). */
  openInUnitQualityDefectsByStatus(projectId: string): Promise<{ status: string; n: number }[]> {
    return this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM defects
        WHERE project_id = $1 AND unit_id IS NOT NULL AND category = 'quality'
          AND status IN ('open', 'assigned', 'fixed') AND deferred_until IS NULL
        GROUP BY status ORDER BY array_position(ARRAY['open', 'assigned', 'fixed'], status)`,
      [projectId],
    );
  }
}
