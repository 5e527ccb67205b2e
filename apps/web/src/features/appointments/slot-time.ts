import { addDays, instantToCalendarDate, instantToWallTime, zonedTimeToInstant } from '@handover/domain';
import { DEFAULT_TIME_ZONE } from '../../shared/time';

/** A slot's start and end as instants, from a calendar date and two wall times in the project's time zone. */
export function slotInstants(
  date: string,
  start: string,
  end: string,
  timeZone = DEFAULT_TIME_ZONE,
): { startsAt: string; endsAt: string } {
  return {
    startsAt: new Date(zonedTimeToInstant(date, start, timeZone)).toISOString(),
    endsAt: new Date(zonedTimeToInstant(date, end, timeZone)).toISOString(),
  };
}

/** '2027-03-01 09:00–10:00' in the project's time zone (the end's date too when it falls on another day). */
export function slotText(slot: { startsAt: string; endsAt: string }, timeZone = DEFAULT_TIME_ZONE): string {
  const start = Date.parse(slot.startsAt);
  const end = Date.parse(slot.endsAt);
  const startDate = instantToCalendarDate(start, timeZone);
  const endDate = instantToCalendarDate(end, timeZone);
  const endText = endDate === startDate ? hhmm(end, timeZone) : `${endDate} ${hhmm(end, timeZone)}`;
  return `${startDate} ${hhmm(start, timeZone)}–${endText}`;
}

/** '09:00–10:00' in the project's time zone: a slot of a day already named (today's bookings at the desk). */
export function slotHours(slot: { startsAt: string; endsAt: string }, timeZone = DEFAULT_TIME_ZONE): string {
  return `${hhmm(Date.parse(slot.startsAt), timeZone)}–${hhmm(Date.parse(slot.endsAt), timeZone)}`;
}

const hhmm = (instant: number, timeZone: string) => instantToWallTime(instant, timeZone).slice(11, 16);

/** Today in the project's time zone, as the slot list's `from` (inclusive) and `to` (exclusive) instants. */
export function todayWindow(now: Date, timeZone = DEFAULT_TIME_ZONE): { date: string; from: string; to: string } {
  const date = instantToCalendarDate(now.getTime(), timeZone);
  return {
    date,
    from: new Date(zonedTimeToInstant(date, '00:00', timeZone)).toISOString(),
    to: new Date(zonedTimeToInstant(addDays(date, 1), '00:00', timeZone)).toISOString(),
  };
}
