import { addDays, CalendarDate, isCalendarDate } from './calendar-date';

export function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "30 days before the first handover day (2027-01-30)"; the date is left out when D is malformed. */
export function describeOffset(firstHandoverDate: CalendarDate, offset: number): string {
  const relative =
    offset === 0
      ? 'on the first handover day'
      : `${plural(Math.abs(offset), 'day')} ${offset < 0 ? 'before' : 'after'} the first handover day`;
  if (!isCalendarDate(firstHandoverDate) || !Number.isSafeInteger(offset)) return relative;
  return `${relative} (${addDays(firstHandoverDate, offset)})`;
}
