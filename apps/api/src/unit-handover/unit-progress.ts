import { HttpStatus } from '@nestjs/common';
import {
  applyStep,
  isInProgressStep,
  isUnitHandoverState,
  raiseObjection,
  refuseHandover,
  resolveObjection,
  UnitHandoverTransitionError,
  UnknownUnitHandoverStateError,
  type UnitHandoverProgress,
  type UnitHandoverStep,
} from '@handover/domain';
import { ApiError } from '../common/api-error';

/** A step of the flow, or one of the owner's actions outside it (拒收, 交付异议 and its resolution). */
export type HandoverAction = UnitHandoverStep | 'refused' | 'objected' | 'objection_resolved';

/** The unit's stored state as the domain's progress value; a corrupt state is refused, never guessed. */
export function progressOf(unit: { handoverState: string; handoverResumeFrom: string | null }): UnitHandoverProgress {
  const state = unit.handoverState;
  if (!isUnitHandoverState(state)) throw unknownState(state);
  if (state === 'objected') {
    if (!isInProgressStep(unit.handoverResumeFrom)) throw unknownState(unit.handoverResumeFrom);
    return { state, resumeFrom: unit.handoverResumeFrom };
  }
  return { state };
}

function unknownState(value: unknown): ApiError {
  const error = new UnknownUnitHandoverStateError(value);
  return new ApiError(HttpStatus.CONFLICT, error.code, error.params);
}

/** The domain's transition for the action; a refused one becomes 409 with the domain's code and params. */
export function transition(progress: UnitHandoverProgress, action: HandoverAction): UnitHandoverProgress {
  try {
    switch (action) {
      case 'refused':
        return refuseHandover(progress);
      case 'objected':
        return raiseObjection(progress);
      case 'objection_resolved':
        return resolveObjection(progress);
      default:
        return applyStep(progress, action);
    }
  } catch (error) {
    if (error instanceof UnitHandoverTransitionError) throw new ApiError(HttpStatus.CONFLICT, error.code, error.params);
    throw error;
  }
}
