import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  defectDeadlineInstant,
  type DeadlineActivities,
  type DeadlineRecordKind,
  type OverdueCheckResult,
} from '@handover/contracts';
import { DeadlineRecordsRepository, EscalationsRepository, type EscalationKind } from '@handover/database';
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
export class DeadlineActivitiesService implements DeadlineActivities {
  private readonly logger = new Logger('DeadlineActivities');

  constructor(
    private readonly dataSource: DataSource,
    private readonly records: DeadlineRecordsRepository,
    private readonly escalations: EscalationsRepository,
  ) {}

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
  bind(): DeadlineActivities {
    return { checkAndEscalateOverdue: this.checkAndEscalateOverdue.bind(this) };
  }
}
