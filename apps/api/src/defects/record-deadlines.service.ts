import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  deadlineSetSignal,
  deadlineWatcherWorkflowId,
  PROJECT_DEADLINE_WATCHER_WORKFLOW,
  type DeadlineRecordKind,
  type DeadlineWatcherInput,
} from '@handover/contracts';
import { DeadlineRecordsRepository } from '@handover/database';
import { TemporalClientService } from '../temporal/temporal-client.service';

/**
 * Keeps a record's deadline watched, after the record's transaction has committed. One watcher workflow per project
 * reads every open deadline from PostgreSQL; the API wakes it (signal-with-start) only when a deadline is earlier
 * than the one it sleeps on (the project's watch mark), so most writes make no Temporal call. A closed record needs
 * nothing: the watcher only escalates what PostgreSQL still holds open.
 */
@Injectable()
export class RecordDeadlinesService {
  private readonly logger = new Logger('RecordDeadlines');

  constructor(
    private readonly dataSource: DataSource,
    private readonly records: DeadlineRecordsRepository,
    private readonly temporal: TemporalClientService,
  ) {}

  /** `deadline`: the instant (ISO 8601) after which the record is overdue. */
  async track(kind: DeadlineRecordKind, recordId: string, projectId: string, deadline: string): Promise<void> {
    if (!(await this.records.lowerWatchMark(this.dataSource.manager, projectId, new Date(deadline)))) return;
    const input: DeadlineWatcherInput = { projectId };
    try {
      await this.temporal.client.workflow.signalWithStart(PROJECT_DEADLINE_WATCHER_WORKFLOW, {
        workflowId: deadlineWatcherWorkflowId(projectId),
        taskQueue: this.temporal.taskQueue,
        args: [input],
        signal: deadlineSetSignal,
        signalArgs: [{ at: deadline }],
      });
    } catch (error) {
      // The record is safe in PostgreSQL; clearing the mark makes the next deadline set in the project wake the
      // watcher again, and a running watcher finds it within its longest sleep.
      await this.records.setWatchMark(this.dataSource.manager, projectId, null).catch(() => undefined);
      this.logger.error(
        { kind, recordId, projectId, error: (error as Error).message },
        'could not wake the deadline watcher',
      );
    }
  }
}
