import { addDays, CalendarDate } from './calendar-date';
import { MilestoneKey } from './milestones';
import { HandoverPlan } from './plan';
import { zonedTimeToInstant } from './time-zone';

export interface NotificationSettings {
  /** whole days before the due date, e.g. [3, 1] */
  reminderDaysBefore: number[];
  /** local 'HH:mm' in the project's time zone */
  reminderTime: string;
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = Object.freeze({
  reminderDaysBefore: Object.freeze([3, 1]) as number[],
  reminderTime: '09:00',
});

export type NotificationKind = 'reminder' | 'escalation';

export interface PlannedNotification {
  key: string;
  milestoneKey: MilestoneKey;
  kind: NotificationKind;
  /** -1 for the escalation, which fires the day after the due date */
  daysBefore: number;
  dueDate: CalendarDate;
  /** epoch ms */
  at: number;
}

const ESCALATION_DAYS_BEFORE = -1;

/**
 * Reminders at reminderTime local on each of the reminderDaysBefore days before a due date; an escalation at
 * 00:00 local on the day after it, when the milestone is overdue. The key carries the due date so a re-planned
 * date yields a new key. Sorted by `at`, ties in plan order. Throws RangeError for an invalid time zone,
 * reminder time or a reminder day that is not a whole number >= 0.
 */
export function planNotifications(
  plan: HandoverPlan,
  settings: NotificationSettings = DEFAULT_NOTIFICATION_SETTINGS,
): PlannedNotification[] {
  const reminderDays = [...new Set(settings.reminderDaysBefore)].sort((a, b) => b - a);
  const invalid = reminderDays.find((days) => !Number.isSafeInteger(days) || days < 0);
  if (invalid !== undefined) throw new RangeError(`Reminder days must be whole numbers >= 0, got ${invalid}`);

  const notifications: PlannedNotification[] = [];
  const add = (
    milestoneKey: MilestoneKey,
    kind: NotificationKind,
    daysBefore: number,
    dueDate: CalendarDate,
    at: number,
  ) =>
    notifications.push({
      key: `${milestoneKey}:${kind}:${dueDate}:${daysBefore}`,
      milestoneKey,
      kind,
      daysBefore,
      dueDate,
      at,
    });

  for (const { key, dueDate } of plan.milestones) {
    for (const days of reminderDays) {
      add(
        key,
        'reminder',
        days,
        dueDate,
        zonedTimeToInstant(addDays(dueDate, -days), settings.reminderTime, plan.timeZone),
      );
    }
    add(
      key,
      'escalation',
      ESCALATION_DAYS_BEFORE,
      dueDate,
      zonedTimeToInstant(addDays(dueDate, 1), '00:00', plan.timeZone),
    );
  }
  // Array.prototype.sort is stable, so equal instants keep plan order.
  return notifications.sort((a, b) => a.at - b.at);
}
