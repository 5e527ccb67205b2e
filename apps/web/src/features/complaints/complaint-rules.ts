import {
  applyComplaintAction,
  COMPLAINT_ACTIONS,
  isComplaintStatus,
  isReplyPending,
  type ComplaintAction,
} from '@handover/domain';
import type { components } from '../../api/schema';

export type Complaint = components['schemas']['ComplaintDto'];

/** Major and group complaints (重大投诉、群诉) escalate to HQ as soon as they are recorded. */
export const ESCALATING_SEVERITIES: readonly string[] = ['major', 'group'];

/** The committed reply time has passed and no reply was given yet (an overdue reply escalates). */
export function isReplyOverdue(complaint: Complaint, now: number): boolean {
  return (
    isComplaintStatus(complaint.status) &&
    isReplyPending(complaint.status) &&
    complaint.replyDeadline !== null &&
    new Date(complaint.replyDeadline).getTime() < now
  );
}

/** Went to HQ and still needs a reply: a major or group complaint not replied to yet, or an overdue reply. */
export function isEscalated(complaint: Complaint, now: number): boolean {
  return (
    isReplyOverdue(complaint, now) ||
    (ESCALATING_SEVERITIES.includes(complaint.severity) && complaint.status !== 'replied')
  );
}

/** The actions the handling order allows on the complaint now (the lifecycle of libs/domain decides). */
export function allowedActions(complaint: Pick<Complaint, 'id' | 'status'>): ComplaintAction[] {
  if (!isComplaintStatus(complaint.status)) return [];
  const status = complaint.status;
  return COMPLAINT_ACTIONS.filter((action) => {
    try {
      applyComplaintAction({ id: complaint.id, status }, action);
      return true;
    } catch {
      return false;
    }
  });
}
