/** 'YYYY-MM-DD', a calendar day in the project's time zone */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parse(value: string): { year: number; month: number; day: number } | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Strict: the shape must be YYYY-MM-DD and the day must exist (2026-02-30 is rejected). */
export function isCalendarDate(value: string): boolean {
  return typeof value === 'string' && parse(value) !== null;
}

// Integer arithmetic (Hinnant's days-from-civil) instead of Date, which maps years 0-99 to 1900-1999.
function toDayNumber(date: CalendarDate): number {
  const parts = parse(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const year = parts.month <= 2 ? parts.year - 1 : parts.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (parts.month + (parts.month > 2 ? -3 : 9)) + 2) / 5) + parts.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function assertWholeDays(days: number): void {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Days must be a whole number, got ${days}`);
}

/** Throws RangeError for a malformed date or a fractional number of days. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  assertWholeDays(days);
  return fromDayNumber(toDayNumber(date) + days);
}

/** `to - from` in days; throws RangeError for a malformed date. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The days the product accepts from a person: a handover plan, a deadline or a record's date lies in this century.
 * Anything outside is a typo (9999-12-31), and plan arithmetic past year 9999 cannot be written as YYYY-MM-DD.
 */
export const DATE_WINDOW = { earliest: '2000-01-01', latest: '2099-12-31' } as const;

/** A real calendar day inside DATE_WINDOW. */
export function isDateInWindow(value: string): boolean {
  return isCalendarDate(value) && value >= DATE_WINDOW.earliest && value <= DATE_WINDOW.latest;
}

/** An instant (ms since the epoch) whose UTC day lies inside DATE_WINDOW. */
export function isInstantInWindow(epochMs: number): boolean {
  if (!Number.isFinite(epochMs)) return false;
  const day = new Date(epochMs).toISOString().slice(0, 10);
  return day >= DATE_WINDOW.earliest && day <= DATE_WINDOW.latest;
}
