import { CalendarDate, daysBetween, isCalendarDate } from './calendar-date';

const DAY_MS = 86_400_000;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for an unknown time zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(
  epochMs: number,
  timeZone: string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  // Some engines still print midnight as 24 despite hourCycle h23.
  if (fields.hour === 24) fields.hour = 0;
  return fields;
}

/** The zone's UTC offset in ms at an instant (wall clock minus UTC). */
function offsetAt(epochMs: number, timeZone: string): number {
  const wall = wallClock(epochMs, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(epochMs / 1000) * 1000;
}

function fits(instant: number, wall: number, timeZone: string): boolean {
  return instant + offsetAt(instant, timeZone) === wall;
}

export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz === '') return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/**
 * Epoch ms of a local wall-clock time. Like Temporal's 'compatible' disambiguation: an ambiguous time
 * (clocks set back) takes the earlier instant; a skipped time (clocks set forward) moves forward by the gap,
 * so '00:00' on a day that starts at 01:00 still lands on that day. Throws RangeError for bad input.
 */
export function zonedTimeToInstant(date: CalendarDate, time: string, timeZone: string): number {
  const timeMatch = TIME_PATTERN.exec(time);
  if (!isCalendarDate(date) || !timeMatch) throw new RangeError(`Not a local date and time: ${date} ${time}`);
  const minutes = Number(timeMatch[1]) * 60 + Number(timeMatch[2]);
  const wall = daysBetween('1970-01-01', date) * DAY_MS + minutes * 60_000;

  // Read the offset twice: at the wall time taken as UTC, then at the instant that first guess gives.
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  if (first === second) {
    // Clocks set back repeat an hour; the instant found may be the later of the two, so try the offset before it.
    const beforeTransition = wall - offsetAt(first - DAY_MS, timeZone);
    return fits(beforeTransition, wall, timeZone) ? Math.min(first, beforeTransition) : first;
  }
  // Disagreement means a transition lies between the guesses; a fitting one wins, else the time was skipped.
  const fitting = [first, second].filter((instant) => fits(instant, wall, timeZone));
  return fitting.length > 0 ? Math.min(...fitting) : Math.max(first, second);
}

/** The calendar day an instant falls on in the zone; throws RangeError for an unknown time zone. */
export function instantToCalendarDate(epochMs: number, timeZone: string): CalendarDate {
  const { year, month, day } = wallClock(epochMs, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The instant as the zone's wall clock reads it, 'YYYY-MM-DD HH:mm', for sentences people read. */
export function instantToWallTime(epochMs: number, timeZone: string): string {
  const { hour, minute } = wallClock(epochMs, timeZone);
  return `${instantToCalendarDate(epochMs, timeZone)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const WALL_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/**
 * Epoch ms of a wall-clock time written 'YYYY-MM-DDTHH:mm' (as a date-time picker gives it) in the project's zone,
 * whatever zone the reader's clock is in: a desk that picks 18:00 means 18:00 at the project. Times next to a clock
 * change resolve as in zonedTimeToInstant; throws RangeError for bad input or an unknown zone.
 */
export function wallTimeToInstant(wallTime: string, timeZone: string): number {
  const match = WALL_TIME_PATTERN.exec(wallTime);
  if (!match) throw new RangeError(`Not a local date and time (YYYY-MM-DDTHH:mm): ${JSON.stringify(wallTime)}`);
  return zonedTimeToInstant(match[1], match[2], timeZone);
}
