import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  deadlineSetSignal,
  deadlineWatcherWorkflowId,
  PROJECT_DEADLINE_WATCHER_WORKFLOW,
  type DeadlineWatcherInput,
} from '@handover/contracts';
import { DeadlineRecordsRepository } from '@handover/database';
import { TemporalClientService } from '../temporal/temporal-client.service';

/**
 * Keeps a done visit's call-back due watched: the project's deadline watcher (期限巡检) sweeps the call-back tasks in
 * each of its rounds and sleeps until the earliest instant ahead, call-backs included (the worker's
 * warranty-callback.activities.ts). Like a record deadline (RecordDeadlinesService), a due earlier than the one the
 * watcher sleeps on lowers the project's watch mark and wakes it (signal-with-start); a later one needs no Temporal
 * call. Called after the visit's transaction has committed.
 */
@Injectable()
export class WarrantyCallBackWatch {
  private readonly logger = new Logger('WarrantyCallBackWatch');

  constructor(
    private readonly dataSource: DataSource,
    private readonly records: DeadlineRecordsRepository,
    private readonly temporal: TemporalClientService,
  ) {}

  /** `dueAt`: when the visit becomes a call-back task unless the owner confirms it before. */
  async track(projectId: string, visitId: string, dueAt: Date): Promise<void> {
    if (!(await this.records.lowerWatchMark(this.dataSource.manager, projectId, dueAt))) return;
    const input: DeadlineWatcherInput = { projectId };
    try {
      await this.temporal.client.workflow.signalWithStart(PROJECT_DEADLINE_WATCHER_WORKFLOW, {
        workflowId: deadlineWatcherWorkflowId(projectId),
        taskQueue: this.temporal.taskQueue,
        args: [input],
        signal: deadlineSetSignal,
        signalArgs: [{ at: dueAt.toISOString() }],
      });
    } catch (error) {
      // The visit is safe in PostgreSQL; clearing the mark makes the next deadline set in the project wake the
      // watcher again, and a running watcher finds the due within its longest sleep.
      await this.records.setWatchMark(this.dataSource.manager, projectId, null).catch(() => undefined);
      this.logger.error({ projectId, visitId, error: (error as Error).message }, 'could not wake the deadline watcher');
    }
  }
}
