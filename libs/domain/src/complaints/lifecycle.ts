import { ComplaintNotAcceptedError, ComplaintStatusTransitionError, ReplyDeadlineFixedError } from './errors';

/**
 * Complaint handling (投诉处理, also 交付异议 recorded as complaints): received → accepted (受理, with a committed reply
 * time) → investigating (核实事实, may be repeated) → responsibility determined (界定责任) → replied (答复).
 * Moving the committed reply time and naming a follow-up owner (跟进) leave the status.
 */
export const COMPLAINT_STATUSES = [
  'received',
  'accepted',
  'investigating',
  'responsibility_determined',
  'replied',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** What can be done with a complaint. */
export const COMPLAINT_ACTIONS = [
  'accept',
  'investigate',
  'determine_responsibility',
  'reply',
  'change_reply_deadline',
  'follow_up',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** The status each action moves the complaint to; null when it leaves the status as it is. */
export const COMPLAINT_ACTION_TARGET: Readonly<Record<ComplaintAction, ComplaintStatus | null>> = Object.freeze({
  accept: 'accepted',
  investigate: 'investigating',
  determine_responsibility: 'responsibility_determined',
  reply: 'replied',
  change_reply_deadline: null,
  follow_up: null,
});

/** The status changes allowed from each status (investigating → investigating adds facts); replied allows none. */
export const COMPLAINT_TRANSITIONS: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = Object.freeze({
  received: ['accepted'],
  accepted: ['investigating'],
  investigating: ['investigating', 'responsibility_determined'],
  responsibility_determined: ['replied'],
  replied: [],
});

/** Accepted and not yet replied to: the committed reply time runs (a missed one escalates). */
export const COMPLAINT_REPLY_PENDING: readonly ComplaintStatus[] = [
  'accepted',
  'investigating',
  'responsibility_determined',
];

/** What the lifecycle needs to know of a complaint. */
export interface ComplaintFacts {
  readonly id: string;
  readonly status: ComplaintStatus;
}

export function isComplaintStatus(value: unknown): value is ComplaintStatus {
  return typeof value === 'string' && (COMPLAINT_STATUSES as readonly string[]).includes(value);
}

export function isReplyPending(status: ComplaintStatus): boolean {
  return COMPLAINT_REPLY_PENDING.includes(status);
}

/**
 * The complaint's status after `action`; throws {@link ComplaintStatusTransitionError} for a status change the
 * handling order does not allow, {@link ReplyDeadlineFixedError} when the reply time is moved while no reply is
 * pending, {@link ComplaintNotAcceptedError} when a follow-up owner is named before acceptance.
 */
export function applyComplaintAction(complaint: ComplaintFacts, action: ComplaintAction): ComplaintStatus {
  if (!(COMPLAINT_ACTIONS as readonly string[]).includes(action)) {
    throw new RangeError(`Unknown complaint action ${JSON.stringify(action) ?? String(action)}.`);
  }
  if (!isComplaintStatus(complaint.status)) {
    throw new RangeError(`Unknown complaint status ${JSON.stringify(complaint.status) ?? String(complaint.status)}.`);
  }
  switch (action) {
    case 'change_reply_deadline':
      if (!isReplyPending(complaint.status)) throw new ReplyDeadlineFixedError(complaint);
      return complaint.status;
    case 'follow_up':
      if (complaint.status === 'received') throw new ComplaintNotAcceptedError(complaint);
      return complaint.status;
    default: {
      const target = COMPLAINT_ACTION_TARGET[action]!;
      const allowed = COMPLAINT_TRANSITIONS[complaint.status];
      if (!allowed.includes(target)) throw new ComplaintStatusTransitionError(complaint, action, target, allowed);
      return target;
    }
  }
}
