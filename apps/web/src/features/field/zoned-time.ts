import { DEFAULT_TIME_ZONE } from '../../shared/time';

/** How far (in ms) the wall clock of a time zone is ahead of UTC at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  const wallAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time ("YYYY-MM-DDTHH:mm") denotes in the project's time zone, whatever the browser's zone
 * is: the desk picks "18:00" meaning 18:00 at the project. The second pass settles times next to a DST change.
 */
export function instantOfWallTime(wallTime: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const [date, time] = wallTime.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = wallAsUtc - zoneOffset(wallAsUtc, timeZone);
  return new Date(wallAsUtc - zoneOffset(first, timeZone));
}
