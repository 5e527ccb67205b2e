import type { EscalationClimb, HandoverProjectState, EscalationRecord } from './handover-project';
import type { PlannedNotification } from '@handover/domain';

/** The activities the handover workflow calls; implemented by apps/worker, imported as a type by workflows. */
export interface HandoverActivities {
  /** Mirrors the workflow state to the PostgreSQL read model; ignores revisions older than the stored one. */
  mirrorProjectState(state: HandoverProjectState): Promise<void>;
  /** Stores a reminder (idempotent by notification key) and emits it as a notification event. */
  sendReminder(projectId: string, notification: PlannedNotification): Promise<void>;
  /** Stores an escalation to HQ (idempotent by key) and emits it as a notification event. */
  escalate(projectId: string, escalation: EscalationRecord): Promise<void>;
  /** Emits a later step of the escalation ladder (the city company, then HQ) as a notification event, once per key. */
  climbEscalation(projectId: string, climb: EscalationClimb): Promise<void>;
}
