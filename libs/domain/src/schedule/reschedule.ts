import { CalendarDate, daysBetween } from './calendar-date';
import { buildPlan } from './build-plan';
import { ApprovalParty } from './departments';
import { MilestoneKey } from './milestones';
import {
  DEFAULT_NOTIFICATION_SETTINGS,
  NotificationSettings,
  PlannedNotification,
  planNotifications,
} from './notifications';
import { HandoverPlan } from './plan';
import { instantToCalendarDate } from './time-zone';
import { PlanProblem, validatePlan } from './validate-plan';

export interface ReschedulePreview {
  plan: HandoverPlan;
  changes: { milestoneKey: MilestoneKey; oldDueDate: CalendarDate; newDueDate: CalendarDate }[];
  late: MilestoneKey[];
  atRisk: MilestoneKey[];
  remindersToFire: PlannedNotification[];
  problems: PlanProblem[];
}

/**
 * What-if preview of moving D (no anchor product offers it). The new plan keeps the current plan's launch date,
 * centralized days, time zone, offsets and approvers. `openMilestones` are those not yet closed; `today` is the
 * calendar day of `now` in the plan's time zone.
 * - changes: every milestone whose due date moves;
 * - late: open milestones whose new due date is before today;
 * - atRisk: open milestones, not late, due within max(reminderDaysBefore) days of today;
 * - remindersToFire: the new plan's notifications for open milestones with at > now;
 * - problems: validatePlan(new plan, today).
 */
export function previewReschedule(
  current: HandoverPlan,
  openMilestones: MilestoneKey[],
  newFirstHandoverDate: CalendarDate,
  now: number,
  settings: NotificationSettings = DEFAULT_NOTIFICATION_SETTINGS,
): ReschedulePreview {
  const today = instantToCalendarDate(now, current.timeZone);
  const launchDate = current.phases.find((phase) => phase.key === 'riskSelfCheck')?.start ?? today;
  const milestoneParties: Partial<Record<MilestoneKey, ApprovalParty[]>> = {};
  for (const milestone of current.milestones) milestoneParties[milestone.key] = milestone.parties;

  const plan = buildPlan(
    {
      firstHandoverDate: newFirstHandoverDate,
      centralizedDays: current.centralizedDays,
      timeZone: current.timeZone,
      offsets: current.offsets,
      milestoneParties,
    },
    launchDate,
  );

  const oldDueDates = new Map(current.milestones.map((m) => [m.key, m.dueDate]));
  const changes = plan.milestones.flatMap((m) => {
    const oldDueDate = oldDueDates.get(m.key);
    return oldDueDate !== undefined && oldDueDate !== m.dueDate
      ? [{ milestoneKey: m.key, oldDueDate, newDueDate: m.dueDate }]
      : [];
  });

  const open = new Set(openMilestones);
  const openPlanned = plan.milestones.filter((m) => open.has(m.key));
  const warningDays = Math.max(0, ...settings.reminderDaysBefore);
  const late = openPlanned.filter((m) => m.dueDate < today).map((m) => m.key);
  const atRisk = openPlanned
    .filter((m) => m.dueDate >= today && daysBetween(today, m.dueDate) <= warningDays)
    .map((m) => m.key);
  const remindersToFire = planNotifications(plan, settings).filter((n) => open.has(n.milestoneKey) && n.at > now);

  return { plan, changes, late, atRisk, remindersToFire, problems: validatePlan(plan, today) };
}
