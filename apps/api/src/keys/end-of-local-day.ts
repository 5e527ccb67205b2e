import { addDays, instantToCalendarDate, zonedTimeToInstant, type CalendarDate } from '@handover/domain';

/**
 * A key lent after the property transfer must come back the same day (当天归还) in the project's time zone:
 * the loan is due at the last millisecond of the local day on which it was made.
 */
export function endOfLocalDay(instantMs: number, timeZone: string): { dueBackAt: Date; localDate: CalendarDate } {
  const localDate = instantToCalendarDate(instantMs, timeZone);
  const nextMidnight = zonedTimeToInstant(addDays(localDate, 1), '00:00', timeZone);
  return { dueBackAt: new Date(nextMidnight - 1), localDate };
}
