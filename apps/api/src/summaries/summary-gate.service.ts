import { HttpStatus, Injectable } from '@nestjs/common';
import { HandoverSummariesRepository, type SummaryStatus } from '@handover/database';
import { ApiError } from '../common/api-error';

/**
 * The status a reader sees, from the stored one and the summaryAccepted gate in the read model: a submitted summary
 * is accepted once HQ has closed the gate. Computed on every read, never written back (rows marked accepted by
 * earlier versions stay accepted).
 */
export function summaryStatusOf(stored: SummaryStatus, gateStatus: string | null): SummaryStatus {
  return stored === 'submitted' && gateStatus === 'closed' ? 'accepted' : stored;
}

/**
 * The records behind the phase-9 gate (交付总结验收): HQ may approve `summaryAccepted` only once the project lead has
 * submitted the summary. Needs only the database, so ProjectsModule can import it without a module cycle.
 */
@Injectable()
export class SummaryGateService {
  constructor(private readonly summaries: HandoverSummariesRepository) {}

  /** Throws 409 unless the project's handover summary is submitted (or already accepted). */
  async assertSubmitted(projectId: string): Promise<void> {
    const status = await this.summaries.storedStatus(projectId);
    if (!status) throw new ApiError(HttpStatus.CONFLICT, 'GATE_SUMMARY_NOT_COMPILED');
    if (status === 'draft') throw new ApiError(HttpStatus.CONFLICT, 'GATE_SUMMARY_DRAFT');
  }
}
