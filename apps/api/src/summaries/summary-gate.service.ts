import { ConflictException, Injectable, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The records behind the phase-9 gate (交付总结验收): HQ may approve `summaryAccepted` only once the project lead has
 * submitted the summary. Needs only the database, so ProjectsModule can import it without a module cycle.
 */
@Injectable()
export class SummaryGateService {
  constructor(private readonly dataSource: DataSource) {}

  /** Throws 409 unless the project's handover summary is submitted (or already accepted). */
  async assertSubmitted(projectId: string): Promise<void> {
    const [row] = (await this.dataSource.query(`SELECT status FROM handover_summaries WHERE project_id = $1`, [projectId])) as { status: string }[];
    if (!row) {
      throw new ConflictException(
        'The handover summary has not been compiled yet; the project lead compiles it, completes the narrative and submits it before HQ can accept it.',
      );
    }
    if (row.status === 'draft') {
      throw new ConflictException('The handover summary is still a draft; HQ can accept it only after the project lead has submitted it.');
    }
  }

  /** Marks a submitted summary accepted once the summaryAccepted milestone is closed in the read model; idempotent. */
  async syncAccepted(projectId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE handover_summaries s SET status = 'accepted', updated_at = now()
        WHERE s.project_id = $1 AND s.status = 'submitted'
          AND EXISTS (SELECT 1 FROM project_milestones m WHERE m.project_id = s.project_id AND m.key = 'summaryAccepted' AND m.status = 'closed')`,
      [projectId],
    );
  }
}

/** Import into ProjectsModule to call {@link SummaryGateService.assertSubmitted} before approving `summaryAccepted`. */
@Module({ providers: [SummaryGateService], exports: [SummaryGateService] })
export class SummaryGateModule {}
