import { ConflictException, Injectable } from '@nestjs/common';
import type { MilestoneKey } from '@handover/domain';
import { GateEvidenceRepository } from './gate-evidence.repository';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

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
    throw new ConflictException(
      `${plural(total, 'risk item is', 'risk items are')} still undecided (${byArea}); each needs a decision (rectify or cannot rectify) by its department before the risk self-check can close.`,
    );
  }

  async assertRectificationReady(projectId: string): Promise<void> {
    const rows = await this.evidence.openInUnitQualityDefectsByStatus(projectId);
    const total = rows.reduce((sum, row) => sum + row.n, 0);
    if (total === 0) return;
    const byStatus = rows
      .map((row) => `${row.status === 'fixed' ? 'fixed awaiting verification' : row.status}: ${row.n}`)
      .join(', ');
    throw new ConflictException(
      `${plural(total, 'in-unit quality defect is', 'in-unit quality defects are')} still open (${byStatus}); fix and verify each, or defer it to a committed date, before this gate can close.`,
    );
  }
}
