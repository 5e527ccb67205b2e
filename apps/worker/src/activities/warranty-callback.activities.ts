import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeadlineWatcherActivities, DueDeadlinesResult } from '@handover/contracts';
import { DeadlineRecordsRepository, WarrantyCallBacksRepository } from '@handover/database';

/** What one sweep created, and when the project's next visit becomes due for a call-back. */
export interface CallBackSweep {
  created: number;
  /** ISO 8601, or null when no done visit of the project still waits for its owner's confirmation */
  nextDueAt: string | null;
}

const earliest = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : Date.parse(a) <= Date.parse(b) ? a : b;

/**
 * 回访任务: a repair visit done 24 hours ago without the owner's confirmation becomes a call-back task for customer
 * service. No workflow per visit: the project's deadline watcher (期限巡检) already sleeps until the earliest instant
 * something of the project falls due and wakes when told of an earlier one. Its round (escalateDueDeadlines) is
 * composed here with the sweep: the same activity name, arguments and result, so the watcher's workflow code and its
 * histories are untouched; the result's next instant is the earlier of the next deadline and the next call-back,
 * and so is the project's watch mark the API compares a new due with. The sweep is one set-based, idempotent
 * statement (INSERT … SELECT … ON CONFLICT DO NOTHING on the one-task-per-visit constraint): a retried or repeated
 * round creates nothing twice.
 */
@Injectable()
export class WarrantyCallBackActivities {
  private readonly logger = new Logger('WarrantyCallBacks');

  constructor(
    private readonly dataSource: DataSource,
    private readonly callBacks: WarrantyCallBacksRepository,
    private readonly records: DeadlineRecordsRepository,
  ) {}

  /**
   * Creates the call-back task of each visit of the project done at least 24 hours before `now` (ISO 8601) and not
   * confirmed, once, and answers the next instant one falls due.
   */
  async sweepWarrantyCallBacks(projectId: string, now: string): Promise<CallBackSweep> {
    const at = new Date(now);
    return this.dataSource.transaction(async (manager) => {
      const created = await this.callBacks.sweep(manager, at, projectId);
      const next = await this.callBacks.nextDueAt(manager, projectId, at);
      // ids only: the tasks name the owner's unit, and owners' personal data stays out of the logs
      if (created.length > 0) this.logger.log({ event: 'warranty_call_back', projectId, created: created.length });
      return { created: created.length, nextDueAt: next?.toISOString() ?? null };
    });
  }

  /**
   * The deadline watcher's round with the call-back sweep after it: the records' escalations as before, then the
   * sweep; the next instant ahead is the earlier of the two, stored as the project's watch mark when the call-back's
   * is earlier (the round stored the records' own).
   */
  withCallBacks(
    escalateDueDeadlines: DeadlineWatcherActivities['escalateDueDeadlines'],
  ): DeadlineWatcherActivities['escalateDueDeadlines'] {
    return async (projectId: string, now: string, limit: number): Promise<DueDeadlinesResult> => {
      const round = await escalateDueDeadlines(projectId, now, limit);
      const sweep = await this.sweepWarrantyCallBacks(projectId, now);
      // With more records due the watcher goes again at once and looks ahead afterwards.
      if (round.more) return round;
      const nextDueAt = earliest(round.nextDueAt, sweep.nextDueAt);
      if (nextDueAt !== round.nextDueAt)
        await this.records.setWatchMark(this.dataSource.manager, projectId, nextDueAt ? new Date(nextDueAt) : null);
      return { ...round, nextDueAt };
    };
  }
}
