export {
  COMPLAINT_STATUSES,
  COMPLAINT_ACTIONS,
  COMPLAINT_ACTION_TARGET,
  COMPLAINT_TRANSITIONS,
  COMPLAINT_REPLY_PENDING,
  isComplaintStatus,
  isReplyPending,
  applyComplaintAction,
} from './lifecycle';
export type { ComplaintStatus, ComplaintAction, ComplaintFacts } from './lifecycle';
export {
  ComplaintTransitionError,
  ComplaintStatusTransitionError,
  ReplyDeadlineFixedError,
  ComplaintNotAcceptedError,
} from './errors';
