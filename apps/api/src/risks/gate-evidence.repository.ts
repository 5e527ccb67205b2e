import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A risk item still waiting for its department's decision (rectify or cannot rectify). */
const UNDECIDED_RISK_ITEM = `decision IS NULL`;
/** An in-unit quality defect still open (open, assigned, fixed awaiting verification) and not deferred to a committed date. */
const OPEN_IN_UNIT_QUALITY_DEFECT = `unit_id IS NOT NULL AND category = 'quality' AND status IN ('open', 'assigned', 'fixed') AND deferred_until IS NULL`;

/** Facts from the field the project page shows beside its gates, counted from the records when read. */
export interface FieldFacts {
  undecidedRiskItems: number;
  openInUnitQualityDefects: number;
  keysWithContractor: number;
  unitsTotal: number;
  unitsHandedOver: number;
}

/**
 * The record counts milestone gates rest on (risk items, in-unit quality defects), for GateEvidenceService, and the
 * field facts of a project (the same counts, plus keys and units) for its detail.
 */
@Injectable()
export class GateEvidenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Risk items without a decision, per area (alphabetical); none when every item is decided. */
  undecidedRiskItemsByArea(projectId: string): Promise<{ area: string; n: number }[]> {
    return this.dataSource.query(
      `SELECT area, count(*)::int AS n FROM risk_items WHERE project_id = $1 AND ${UNDECIDED_RISK_ITEM} GROUP BY area ORDER BY area`,
      [projectId],
    );
  }

  /** In-unit quality defects still open and not deferred to a committed date, per status (open, assigned, fixed). */
  openInUnitQualityDefectsByStatus(projectId: string): Promise<{ status: string; n: number }[]> {
    return this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM defects
        WHERE project_id = $1 AND ${OPEN_IN_UNIT_QUALITY_DEFECT}
        GROUP BY status ORDER BY array_position(ARRAY['open', 'assigned', 'fixed'], status)`,
      [projectId],
    );
  }

  /** One project's field facts, in one round trip. */
  async fieldFacts(projectId: string): Promise<FieldFacts> {
    const [facts] = (await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM risk_items WHERE project_id = $1 AND ${UNDECIDED_RISK_ITEM}) AS "undecidedRiskItems",
              (SELECT count(*)::int FROM defects WHERE project_id = $1 AND ${OPEN_IN_UNIT_QUALITY_DEFECT}) AS "openInUnitQualityDefects",
              (SELECT count(*)::int FROM keys WHERE project_id = $1 AND holder = 'contractor') AS "keysWithContractor",
              (SELECT count(*)::int FROM units WHERE project_id = $1) AS "unitsTotal",
              (SELECT count(*)::int FROM units WHERE project_id = $1 AND handover_state = 'handed_over') AS "unitsHandedOver"`,
      [projectId],
    )) as FieldFacts[];
    return facts;
  }
}
