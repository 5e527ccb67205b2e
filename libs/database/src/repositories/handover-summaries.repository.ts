import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HandoverSummaryEntity, type SummaryStatus } from '../entities/summary.entity';

/**
 * What the phase-9 gate (交付总结验收) needs of the handover summary, shared so the projects feature can ask without
 * importing the summaries feature (whose repository writes the summary).
 */
@Injectable()
export class HandoverSummariesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The stored status of the project's summary; null when none has been compiled. */
  async storedStatus(projectId: string): Promise<SummaryStatus | null> {
    const summary = await this.dataSource.manager.findOne(HandoverSummaryEntity, {
      select: { status: true },
      where: { projectId },
    });
    return summary?.status ?? null;
  }
}
