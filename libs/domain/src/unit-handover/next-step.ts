import { UnknownUnitHandoverStateError } from './errors';
import { isUnitHandoverState, stepIndex, UNIT_HANDOVER_STEPS } from './steps';
import type { UnitHandoverState, UnitHandoverStep } from './steps';

/**
 * The step to record next, or null when none can be: after handover or refusal,
 * and while an objection is open (resolve it first; the flow then continues from where it was raised).
 */
export function nextStep(current: UnitHandoverState): UnitHandoverStep | null {
  if (!isUnitHandoverState(current)) {
    throw new UnknownUnitHandoverStateError(current);
  }
  if (current === 'refused' || current === 'objected') {
    return null;
  }
  return UNIT_HANDOVER_STEPS[stepIndex(current) + 1] ?? null;
}
