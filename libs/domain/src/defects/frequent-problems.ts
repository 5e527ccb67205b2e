import type { Language } from '../errors/language';
import { addDays, type CalendarDate } from '../schedule/calendar-date';
import { instantToCalendarDate, zonedTimeToInstant } from '../schedule/time-zone';
import type { DefectCategory } from './lifecycle';

/**
 * 高频问题预警: the same category and trade (专业) recorded `count` times in one building within `windowDays` days —
 * the pattern behind group complaints (群诉). Each project sets its own; these are the defaults (5 in 3 days).
 */
export interface FrequentProblemThreshold {
  count: number;
  windowDays: number;
}

export const DEFAULT_FREQUENT_PROBLEM_THRESHOLD: Readonly<FrequentProblemThreshold> = Object.freeze({
  count: 5,
  windowDays: 3,
});

/** The bounds a project's threshold keeps: at least two defects make a pattern; a window of one day to a month. */
export const FREQUENT_PROBLEM_THRESHOLD_RANGE = Object.freeze({
  count: Object.freeze({ min: 2, max: 100 }),
  windowDays: Object.freeze({ min: 1, max: 31 }),
});

/** The group a frequent problem is counted in: one building, one category, one trade. */
export interface FrequentProblemGroup {
  building: string;
  category: DefectCategory;
  trade: string;
}

/**
 * The window a count is made over, in the project's calendar: today and the `windowDays - 1` days before it, from
 * local midnight of the first day (`startsAt`, epoch ms) on. A 3-day window on 2027-03-10 is 03-08, 03-09 and 03-10.
 */
export interface FrequentProblemWindow {
  startDate: CalendarDate;
  endDate: CalendarDate;
  startsAt: number;
}

export function frequentProblemWindow(now: number, timeZone: string, windowDays: number): FrequentProblemWindow {
  const endDate = instantToCalendarDate(now, timeZone);
  const startDate = addDays(endDate, -(windowDays - 1));
  return { startDate, endDate, startsAt: zonedTimeToInstant(startDate, '00:00', timeZone) };
}

export function isFrequentProblemThresholdInRange(threshold: FrequentProblemThreshold): boolean {
  const { count, windowDays } = FREQUENT_PROBLEM_THRESHOLD_RANGE;
  const within = (value: number, range: { min: number; max: number }) =>
    Number.isInteger(value) && value >= range.min && value <= range.max;
  return within(threshold.count, count) && within(threshold.windowDays, windowDays);
}

/** What decides whether a group's defects raise an alert now. */
export interface FrequentProblemFacts {
  threshold: FrequentProblemThreshold;
  timeZone: string;
  /** epoch ms of the moment the decision is made (the defect just recorded) */
  now: number;
  /** epoch ms at which each of the group's defects was recorded (dismissed ones, 不予整改, left out by the caller) */
  recordedAt: readonly number[];
  /** the last day of the window of the group's latest alert, if it has one */
  lastAlertWindowEnd: CalendarDate | null;
}

export type FrequentProblemDecision =
  | { raise: true; window: FrequentProblemWindow; count: number }
  | { raise: false; window: FrequentProblemWindow; count: number; reason: 'below_threshold' | 'already_alerted' };

/**
 * Whether the group crossed the threshold: at least `count` of its defects recorded within the window, and no alert of
 * the group whose window overlaps this one — one alert per window, so the defect after the one that raised it adds
 * nothing, and a new alert needs `count` defects in a window that starts after the last alert's ended.
 */
export function decideFrequentProblem(facts: FrequentProblemFacts): FrequentProblemDecision {
  const window = frequentProblemWindow(facts.now, facts.timeZone, facts.threshold.windowDays);
  const count = facts.recordedAt.filter((at) => at >= window.startsAt && at <= facts.now).length;
  if (facts.lastAlertWindowEnd !== null && facts.lastAlertWindowEnd >= window.startDate)
    return { raise: false, window, count, reason: 'already_alerted' };
  if (count < facts.threshold.count) return { raise: false, window, count, reason: 'below_threshold' };
  return { raise: true, window, count };
}

const CATEGORY_ZH: Record<DefectCategory, string> = { quality: '质量问题', non_quality: '非质量问题' };

/** What an alert says of its group and count, for the case it is promoted to (案例库 is written in Chinese). */
export interface FrequentProblemAlertFacts extends FrequentProblemGroup {
  defectCount: number;
  windowDays: number;
  windowStart: CalendarDate;
  windowEnd: CalendarDate;
}

/** The case an alert becomes with one click: its title and summary, in Chinese like the rest of the case library. */
export function frequentProblemCaseText(alert: FrequentProblemAlertFacts): { title: string; summary: string } {
  const category = CATEGORY_ZH[alert.category] ?? alert.category;
  return {
    title: `${alert.building} 栋${alert.trade}${category}高频出现`,
    summary:
      `${alert.windowStart} 至 ${alert.windowEnd}（${alert.windowDays} 天内），${alert.building} 栋登记了 ` +
      `${alert.defectCount} 个${alert.trade}${category}，达到高频问题预警阈值。请补充原因、整改做法和后续项目应注意的事项。`,
  };
}

/** The title above an alert's sentence, in a person's notification and the group robot's message. */
export function frequentProblemAlertTitle(projectName: string, language: Language): string {
  return language === 'zh-CN' ? `【高频问题预警】${projectName}` : `Frequent problem: ${projectName}`;
}
