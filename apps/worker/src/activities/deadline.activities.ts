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
  defectEscalationLevelKey,
  EscalationsRepository,
  NotificationEventsRepository,
  type DueDefectLevel,
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

type DueComplaint = Extract<DueRecord, { kind: 'complaint' }>;

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
    private readonly notifications: NotificationEventsRepository,
  ) {}

  /**
   * The project watcher's round, in one transaction: up to `limit` due escalations, each once — a level of an overdue
   * defect's ladder (整改逾期升级阶梯: company, engineering head, project lead, HQ), a complaint past its reply time
   * (the escalation key names the record and the deadline) — then stores and answers the earliest instant ahead: a
   * deadline, or the next level of a defect still to fix.
   */
  async escalateDueDeadlines(projectId: string, now: string, limit: number): Promise<DueDeadlinesResult> {
    const at = new Date(now);
    return this.dataSource.transaction(async (manager) => {
      const due = await this.records.lockDueRecords(manager, projectId, at, limit);
      /** defects whose first level this round raised the escalation row for */
      const firstRaised = new Set<string>();
      let escalated = 0;
      for (const record of due) {
        const raised =
          record.kind === 'defect'
            ? await this.escalateDefectLevel(manager, record, now, firstRaised)
            : await this.escalateComplaint(manager, record, now);
        if (raised) escalated += 1;
      }
      const more = due.length >= limit;
      const next = more ? null : await this.records.nextDueAt(manager, projectId, at);
      if (!more) await this.records.setWatchMark(manager, projectId, next);
      if (escalated > 0) this.logger.warn({ event: 'escalation', projectId, escalated, kind: 'record_overdue' });
      return { escalated, more, nextDueAt: next?.toISOString() ?? null };
    });
  }

  /**
   * A level of a defect's ladder. The first one reached raises the escalation row under the deadline key (HQ's
   * board lists one escalation per overdue defect, resolved when it closes); each later one is a notification event
   * under its level key, as the gate ladder's climbs are.
   */
  private async escalateDefectLevel(
    manager: EntityManager,
    record: DueDefectLevel,
    now: string,
    firstRaised: Set<string>,
  ): Promise<boolean> {
    const { trade, place, deadline, status, level, recipients } = record;
    const codedMessage: EscalationMessage = {
      code: 'DEFECT_OVERDUE',
      params: { trade, place, deadline: deadline!, status, level },
    };
    const message = renderEscalationMessage(codedMessage, PROJECT_LANGUAGE);
    const kind = ESCALATION_KIND.defect;
    const asRow = !record.firstRaised && !firstRaised.has(record.recordId);
    const key = asRow ? record.key : defectEscalationLevelKey(record.key, level);
    const payload = {
      key,
      kind,
      recordKind: 'defect',
      recordId: record.recordId,
      dueDate: deadline!,
      level,
      message,
      codedMessage,
      at: now,
    };
    if (!asRow)
      return this.notifications.emit(
        { projectId: record.projectId, kind: 'escalation', key, recipients, payload },
        manager,
      );
    firstRaised.add(record.recordId);
    return this.escalations.raise(
      {
        projectId: record.projectId,
        key,
        kind,
        milestoneKey: null,
        recordId: record.recordId,
        dueDate: deadline!,
        message,
        codedMessage,
        recipients,
        payload,
      },
      manager,
    );
  }

  /** A complaint past its reply time: escalated to HQ and the lead, once per deadline. */
  private async escalateComplaint(manager: EntityManager, record: DueComplaint, now: string): Promise<boolean> {
    const codedMessage: EscalationMessage = {
      code: 'COMPLAINT_REPLY_OVERDUE',
      params: { subject: record.subject, replyDeadline: record.dueAt, status: record.status },
    };
    const message = renderEscalationMessage(codedMessage, PROJECT_LANGUAGE);
    const dueDate = instantToCalendarDate(Date.parse(record.dueAt), record.timeZone);
    const kind = ESCALATION_KIND.complaint;
    return this.escalations.raise(
      {
        projectId: record.projectId,
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
