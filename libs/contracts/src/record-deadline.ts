import { defineQuery, defineSignal } from '@temporalio/workflow';
import { addDays, zonedTimeToInstant, type CalendarDate } from '@handover/domain';

/** 期限: one durable deadline of a field record — a defect's fix deadline or a complaint's committed reply time. */
export const RECORD_DEADLINE_WORKFLOW = 'recordDeadlineWorkflow';

export type DeadlineRecordKind = 'defect' | 'complaint';

export interface RecordDeadlineInput {
  kind: DeadlineRecordKind;
  recordId: string;
  projectId: string;
  /** the instant (ISO 8601) after which the record is overdue */
  deadline: string;
}

/** What the overdue check found in PostgreSQL when the deadline passed. */
export type OverdueCheckResult =
  | { outcome: 'escalated' }
  | { outcome: 'already_escalated' }
  /** the record is closed (or gone, or no longer has a deadline): nothing to escalate */
  | { outcome: 'closed' }
  /** the stored deadline is later than the one the workflow slept until (a lost signal): sleep on */
  | { outcome: 'rescheduled'; deadline: string };

export interface RecordDeadlineStatus {
  kind: DeadlineRecordKind;
  recordId: string;
  deadline: string;
  closed: boolean;
  outcome: OverdueCheckResult['outcome'] | null;
}

/** Implemented by apps/worker (DeadlineActivities); imported as a type by the workflow. */
export interface DeadlineActivities {
  /** Idempotent: escalates (once per record and deadline) only when the record is still open in PostgreSQL. */
  checkAndEscalateOverdue(kind: DeadlineRecordKind, recordId: string, deadline: string): Promise<OverdueCheckResult>;
}

/** Business workflow id: one deadline workflow per record, so starting twice is recognised. */
export function recordDeadlineWorkflowId(kind: DeadlineRecordKind, recordId: string): string {
  return `deadline-${kind}-${recordId}`;
}

/** The deadline was set again (later or earlier); the workflow sleeps until the new one. */
export const deadlineChangedSignal = defineSignal<[{ deadline: string }]>('deadlineChanged');
/** The record was closed (fixed, verified, cannot fix, replied); the workflow ends without escalating. */
export const recordClosedSignal = defineSignal<[]>('recordClosed');
export const recordDeadlineStatusQuery = defineQuery<RecordDeadlineStatus>('recordDeadlineStatus');

/** A defect is due by the end of its deadline day in the project's time zone: the instant its deadline workflow sleeps until. */
export function defectDeadlineInstant(deadline: CalendarDate, timeZone: string): string {
  return new Date(zonedTimeToInstant(addDays(deadline, 1), '00:00', timeZone)).toISOString();
}
