import type { ComplaintAction, ComplaintFacts, ComplaintStatus } from './lifecycle';

/** Base class of every refused complaint action. */
export abstract class ComplaintTransitionError extends Error {
  readonly complaintId: string;
  readonly status: ComplaintStatus;

  protected constructor(
    message: string,
    complaint: ComplaintFacts,
    readonly action: ComplaintAction,
  ) {
    super(message);
    this.complaintId = complaint.id;
    this.status = complaint.status;
  }
}

/** A status change out of the handling order (e.g. a reply before responsibility is determined); `allowed` lists what may follow. */
export class ComplaintStatusTransitionError extends ComplaintTransitionError {
  override readonly name = 'ComplaintStatusTransitionError';

  constructor(
    complaint: ComplaintFacts,
    action: ComplaintAction,
    readonly target: ComplaintStatus,
    readonly allowed: readonly ComplaintStatus[],
  ) {
    const next =
      allowed.length > 0 ? `allowed next: ${allowed.join(', ')}` : 'it has been replied to, nothing may follow';
    super(`Complaint ${complaint.id} is ${complaint.status} and cannot become ${target}; ${next}.`, complaint, action);
  }
}

/** The committed reply time moves only while a reply is pending (accepted, not yet replied to). */
export class ReplyDeadlineFixedError extends ComplaintTransitionError {
  override readonly name = 'ReplyDeadlineFixedError';

  constructor(complaint: ComplaintFacts) {
    super(
      `Complaint ${complaint.id} is ${complaint.status}; the reply deadline can be changed only while a reply is pending.`,
      complaint,
      'change_reply_deadline',
    );
  }
}

/** A follow-up owner (跟进人) is named only once the complaint is accepted. */
export class ComplaintNotAcceptedError extends ComplaintTransitionError {
  override readonly name = 'ComplaintNotAcceptedError';

  constructor(complaint: ComplaintFacts) {
    super(
      `Complaint ${complaint.id} is not accepted yet; accept it before naming a follow-up owner.`,
      complaint,
      'follow_up',
    );
  }
}
