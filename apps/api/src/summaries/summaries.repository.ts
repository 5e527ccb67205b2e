import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { HandoverSummaryEntity, type SummaryNarrative, type SummaryStatus } from '@handover/database';
import { summaryStatusOf } from './summary-gate.service';

export interface StoredSummary {
  summary: HandoverSummaryEntity;
  /** status of the summaryAccepted milestone in the read model, if the project has it */
  milestoneStatus: string | null;
  /** the status a reader sees: the stored one, accepted once HQ closed the summaryAccepted gate */
  status: SummaryStatus;
}

@Injectable()
export class SummariesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(
    projectId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<StoredSummary | null> {
    const summary = await manager.findOne(HandoverSummaryEntity, {
      where: { projectId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!summary) return null;
    const [milestone] = (await manager.query(
      `SELECT status FROM project_milestones WHERE project_id = $1 AND key = 'summaryAccepted'`,
      [projectId],
    )) as { status: string }[];
    const milestoneStatus = milestone?.status ?? null;
    return { summary, milestoneStatus, status: summaryStatusOf(summary.status, milestoneStatus) };
  }

  async updateNarrative(
    projectId: string,
    narrative: SummaryNarrative,
    userId: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE handover_summaries SET narrative = $2, narrative_updated_by = $3, narrative_updated_at = now(), status = 'draft', updated_at = now()
        WHERE project_id = $1`,
      [projectId, narrative, userId],
    );
  }

  async markSubmitted(projectId: string, userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE handover_summaries SET status = 'submitted', submitted_by = $2, submitted_at = now(), updated_at = now() WHERE project_id = $1`,
      [projectId, userId],
    );
  }
}
