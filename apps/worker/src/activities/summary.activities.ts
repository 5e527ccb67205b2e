import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLogRepository, SummaryCompiler } from '@handover/database';

/** The summary activity the reporting workflow calls when the centralized handover period ends. */
export interface SummaryActivities {
  /**
   * Compiles the post-handover summary (交付总结) of a project. Idempotent: creates the summary if missing, recompiles
   * the computed sections of a draft, never touches the narrative, leaves a submitted or accepted summary as it is.
   */
  compileHandoverSummary(projectId: string): Promise<void>;
}

@Injectable()
export class SummaryActivitiesService implements SummaryActivities {
  private readonly logger = new Logger('SummaryActivities');
  private readonly compiler: SummaryCompiler;

  constructor(
    dataSource: DataSource,
    private readonly audit: AuditLogRepository,
  ) {
    // The same compiler the API's POST /projects/:id/summary/compile uses; it needs only the database.
    this.compiler = new SummaryCompiler(dataSource);
  }

  async compileHandoverSummary(projectId: string): Promise<void> {
    const result = await this.compiler.compile(projectId);
    if (result.outcome === 'no_project') {
      // Nothing to retry: a project that does not exist will not appear by retrying.
      this.logger.warn({ event: 'summary.compile', projectId, outcome: result.outcome });
      return;
    }
    if (result.outcome !== 'frozen') await this.recordAudit(projectId, result);
    this.logger.log({ event: 'summary.compile', projectId, ...result });
  }

  /** The compilation in the audit log, by the system (a retry adds one more entry, the summary stays the same). */
  private async recordAudit(projectId: string, result: object): Promise<void> {
    await this.audit.record({
      actorId: null,
      actorRole: 'system',
      action: 'summary.compile',
      entityType: 'handover_summary',
      entityId: projectId,
      projectId,
      before: null,
      after: result,
    });
  }

  /** The object handed to the Temporal worker: every activity bound to this service. */
  bind(): SummaryActivities {
    return { compileHandoverSummary: this.compileHandoverSummary.bind(this) };
  }
}
