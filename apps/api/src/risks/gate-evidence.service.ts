import { HttpStatus, Injectable } from '@nestjs/common';
import type { MilestoneKey } from '@handover/domain';
import { ApiError } from '../common/api-error';
import { GateEvidenceRepository } from './gate-evidence.repository';

/**
 * Evidence from the records that a milestone gate rests on, checked by the API before an approval reaches the
 * workflow: the risk self-check cannot close with undecided risk items, rectification and the property transfer
 * not with open in-unit quality defects that were not deferred to a committed date.
 */
@Injectable()
export class GateEvidenceService {
  constructor(private readonly evidence: GateEvidenceRepository) {}

  /** Throws 409 when the records do not support approving `milestone`; other milestones pass. */
  async assertReadyFor(projectId: string, milestone: MilestoneKey): Promise<void> {
    if (milestone === 'riskSelfCheck') await this.assertRiskSelfCheckReady(projectId);
    if (milestone === 'rectification' || milestone === 'propertyTransfer')
      await this.assertRectificationReady(projectId);
  }

  async assertRiskSelfCheckReady(projectId: string): Promise<void> {
    const rows = await this.evidence.undecidedRiskItemsByArea(projectId);
    const total = rows.reduce((sum, row) => sum + row.n, 0);
    if (total === 0) return;
    const byArea = rows.map((row) => `${row.area}: ${row.n}`).join(', ');
    throw new ApiError(HttpStatus.CONFLICT, 'GATE_RISKS_UNDECIDED', { count: total, byArea });
  }

  async assertRectificationReady(projectId: string): Promise<void> {
    const rows = await this.evidence.openInUnitQualityDefectsByStatus(projectId);
    const total = rows.reduce((sum, row) => sum + row.n, 0);
    if (total === 0) return;
    const byStatus = Object.fromEntries(rows.map((row) => [row.status, row.n]));
    throw new ApiError(HttpStatus.CONFLICT, 'GATE_DEFECTS_OPEN', { count: total, ...byStatus });
  }
}
