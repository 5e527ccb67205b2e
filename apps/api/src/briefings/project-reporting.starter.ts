import { Injectable, Logger } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import {
  PROJECT_REPORTING_WORKFLOW,
  projectReportingWorkflowId,
  reportingCalendarChangedSignal,
} from '@handover/contracts';
import { TemporalClientService } from '../temporal/temporal-client.service';

/**
 * Starts a project's reporting workflow (集中交付快报, `reporting-<projectId>`); idempotent: a running one is left as it
 * is and reported as `started: false`. Any code holding a Temporal client can call it — the project launch should,
 * right after it starts the project's timeline workflow.
 */
export async function startProjectReporting(
  client: Client,
  taskQueue: string,
  projectId: string,
): Promise<{ workflowId: string; started: boolean }> {
  const workflowId = projectReportingWorkflowId(projectId);
  try {
    await client.workflow.start(PROJECT_REPORTING_WORKFLOW, { workflowId, taskQueue, args: [projectId] });
    return { workflowId, started: true };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, started: false };
    throw error;
  }
}

/** The Nest face of {@link startProjectReporting}, plus the wake-up when the project's briefing calendar changes. */
@Injectable()
export class ProjectReportingStarter {
  private readonly logger = new Logger('ProjectReporting');

  constructor(private readonly temporal: TemporalClientService) {}

  start(projectId: string): Promise<{ workflowId: string; started: boolean }> {
    return startProjectReporting(this.temporal.client, this.temporal.taskQueue, projectId);
  }

  /** D, the centralized period or the briefing time changed: the workflow re-plans its next briefing now. Never throws. */
  async calendarChanged(projectId: string): Promise<void> {
    try {
      await this.temporal.client.workflow
        .getHandle(projectReportingWorkflowId(projectId))
        .signal(reportingCalendarChangedSignal);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return;
      this.logger.warn(
        { projectId, error: (error as Error).message },
        'could not tell the reporting workflow that its calendar changed',
      );
    }
  }
}
