import { Injectable, Logger } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import {
  deadlineChangedSignal,
  RECORD_DEADLINE_WORKFLOW,
  recordClosedSignal,
  recordDeadlineWorkflowId,
  type DeadlineRecordKind,
  type RecordDeadlineInput,
} from '@handover/contracts';
import { TemporalClientService } from '../temporal/temporal-client.service';

/**
 * Starts and steers the durable deadline of a record (recordDeadlineWorkflow), after the record's transaction has
 * committed. Failures are logged, not thrown: PostgreSQL stays the truth (the overdue check reads it), and the next
 * change of the record's deadline or status tracks it again.
 */
@Injectable()
export class RecordDeadlinesService {
  private readonly logger = new Logger('RecordDeadlines');

  constructor(private readonly temporal: TemporalClientService) {}

  /** Starts the deadline workflow, or signals the new deadline to the one already running (signal-with-start). */
  async track(kind: DeadlineRecordKind, recordId: string, projectId: string, deadline: string): Promise<void> {
    const input: RecordDeadlineInput = { kind, recordId, projectId, deadline };
    try {
      await this.temporal.client.workflow.signalWithStart(RECORD_DEADLINE_WORKFLOW, {
        workflowId: recordDeadlineWorkflowId(kind, recordId),
        taskQueue: this.temporal.taskQueue,
        args: [input],
        signal: deadlineChangedSignal,
        signalArgs: [{ deadline }],
      });
    } catch (error) {
      this.logger.error(
        { kind, recordId, projectId, error: (error as Error).message },
        'could not start or signal the deadline workflow',
      );
    }
  }

  /** The record closed: its deadline workflow ends without escalating. */
  async closed(kind: DeadlineRecordKind, recordId: string): Promise<void> {
    try {
      await this.temporal.client.workflow
        .getHandle(recordDeadlineWorkflowId(kind, recordId))
        .signal(recordClosedSignal);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return;
      this.logger.warn(
        { kind, recordId, error: (error as Error).message },
        'could not signal the deadline workflow that the record closed',
      );
    }
  }
}
