import {
  DefectNotAwaitingOwnerError,
  DefectNotDeferrableError,
  DefectStatusTransitionError,
  OwnerReplyRequiredError,
} from './errors';

/**
 * The defect lifecycle (问题项整改): open → assigned (派单) → fixed (已整改) → verified (验收), or cannot fix (无法整改,
 * with an explanation and a compensation plan); a fixed defect that fails verification is reopened (assigned again).
 * The company it is assigned to may dispute it (disputed, 有异议): the engineering head rejects the dispute (assigned
 * again), reassigns it to another company, or upholds it as no defect of the contractor's (dismissed, 不予整改).
 * Accepting, replying to the owner and deferring the fix past a gate (with a committed completion date) leave the
 * status.
 */
export const DEFECT_STATUSES = [
  'open',
  'assigned',
  'fixed',
  'verified',
  'cannot_fix',
  'disputed',
  'dismissed',
] as const;
export type DefectStatus = (typeof DEFECT_STATUSES)[number];

/** 质量问题 or 非质量问题 (a non-quality item is closed only after the owner has had a reply). */
export type DefectCategory = 'quality' | 'non_quality';

/** What can be done with a defect. */
export const DEFECT_ACTIONS = [
  'assign',
  'fix',
  'verify',
  'cannot_fix',
  'reply_to_owner',
  'defer',
  /** the company acknowledges the work order (接单) */
  'accept',
  /** the company says it is not its to fix: not its trade, not a defect, caused by the owner */
  'dispute',
  /** the engineering head: the dispute does not hold, the same company fixes it */
  'reject_dispute',
  /** the engineering head: the dispute holds and nobody fixes it (not a defect, the owner's doing) */
  'uphold_dispute',
  /** verification failed: back to the company, with a reason (counted) */
  'reopen',
] as const;
export type DefectAction = (typeof DEFECT_ACTIONS)[number];

/** The status each action moves the defect to; null when it leaves the status as it is. */
export const DEFECT_ACTION_TARGET: Readonly<Record<DefectAction, DefectStatus | null>> = Object.freeze({
  assign: 'assigned',
  fix: 'fixed',
  verify: 'verified',
  cannot_fix: 'cannot_fix',
  reply_to_owner: null,
  defer: null,
  accept: 'assigned',
  dispute: 'disputed',
  reject_dispute: 'assigned',
  uphold_dispute: 'dismissed',
  reopen: 'assigned',
});

/** Actions taken from some statuses only (others follow DEFECT_TRANSITIONS alone). */
const DEFECT_ACTION_FROM: Readonly<Partial<Record<DefectAction, readonly DefectStatus[]>>> = Object.freeze({
  accept: ['assigned'],
  dispute: ['assigned'],
  reject_dispute: ['disputed'],
  uphold_dispute: ['disputed'],
  reopen: ['fixed'],
});

/** The status changes allowed from each status (assigned → assigned re-assigns); the closed states allow none. */
export const DEFECT_TRANSITIONS: Readonly<Record<DefectStatus, readonly DefectStatus[]>> = Object.freeze({
  open: ['assigned', 'fixed', 'cannot_fix'],
  assigned: ['assigned', 'fixed', 'cannot_fix', 'disputed'],
  fixed: ['verified', 'assigned'],
  verified: [],
  cannot_fix: [],
  disputed: ['assigned', 'dismissed'],
  dismissed: [],
});

/** Statuses in which the fix deadline runs (an overdue defect escalates; a dispute does not stop the clock). */
export const DEFECT_DEADLINE_RUNNING: readonly DefectStatus[] = ['open', 'assigned', 'disputed'];

/**
 * Not resolved yet: such a defect may be deferred, and an in-unit quality defect in one of these statuses that is not
 * deferred holds the rectification and property-transfer gates.
 */
export const DEFECT_UNRESOLVED: readonly DefectStatus[] = ['open', 'assigned', 'fixed', 'disputed'];

/** The statuses that close a defect: a non-quality item reaches them only after the reply to the owner. */
export const DEFECT_CLOSED: readonly DefectStatus[] = ['verified', 'cannot_fix', 'dismissed'];

/** The dispute reasons a contractor gives (异议理由). */
export const DEFECT_DISPUTE_REASONS = ['not_our_trade', 'not_a_defect', 'caused_by_owner'] as const;
export type DefectDisputeReason = (typeof DEFECT_DISPUTE_REASONS)[number];

/** The actions a contractor takes on a defect of its company; every other action is the developer's side's. */
export const CONTRACTOR_DEFECT_ACTIONS: readonly DefectAction[] = ['accept', 'fix', 'dispute'];

/** The developer's side's rulings on a contractor's work: verify, reopen and the dispute decisions. */
export const DEFECT_RULING_ACTIONS: readonly DefectAction[] = ['verify', 'reopen', 'reject_dispute', 'uphold_dispute'];

/** What the lifecycle needs to know of a defect. */
export interface DefectFacts {
  readonly id: string;
  readonly projectId: string;
  readonly status: DefectStatus;
  readonly category: DefectCategory;
  readonly ownerReplied: boolean;
}

export function canMoveDefect(from: DefectStatus, to: DefectStatus): boolean {
  return DEFECT_TRANSITIONS[from]?.includes(to) ?? false;
}

export function isDefectStatus(value: unknown): value is DefectStatus {
  return typeof value === 'string' && (DEFECT_STATUSES as readonly string[]).includes(value);
}

/**
 * The defect's status after `action`; throws {@link DefectStatusTransitionError} for a status change the lifecycle
 * does not allow, {@link OwnerReplyRequiredError} when a non-quality item would close before the owner's reply,
 * {@link DefectNotDeferrableError} when a closed defect would be deferred.
 */
export function applyDefectAction(defect: DefectFacts, action: DefectAction): DefectStatus {
  if (!(DEFECT_ACTIONS as readonly string[]).includes(action)) {
    throw new RangeError(`Unknown defect action ${JSON.stringify(action) ?? String(action)}.`);
  }
  if (!isDefectStatus(defect.status)) {
    throw new RangeError(`Unknown defect status ${JSON.stringify(defect.status) ?? String(defect.status)}.`);
  }
  if (action === 'defer') {
    if (!DEFECT_UNRESOLVED.includes(defect.status)) throw new DefectNotDeferrableError(defect);
    return defect.status;
  }
  const target = DEFECT_ACTION_TARGET[action];
  if (target === null) return defect.status;
  const from = DEFECT_ACTION_FROM[action];
  if (from && !from.includes(defect.status))
    throw new DefectStatusTransitionError(defect, action, target, DEFECT_TRANSITIONS[defect.status]);
  if (!canMoveDefect(defect.status, target))
    throw new DefectStatusTransitionError(defect, action, target, DEFECT_TRANSITIONS[defect.status]);
  if (DEFECT_CLOSED.includes(target) && defect.category === 'non_quality' && !defect.ownerReplied) {
    throw new OwnerReplyRequiredError(defect, action);
  }
  return target;
}

/**
 * A defect still to fix whose date has passed: the deferred completion date when it was deferred, else its deadline,
 * before `today` (the project's local calendar date, YYYY-MM-DD).
 */
export function isDefectOverdue(
  defect: { readonly status: DefectStatus; readonly deadline: string | null; readonly deferredUntil: string | null },
  today: string,
): boolean {
  if (!DEFECT_DEADLINE_RUNNING.includes(defect.status)) return false;
  const due = defect.deferredUntil ?? defect.deadline;
  return due !== null && due < today;
}

/** The status in which the owner answers the contractor's fix (待业主确认): the company reported it fixed. */
export const DEFECT_AWAITING_OWNER: DefectStatus = 'fixed';

/** The owner's answers to a reported fix: 确认已整改 (confirm) or 未整改 (refuse, with a reason and a photo). */
export const OWNER_DEFECT_ANSWERS = ['confirm', 'refuse'] as const;
export type OwnerDefectAnswer = (typeof OWNER_DEFECT_ANSWERS)[number];

/**
 * The lifecycle action each owner answer is: a confirmation verifies the fix as the developer's verification does, a
 * refusal reopens the defect for the company as a failed verification does (counted, its deadline running again).
 */
export const OWNER_DEFECT_ANSWER_ACTION: Readonly<Record<OwnerDefectAnswer, DefectAction>> = Object.freeze({
  confirm: 'verify',
  refuse: 'reopen',
});

/**
 * The defect's status after the owner's answer: only a defect awaiting the owner (fixed) can be answered, else
 * {@link DefectNotAwaitingOwnerError}; then the action's own rules ({@link applyDefectAction}: a non-quality item needs
 * the reply to the owner before it closes).
 */
export function applyOwnerDefectAnswer(defect: DefectFacts, answer: OwnerDefectAnswer): DefectStatus {
  if (!(OWNER_DEFECT_ANSWERS as readonly string[]).includes(answer)) {
    throw new RangeError(`Unknown owner answer ${JSON.stringify(answer) ?? String(answer)}.`);
  }
  if (defect.status !== DEFECT_AWAITING_OWNER) throw new DefectNotAwaitingOwnerError(defect, answer);
  return applyDefectAction(defect, OWNER_DEFECT_ANSWER_ACTION[answer]);
}
