/** The owner app does not know a unit's project zone everywhere yet (OwnerUnitDto carries none): the product's default. */
export const DEFAULT_PROJECT_TIME_ZONE = 'Asia/Shanghai';

/** '2027-03-01 09:00' in the project's time zone, whatever the phone's own zone is. */
export function localTime(iso: string, timeZone: string): string {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${values.year}-${values.month}-${values.day} ${values.hour}:${values.minute}`;
}

/** '2027-03-01 09:00–10:00', or '2027-03-01 22:00 – 2027-03-02 01:00' across midnight, in the project's time zone. */
export function timeRange(startsAt: string, endsAt: string, timeZone: string): string {
  const start = localTime(startsAt, timeZone);
  const end = localTime(endsAt, timeZone);
  return start.slice(0, 10) === end.slice(0, 10) ? `${start}–${end.slice(11)}` : `${start} – ${end}`;
}
