import { addDays, type CalendarDate } from '../schedule/calendar-date';

/** What the reporting workflow needs to know about a project to plan its evening briefings. */
export interface BriefingCalendar {
  /** D, the first centralized handover day */
  firstHandoverDate: CalendarDate;
  /** n: the centralized period is D … D+n−1 */
  centralizedDays: number;
  timeZone: string;
  /** the project's status; 'missing' when the project no longer exists */
  status: 'launching' | 'active' | 'completed' | 'missing';
  /** units not handed over yet (refused units excluded: their flow has ended) */
  unitsRemaining: number;
  /** local time of the evening briefing, 'HH:MM' (default '20:00') */
  briefingTime: string;
}

export type BriefingSchedulePhase = 'before' | 'centralized' | 'scattered';

/** Where a date falls: before D, within the centralized period (集中交付), or in the scattered period (零星交付) after it. */
export function briefingSchedulePhase(
  calendar: Pick<BriefingCalendar, 'firstHandoverDate' | 'centralizedDays'>,
  date: CalendarDate,
): BriefingSchedulePhase {
  if (date < calendar.firstHandoverDate) return 'before';
  return date <= lastCentralizedDate(calendar) ? 'centralized' : 'scattered';
}

/** D+n−1, the last day of the centralized period. */
export function lastCentralizedDate(
  calendar: Pick<BriefingCalendar, 'firstHandoverDate' | 'centralizedDays'>,
): CalendarDate {
  return addDays(calendar.firstHandoverDate, calendar.centralizedDays - 1);
}

/**
 * The next date to brief, or null when reporting is over (project completed or gone, or the centralized period is
 * past and every unit is handed over). After a briefing, the day after it — so a worker that was down catches up
 * day by day; on the first run, D or today, whichever is later (older days can be regenerated through the API).
 * A postponed D moves the next date with it.
 */
export function nextBriefingDate(
  calendar: BriefingCalendar,
  lastBriefed: CalendarDate | null,
  today: CalendarDate,
): CalendarDate | null {
  if (calendar.status === 'completed' || calendar.status === 'missing') return null;
  let next = lastBriefed ? addDays(lastBriefed, 1) : today;
  if (next < calendar.firstHandoverDate) next = calendar.firstHandoverDate;
  if (briefingSchedulePhase(calendar, next) === 'scattered' && calendar.unitsRemaining === 0) return null;
  return next;
}
