import type { UnitHandoverState, UnitHandoverStep } from './steps';
import { alreadyPhrase, cannotRecord, notYetPhrase, stateName } from './step-phrases';

/** Base class of every refused transition in the per-unit handover flow. */
export abstract class UnitHandoverTransitionError extends Error {
  protected constructor(
    message: string,
    readonly current: UnitHandoverState,
  ) {
    super(message);
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
    super(`${cannotRecord(attempted)}: ${notYetPhrase(missingStep)}.`, current);
  }
}

/** A step that was already recorded (the unit is at that step or beyond) was attempted again. */
export class StepAlreadyRecordedError extends UnitHandoverTransitionError {
  override readonly name = 'StepAlreadyRecordedError';

  constructor(
    readonly attempted: UnitHandoverStep,
    current: UnitHandoverStep,
  ) {
    const where = attempted === current ? '' : ` (the unit is already at ${stateName(current)})`;
    super(`${cannotRecord(attempted)}: ${alreadyPhrase(attempted)}${where}.`, current);
  }
}

/** A step was attempted on a unit whose flow is over (handed over or refused) or paused by an open objection. */
export class UnitHandoverClosedError extends UnitHandoverTransitionError {
  override readonly name = 'UnitHandoverClosedError';

  constructor(
    readonly attempted: UnitHandoverStep,
    current: 'handed_over' | 'refused' | 'objected',
  ) {
    super(`${cannotRecord(attempted)}: ${CLOSED_REASON[current]}.`, current);
  }
}

const CLOSED_REASON: Record<'handed_over' | 'refused' | 'objected', string> = {
  handed_over: 'the unit has already been handed over (交付完成); no further steps can be recorded',
  refused: 'the owner refused the handover (拒收); no further steps can be recorded',
  objected: 'the owner has an open objection (交付异议); resolve it before continuing',
};

/** The owner-side actions outside the step sequence. */
export type OwnerAction = 'refuse' | 'object' | 'resolve_objection';

const ACTION_PHRASE: Record<OwnerAction, string> = {
  refuse: 'Cannot record a refusal (拒收)',
  object: 'Cannot record an objection (交付异议)',
  resolve_objection: 'Cannot resolve an objection',
};

/** A refusal, objection or objection resolution was attempted in a state that does not allow it. */
export class InvalidOwnerActionError extends UnitHandoverTransitionError {
  override readonly name = 'InvalidOwnerActionError';

  constructor(
    readonly attempted: OwnerAction,
    current: UnitHandoverState,
  ) {
    super(`${ACTION_PHRASE[attempted]}: ${ownerActionReason(attempted, current)}.`, current);
  }
}

function ownerActionReason(action: OwnerAction, current: UnitHandoverState): string {
  if (action === 'resolve_objection') {
    return `no objection is open (the unit is at ${stateName(current)})`;
  }
  switch (current) {
    case 'not_started':
      return 'the owner has not checked in yet';
    case 'handed_over':
      return 'the unit has already been handed over (交付完成)';
    case 'refused':
      return 'the owner has already refused the handover';
    case 'objected':
      return 'an objection is already open; resolve it first';
    default:
      return `not allowed at ${stateName(current)}`;
  }
}

/** The stored state is not one of the known states (e.g. corrupted or from a newer version). */
export class UnknownUnitHandoverStateError extends Error {
  override readonly name = 'UnknownUnitHandoverStateError';

  constructor(readonly value: unknown) {
    super(`Unknown unit handover state ${JSON.stringify(value) ?? String(value)}.`);
  }
}
