/** Calendar-date arithmetic on YYYY-MM-DD strings, in UTC so no browser time zone can shift a day. */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date from the URL, or the fallback when it is missing or not YYYY-MM-DD. */
export function dateParam(value: string | null, fallback: string): string {
  return value && CALENDAR_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : fallback;
}
