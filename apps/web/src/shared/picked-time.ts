import dayjs, { type Dayjs } from 'dayjs';
import { instantToWallTime, wallTimeToInstant } from '@handover/domain';

/** A picked wall-clock time taken in the project's zone, as an ISO instant (18:00 means 18:00 at the project). */
export function pickedInstant(picked: Dayjs, timeZone: string): string {
  return new Date(wallTimeToInstant(picked.format('YYYY-MM-DDTHH:mm'), timeZone)).toISOString();
}

/** The project's wall clock now, as a picker value (the picker shows wall times, not instants). */
export function wallNow(timeZone: string): Dayjs {
  return dayjs(instantToWallTime(Date.now(), timeZone), 'YYYY-MM-DD HH:mm');
}
