import { addDays } from '../schedule/calendar-date';
import { instantToCalendarDate, zonedTimeToInstant } from '../schedule/time-zone';
import type { QuietHours } from './contact-preferences';

/**
 * When a notification raised at `epochMs` may be sent to a person with these quiet hours in `timeZone`: at once
 * outside them, else when they end (local time, so a person in Urumqi and one in Shanghai wake to it at their own
 * 08:00). Quiet hours defer a message; they never drop it.
 */
export function deliverableAt(epochMs: number, quiet: QuietHours, timeZone: string): number {
  if (quiet.start === quiet.end) return epochMs;
  const today = instantToCalendarDate(epochMs, timeZone);
  const startToday = zonedTimeToInstant(today, quiet.start, timeZone);
  const endToday = zonedTimeToInstant(today, quiet.end, timeZone);
  if (quiet.start < quiet.end) {
    // A window within one day, e.g. 12:00–14:00.
    return epochMs >= startToday && epochMs < endToday ? endToday : epochMs;
  }
  // A window over midnight, e.g. 21:00–08:00: this morning's tail, or tonight's start to tomorrow's end.
  if (epochMs < endToday) return endToday;
  if (epochMs >= startToday) return zonedTimeToInstant(addDays(today, 1), quiet.end, timeZone);
  return epochMs;
}
