import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  defectDeadlineInstant,
  type DeadlineActivities,
  type DeadlineRecordKind,
  type OverdueCheckResult,
} from '@handover/contracts';
import { DeadlineRecordsRepository, EscalationsRepository, type EscalationKind } from '@handover/database';
import { DEFECT_DEADLINE_RUNNING, instantToCalendarDate } from '@handover/domain';

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
  label: string;
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
      if (!record || !record.open || record.deadlineMs === null) return { outcome: 'closed' } as const;
      if (record.deadlineMs > deadlineMs)
        return { outcome: 'rescheduled', deadline: new Date(record.deadlineMs).toISOString() } as const;
      const key = `deadline-${kind}-${recordId}-${new Date(record.deadlineMs).toISOString()}`;
      const message =
        kind === 'defect'
          ? `Defect ${record.label} is past its deadline ${record.dueDate} and still ${record.status}.`
          : `The committed reply to complaint ${record.label} was due ${new Date(record.deadlineMs).toISOString()} and has not been given (status ${record.status}).`;
      const escalation = {
        key,
        kind: ESCALATION_KIND[kind],
        recordKind: kind,
        recordId,
        dueDate: record.dueDate,
        message,
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
      return {
        ...defect,
        open: DEFECT_DEADLINE_RUNNING.includes(defect.status),
        deadlineMs: defect.deadline ? Date.parse(defectDeadlineInstant(defect.deadline, defect.timeZone)) : null,
        dueDate: defect.deadline,
        label: `${defect.trade} at ${defect.place}`,
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
      label: `"${complaint.subject}"`,
    };
  }

  /** The object handed to the Temporal worker: every activity bound to this service. */
  bind(): DeadlineActivities {
    return { checkAndEscalateOverdue: this.checkAndEscalateOverdue.bind(this) };
  }
}
