import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  defectDeadlineInstant,
  type DeadlineActivities,
  type DeadlineRecordKind,
  type OverdueCheckResult,
} from '@handover/contracts';
import { EscalationsRepository, type EscalationKind } from '@handover/database';
import { instantToCalendarDate } from '@handover/domain';

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
      const [row] = await manager.query(
        `SELECT d.project_id, p.time_zone, p.lead_user_id, d.status, to_char(d.deadline, 'YYYY-MM-DD') AS deadline, d.trade,
                coalesce(u.building || '-' || u.unit_no || '-' || u.room, d.public_area) AS place
           FROM defects d JOIN projects p ON p.id = d.project_id LEFT JOIN units u ON u.id = d.unit_id
          WHERE d.id = $1 FOR UPDATE OF d`,
        [recordId],
      );
      if (!row) return null;
      return {
        projectId: row.project_id,
        timeZone: row.time_zone,
        leadUserId: row.lead_user_id,
        status: row.status,
        open: row.status === 'open' || row.status === 'assigned',
        deadlineMs: row.deadline ? Date.parse(defectDeadlineInstant(row.deadline, row.time_zone)) : null,
        dueDate: row.deadline,
        label: `${row.trade} at ${row.place}`,
      };
    }
    const [row] = await manager.query(
      `SELECT c.project_id, p.time_zone, p.lead_user_id, c.status, c.reply_deadline, c.subject
         FROM complaints c JOIN projects p ON p.id = c.project_id WHERE c.id = $1 FOR UPDATE OF c`,
      [recordId],
    );
    if (!row) return null;
    const deadlineMs = row.reply_deadline ? new Date(row.reply_deadline).getTime() : null;
    return {
      projectId: row.project_id,
      timeZone: row.time_zone,
      leadUserId: row.lead_user_id,
      status: row.status,
      open: row.status !== 'replied',
      deadlineMs,
      dueDate: deadlineMs === null ? null : instantToCalendarDate(deadlineMs, row.time_zone),
      label: `"${row.subject}"`,
    };
  }

  /** The object handed to the Temporal worker: every activity bound to this service. */
  bind(): DeadlineActivities {
    return { checkAndEscalateOverdue: this.checkAndEscalateOverdue.bind(this) };
  }
}
