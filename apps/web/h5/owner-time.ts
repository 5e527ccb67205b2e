import { instantToWallTime } from '@handover/domain/schedule/time-zone';

/** '2027-03-01 09:00' in the project's time zone, whatever the phone's own zone is (the rule the API words times by). */
export const localTime = (iso: string, timeZone: string): string => instantToWallTime(Date.parse(iso), timeZone);

/** '2027-03-01 09:00–10:00', or '2027-03-01 22:00 – 2027-03-02 01:00' across midnight, in the project's time zone. */
export function timeRange(startsAt: string, endsAt: string, timeZone: string): string {
  const start = localTime(startsAt, timeZone);
  const end = localTime(endsAt, timeZone);
  return start.slice(0, 10) === end.slice(0, 10) ? `${start}–${end.slice(11)}` : `${start} – ${end}`;
}
