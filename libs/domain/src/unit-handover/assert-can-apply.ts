import {
  StepAlreadyRecordedError,
  StepOutOfOrderError,
  UnitHandoverClosedError,
  UnknownUnitHandoverStateError,
} from './errors';
import { isUnitHandoverState, isUnitHandoverStep, stepIndex, UNIT_HANDOVER_STEPS } from './steps';
import type { UnitHandoverState, UnitHandoverStep } from './steps';

/**
 * Throws unless `step` is exactly the next step after `current`:
 * - {@link StepOutOfOrderError} when an earlier step is missing (e.g. keys before inspection, 先验房后交付);
 * - {@link StepAlreadyRecordedError} when the step was already recorded;
 * - {@link UnitHandoverClosedError} after handover or refusal, or while an objection is open.
 */
export function assertCanApply(current: UnitHandoverState, step: UnitHandoverStep): void {
  if (!isUnitHandoverState(current)) {
    throw new UnknownUnitHandoverStateError(current);
  }
  if (!isUnitHandoverStep(step)) {
    throw new RangeError(`Unknown unit handover step ${JSON.stringify(step) ?? String(step)}.`);
  }
  if (current === 'handed_over' || current === 'refused' || current === 'objected') {
    throw new UnitHandoverClosedError(step, current);
  }
  const currentIndex = stepIndex(current);
  const attemptedIndex = stepIndex(step);
  if (current !== 'not_started' && attemptedIndex <= currentIndex) {
    throw new StepAlreadyRecordedError(step, current);
  }
  if (attemptedIndex > currentIndex + 1) {
    throw new StepOutOfOrderError(step, current, UNIT_HANDOVER_STEPS[currentIndex + 1]);
  }
}
