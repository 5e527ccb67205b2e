export {
  DEFECT_STATUSES,
  DEFECT_ACTIONS,
  DEFECT_ACTION_TARGET,
  DEFECT_TRANSITIONS,
  DEFECT_DEADLINE_RUNNING,
  DEFECT_UNRESOLVED,
  DEFECT_CLOSED,
  DEFECT_DISPUTE_REASONS,
  CONTRACTOR_DEFECT_ACTIONS,
  DEFECT_RULING_ACTIONS,
  canMoveDefect,
  isDefectStatus,
  applyDefectAction,
  isDefectOverdue,
  DEFECT_AWAITING_OWNER,
  OWNER_DEFECT_ANSWERS,
  OWNER_DEFECT_ANSWER_ACTION,
  applyOwnerDefectAnswer,
} from './lifecycle';
export type {
  DefectStatus,
  DefectCategory,
  DefectAction,
  DefectFacts,
  DefectDisputeReason,
  OwnerDefectAnswer,
} from './lifecycle';
export {
  DefectTransitionError,
  DefectStatusTransitionError,
  OwnerReplyRequiredError,
  DefectNotDeferrableError,
  DefectNotAwaitingOwnerError,
} from './errors';
export {
  DEFAULT_DEFECT_SLA,
  DEFECT_SLA_DAYS_RANGE,
  AGEING_BUCKETS,
  defectSlaClass,
  slaDaysOf,
  slaDeadline,
  ageingBucket,
} from './sla';
export type { DefectSlaSettings, DefectSlaClass, AgeingBucket } from './sla';
export {
  DEFECT_ESCALATION_LEVELS,
  DEFECT_ESCALATION_AUDIENCE,
  DEFAULT_DEFECT_ESCALATION_LADDER,
  defectEscalationSteps,
  defectEscalationStepAt,
  defectEscalationLevelAt,
} from './escalation-ladder';
export type {
  DefectEscalationLevel,
  DefectEscalationAudience,
  DefectEscalationLadder,
  DefectEscalationStep,
  DefectEscalationStanding,
} from './escalation-ladder';
export {
  DEFAULT_FREQUENT_PROBLEM_THRESHOLD,
  FREQUENT_PROBLEM_THRESHOLD_RANGE,
  decideFrequentProblem,
  frequentProblemAlertTitle,
  frequentProblemCaseText,
  frequentProblemWindow,
  isFrequentProblemThresholdInRange,
} from './frequent-problems';
export type {
  FrequentProblemAlertFacts,
  FrequentProblemDecision,
  FrequentProblemFacts,
  FrequentProblemGroup,
  FrequentProblemThreshold,
  FrequentProblemWindow,
} from './frequent-problems';
export { OWNER_DEFECT_ERROR_MESSAGES } from './owner-error-messages';
