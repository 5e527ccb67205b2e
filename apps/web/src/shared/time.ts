import { instantToCalendarDate } from '@handover/domain';

/** Times are shown in the project's own time zone (default Asia/Shanghai), whatever the browser's zone is. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(
  iso: string | Date | null | undefined,
  timeZone = DEFAULT_TIME_ZONE,
  locale = 'zh-CN',
): string {
  if (!iso) return '—';
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso);
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone (the rule the API and the workflows use). */
export function dateIn(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return instantToCalendarDate(instant.getTime(), timeZone);
}

/** Whole days from one calendar date (YYYY-MM-DD) to another; negative when `to` is earlier. */
export { daysBetween } from '@handover/domain';
