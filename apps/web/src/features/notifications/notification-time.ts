import { formatDateTime } from '../../shared/time';

/** The browser's own time zone: a notification or a delivery is about the person reading it, not one project. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Shanghai';
}

/** An instant in the reader's zone and language, e.g. 2026/12/04 09:00. */
export function localDateTime(iso: string | null | undefined, language: string): string {
  return formatDateTime(iso, browserTimeZone(), language);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How long ago, for the last day ("5 分钟前", "3 hours ago"); the date and time beyond that. */
export function sinceText(iso: string, language: string, justNow: string, now = Date.now()): string {
  const elapsed = now - new Date(iso).getTime();
  if (Number.isNaN(elapsed)) return iso;
  if (elapsed < MINUTE) return justNow;
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < 24 * HOUR) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  return localDateTime(iso, language);
}
