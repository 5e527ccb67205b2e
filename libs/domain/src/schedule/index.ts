export type { CalendarDate } from './calendar-date';
export { addDays, daysBetween, isCalendarDate, DATE_WINDOW, isDateInWindow, isInstantInWindow } from './calendar-date';
export {
  isValidTimeZone,
  zonedTimeToInstant,
  wallTimeToInstant,
  instantToCalendarDate,
  instantToWallTime,
} from './time-zone';
export type { Department, ApprovalParty } from './departments';
export { DEPARTMENTS, partyLabel } from './departments';
export type { PhaseKey } from './phases';
export { PHASE_KEYS, PHASE_LABELS } from './phases';
export type { MilestoneKey } from './milestones';
export { DEFAULT_MILESTONE_PARTIES, MILESTONE_KEYS, milestoneLabel } from './milestones';
export type { ScheduleOffsets } from './offsets';
export { DEFAULT_OFFSETS } from './offsets';
export type { PlanInput, PhaseWindow, PlannedMilestone, HandoverPlan } from './plan';
export { buildPlan } from './build-plan';
export type { PlanProblem } from './validate-plan';
export { validatePlan } from './validate-plan';
export { PlanRejectedError, assertPlanAcceptable } from './plan-acceptance';
export type {
  EscalationLadder,
  LadderStep,
  NotificationSettings,
  NotificationKind,
  PlannedNotification,
} from './notifications';
export { DEFAULT_ESCALATION_LADDER, DEFAULT_NOTIFICATION_SETTINGS, planNotifications } from './notifications';
export type { ReschedulePreview } from './reschedule';
export { previewReschedule } from './reschedule';
