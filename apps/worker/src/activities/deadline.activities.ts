import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  defectDeadlineInstant,
  type DeadlineActivities,
  type DeadlineRecordKind,
  type DeadlineWatcherActivities,
  type DueDeadlinesResult,
  type OverdueCheckResult,
} from '@handover/contracts';
import {
  DeadlineRecordsRepository,
  EscalationsRepository,
  type DueRecord,
  type EscalationKind,
} from '@handover/database';
import {
  DEFECT_DEADLINE_RUNNING,
  instantToCalendarDate,
  renderEscalationMessage,
  type EscalationMessage,
} from '@handover/domain';
import { PROJECT_LANGUAGE } from './project-language';

interface OpenRecord {
  projectId: string;
  timeZone: string;
  leadUserId: string;
  status: string;
  open: boolean;
  /** the stored deadline as an instant, or null when the record has none */
  deadlineMs: number | null;
  /** the stored deadline as a calendar date of the project */
  dueDate: string | null;
  /** what its escalation says once it is overdue (null without a deadline) */
  overdueMessage: EscalationMessage | null;
}

const ESCALATION_KIND: Record<DeadlineRecordKind, EscalationKind> = {
  defect: 'defect_overdue',
  complaint: 'complaint_overdue',
};

/** Activities of the record deadlines (defect fix deadline, complaint reply deadline). Idempotent. */
@Injectable()
export class DeadlineActivitiesService implements DeadlineActivities, DeadlineWatcherActivities {
  private readonly logger = new Logger('DeadlineActivities');

  constructor(
    private readonly dataSource: DataSource,
    private readonly records: DeadlineRecordsRepository,
    private readonly escalations: EscalationsRepository,
  ) {}

  /**
   * The project watcher's round: escalates, in one transaction, up to `limit` due records without an escalation for
   * their deadline (each once: the escalation key names the record and the deadline), then stores and answers the
   * earliest deadline ahead.
   */
  async escalateDueDeadlines(projectId: string, now: string, limit: number): Promise<DueDeadlinesResult> {
    const at = new Date(now);
    return this.dataSource.transaction(async (manager) => {
      const due = await this.records.lockDueRecords(manager, projectId, at, limit);
      let escalated = 0;
      for (const record of due) {
        const codedMessage = this.overdueMessageOf(record);
        const message = renderEscalationMessage(codedMessage, PROJECT_LANGUAGE);
        const dueDate =
          record.kind === 'defect'
            ? record.deadline!
            : instantToCalendarDate(Date.parse(record.dueAt), record.timeZone);
        const kind = ESCALATION_KIND[record.kind];
        const raised = await this.escalations.raise(
          {
            projectId,
            key: record.key,
            kind,
            milestoneKey: null,
            recordId: record.recordId,
            dueDate,
            message,
            codedMessage,
            recipients: ['role:hq', `user:${record.leadUserId}`],
            payload: {
              key: record.key,
              kind,
              recordKind: record.kind,
              recordId: record.recordId,
              dueDate,
              message,
              codedMessage,
              at: now,
            },
          },
          manager,
        );
        if (raised) escalated += 1;
      }
      const more = due.length >= limit;
      const next = more ? null : await this.records.nextDueAt(manager, projectId, at);
      if (!more) await this.records.setWatchMark(manager, projectId, next);
      if (escalated > 0) this.logger.warn({ event: 'escalation', projectId, escalated, kind: 'record_overdue' });
      return { escalated, more, nextDueAt: next?.toISOString() ?? null };
    });
  }

  private overdueMessageOf(record: DueRecord): EscalationMessage {
    if (record.kind === 'defect') {
      const { trade, place, deadline, status } = record;
      return { code: 'DEFECT_OVERDUE', params: { trade, place, deadline: deadline!, status } };
    }
    return {
      code: 'COMPLAINT_REPLY_OVERDUE',
      params: { subject: record.subject, replyDeadline: record.dueAt, status: record.status },
    };
  }

  async checkAndEscalateOverdue(
    kind: DeadlineRecordKind,
    recordId: string,
    deadline: string,
  ): Promise<OverdueCheckResult> {
    const deadlineMs = Date.parse(deadline);
    return this.dataSource.transaction(async (manager) => {
      const record = await this.load(manager, kind, recordId);
      if (!record || !record.open || record.deadlineMs === null || !record.overdueMessage)
        return { outcome: 'closed' } as const;
      if (record.deadlineMs > deadlineMs)
        return { outcome: 'rescheduled', deadline: new Date(record.deadlineMs).toISOString() } as const;
      const key = `deadline-${kind}-${recordId}-${new Date(record.deadlineMs).toISOString()}`;
      const codedMessage = record.overdueMessage;
      const message = renderEscalationMessage(codedMessage, PROJECT_LANGUAGE);
      const escalation = {
        key,
        kind: ESCALATION_KIND[kind],
        recordKind: kind,
        recordId,
        dueDate: record.dueDate,
        message,
        codedMessage,
        at: new Date().toISOString(),
      };
      const raised = await this.escalations.raise(
        {
          projectId: record.projectId,
          key,
          kind: escalation.kind,
          milestoneKey: null,
          recordId,
          dueDate: record.dueDate!,
          message,
          codedMessage,
          recipients: ['role:hq', `user:${record.leadUserId}`],
          payload: escalation,
        },
        manager,
      );
      if (!raised) return { outcome: 'already_escalated' } as const;
      this.logger.warn({
        event: 'escalation',
        projectId: record.projectId,
        kind: escalation.kind,
        recordId,
        dueDate: record.dueDate,
      });
      return { outcome: 'escalated' } as const;
    });
  }

  private async load(manager: EntityManager, kind: DeadlineRecordKind, recordId: string): Promise<OpenRecord | null> {
    if (kind === 'defect') {
      const defect = await this.records.lockDefect(manager, recordId);
      if (!defect) return null;
      const { deadline, trade, place, status } = defect;
      return {
        ...defect,
        open: DEFECT_DEADLINE_RUNNING.includes(status),
        deadlineMs: deadline ? Date.parse(defectDeadlineInstant(deadline, defect.timeZone)) : null,
        dueDate: deadline,
        overdueMessage: deadline ? { code: 'DEFECT_OVERDUE', params: { trade, place, deadline, status } } : null,
      };
    }
    const complaint = await this.records.lockComplaint(manager, recordId);
    if (!complaint) return null;
    const deadlineMs = complaint.replyDeadline ? new Date(complaint.replyDeadline).getTime() : null;
    return {
      ...complaint,
      open: complaint.status !== 'replied',
      deadlineMs,
      dueDate: deadlineMs === null ? null : instantToCalendarDate(deadlineMs, complaint.timeZone),
      overdueMessage:
        deadlineMs === null
          ? null
          : {
              code: 'COMPLAINT_REPLY_OVERDUE',
              params: {
                subject: complaint.subject,
                replyDeadline: new Date(deadlineMs).toISOString(),
                status: complaint.status,
              },
            },
    };
  }

  /** The object handed to the Temporal worker: every activity bound to this service. */
  bind(): DeadlineActivities & DeadlineWatcherActivities {
    return {
      checkAndEscalateOverdue: this.checkAndEscalateOverdue.bind(this),
      escalateDueDeadlines: this.escalateDueDeadlines.bind(this),
    };
  }
}
