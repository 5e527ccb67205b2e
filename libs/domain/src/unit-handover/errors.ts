import type { ErrorParams } from '../errors/error-messages';
import { UNIT_HANDOVER_ERROR_MESSAGES, type UnitHandoverErrorCode } from './error-messages';
import type { UnitHandoverState, UnitHandoverStep } from './steps';

/**
 * Base class of every refused transition in the per-unit handover flow: a stable `code` with its `params`; the
 * message is the English sentence of the code (UNIT_HANDOVER_ERROR_MESSAGES), the API renders the caller's language.
 */
export abstract class UnitHandoverTransitionError extends Error {
  protected constructor(
    readonly code: UnitHandoverErrorCode,
    readonly params: ErrorParams,
    readonly current: UnitHandoverState,
  ) {
    super(UNIT_HANDOVER_ERROR_MESSAGES[code].en(params));
  }
}

/** A step was attempted before an earlier step; `missingStep` is the first step not yet recorded. */
export class StepOutOfOrderError extends UnitHandoverTransitionError {
  override readonly name = 'StepOutOfOrderError';

  constructor(
    readonly attempted: UnitHandoverStep,
    current: UnitHandoverState,
    readonly missingStep: UnitHandoverStep,
  ) {
    super('HANDOVER_STEP_OUT_OF_ORDER', { step: attempted, state: current, missingStep }, current);
  }
}

/** A step that was already recorded (the unit is at that step or beyond) was attempted again. */
export class StepAlreadyRecordedError extends UnitHandoverTransitionError {
  override readonly name = 'StepAlreadyRecordedError';

  constructor(
    readonly attempted: UnitHandoverStep,
    current: UnitHandoverStep,
  ) {
    super('HANDOVER_STEP_ALREADY_RECORDED', { step: attempted, state: current }, current);
  }
}

/** A step was attempted on a unit whose flow is over (handed over or refused) or paused by an open objection. */
export class UnitHandoverClosedError extends UnitHandoverTransitionError {
  override readonly name = 'UnitHandoverClosedError';

  constructor(
    readonly attempted: UnitHandoverStep,
    current: 'handed_over' | 'refused' | 'objected',
  ) {
    super('HANDOVER_CLOSED', { step: attempted, state: current }, current);
  }
}

/** The owner-side actions outside the step sequence. */
export type OwnerAction = 'refuse' | 'object' | 'resolve_objection';

/** A refusal, objection or objection resolution was attempted in a state that does not allow it. */
export class InvalidOwnerActionError extends UnitHandoverTransitionError {
  override readonly name = 'InvalidOwnerActionError';

  constructor(
    readonly attempted: OwnerAction,
    current: UnitHandoverState,
  ) {
    super('HANDOVER_OWNER_ACTION_NOT_ALLOWED', { action: attempted, state: current }, current);
  }
}

/** The stored state is not one of the known states (e.g. corrupted or from a newer version). */
export class UnknownUnitHandoverStateError extends Error {
  override readonly name = 'UnknownUnitHandoverStateError';
  readonly code = 'HANDOVER_STATE_UNKNOWN';
  readonly params: ErrorParams;

  constructor(readonly value: unknown) {
    const params = { value: JSON.stringify(value) ?? String(value) };
    super(UNIT_HANDOVER_ERROR_MESSAGES.HANDOVER_STATE_UNKNOWN.en(params));
    this.params = params;
  }
}
