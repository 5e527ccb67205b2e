import { isCalendarDate, type CalendarDate } from '@handover/domain';

/**
 * Receipt number (收据号) of a handover payment: 'JF' (交付), the local date of issue and the project's running
 * number, e.g. 'JF20270315-000042'. The running number alone is unique within the project; the date helps cashiers.
 */
export function formatReceiptNo(localDate: CalendarDate, seq: number): string {
  if (!isCalendarDate(localDate)) throw new RangeError(`Not a calendar date: ${String(localDate)}`);
  if (!Number.isSafeInteger(seq) || seq < 1)
    throw new RangeError(`A receipt's running number is a positive integer, not ${seq}.`);
  return `JF${localDate.replace(/-/g, '')}-${String(seq).padStart(6, '0')}`;
}
