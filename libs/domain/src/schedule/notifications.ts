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

/** `climb`: a later step of the escalation ladder (城市公司, then 集团) for a gate still open. */
export type NotificationKind = 'reminder' | 'escalation' | 'climb';

/** Who a later step of the ladder reaches: the city company's responsible person, then HQ. */
export type LadderStep = 'city' | 'hq';

/**
 * 升级阶梯: a gate still open after its due date is escalated the day after to those who still have to sign and the
 * project lead; `cityAfterDays` days after the due date to the city company's responsible person; `hqAfterDays`
 * days after it to HQ. Each step at `time` local.
 */
export interface EscalationLadder {
  cityAfterDays: number;
  hqAfterDays: number;
  time: string;
}

export const DEFAULT_ESCALATION_LADDER: Readonly<EscalationLadder> = Object.freeze({
  cityAfterDays: 2,
  hqAfterDays: 4,
  time: '09:00',
});

export interface PlannedNotification {
  key: string;
  milestoneKey: MilestoneKey;
  kind: NotificationKind;
  /** for `climb`: the step it reaches */
  step?: LadderStep;
  /** -1 for the escalation, which fires the day after the due date */
  daysBefore: number;
  dueDate: CalendarDate;
  /** epoch ms */
  at: number;
}

const ESCALATION_DAYS_BEFORE = -1;

/**
 * Reminders at reminderTime local on each of the reminderDaysBefore days before a due date; an escalation at
 * 00:00 local on the day after it, when the milestone is overdue; with a `ladder`, its later steps (`climb`). The key carries the due date so a re-planned
 * date yields a new key. Sorted by `at`, ties in plan order. Throws RangeError for an invalid time zone,
 * reminder time or a reminder day that is not a whole number >= 0.
 */
export function planNotifications(
  plan: HandoverPlan,
  settings: NotificationSettings = DEFAULT_NOTIFICATION_SETTINGS,
  ladder?: EscalationLadder,
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
    if (ladder) {
      for (const [step, days] of [
        ['city', ladder.cityAfterDays],
        ['hq', ladder.hqAfterDays],
      ] as const) {
        notifications.push({
          key: `${key}:climb-${step}:${dueDate}`,
          milestoneKey: key,
          kind: 'climb',
          step,
          daysBefore: -days,
          dueDate,
          at: zonedTimeToInstant(addDays(dueDate, days), ladder.time, plan.timeZone),
        });
      }
    }
  }
  // Array.prototype.sort is stable, so equal instants keep plan order.
  return notifications.sort((a, b) => a.at - b.at);
}
