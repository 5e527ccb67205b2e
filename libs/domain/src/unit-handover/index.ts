export {
  UNIT_HANDOVER_STEPS,
  UNIT_HANDOVER_STATES,
  isUnitHandoverStep,
  isUnitHandoverState,
  isInProgressStep,
} from './steps';
export type { UnitHandoverStep, UnitHandoverState, InProgressStep } from './steps';
export { STEP_LABELS, STATE_LABELS } from './labels';
export type { BilingualLabel } from './labels';
export {
  UnitHandoverTransitionError,
  StepOutOfOrderError,
  StepAlreadyRecordedError,
  UnitHandoverClosedError,
  InvalidOwnerActionError,
  UnknownUnitHandoverStateError,
} from './errors';
export type { OwnerAction } from './errors';
export { assertCanApply } from './assert-can-apply';
export { nextStep } from './next-step';
export { NOT_STARTED, applyStep, refuseHandover, raiseObjection, resolveObjection } from './progress';
export type { UnitHandoverProgress } from './progress';
