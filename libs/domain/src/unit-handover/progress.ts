import { assertCanApply } from './assert-can-apply';
import { InvalidOwnerActionError } from './errors';
import { isInProgressStep } from './steps';
import type { InProgressStep, UnitHandoverStep } from './steps';

/**
 * A unit's position in the handover flow, as stored (e.g. in workflow state).
 * While an objection (交付异议) is open, `resumeFrom` keeps the state it was raised in.
 */
export type UnitHandoverProgress =
  | { readonly state: 'not_started' | UnitHandoverStep | 'refused' }
  | { readonly state: 'objected'; readonly resumeFrom: InProgressStep };

/** A unit whose owner has not checked in. */
export const NOT_STARTED: UnitHandoverProgress = Object.freeze({ state: 'not_started' });

/** Records the next step; throws (see {@link assertCanApply}) if it is not exactly the next one. */
export function applyStep(progress: UnitHandoverProgress, step: UnitHandoverStep): UnitHandoverProgress {
  assertCanApply(progress.state, step);
  return { state: step };
}

/**
 * 拒收: the owner refuses the handover. Allowed after check-in and before handover, including while an
 * objection is open. The flow ends; no further steps can be recorded.
 */
export function refuseHandover(progress: UnitHandoverProgress): UnitHandoverProgress {
  if (progress.state !== 'objected' && !isInProgressStep(progress.state)) {
    throw new InvalidOwnerActionError('refuse', progress.state);
  }
  return { state: 'refused' };
}

/**
 * 交付异议: the owner objects; the flow pauses until the objection is resolved.
 * Allowed after check-in and before handover.
 */
export function raiseObjection(progress: UnitHandoverProgress): UnitHandoverProgress {
  if (!isInProgressStep(progress.state)) {
    throw new InvalidOwnerActionError('object', progress.state);
  }
  return { state: 'objected', resumeFrom: progress.state };
}

/** Resolves the open objection: the unit returns to the state in which the objection was raised. */
export function resolveObjection(progress: UnitHandoverProgress): UnitHandoverProgress {
  if (progress.state !== 'objected') {
    throw new InvalidOwnerActionError('resolve_objection', progress.state);
  }
  return { state: progress.resumeFrom };
}
