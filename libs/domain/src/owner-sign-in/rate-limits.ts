/**
 * 发送频率限制: how often a code may be asked for, per phone number and per client address, in fixed windows.
 * Pure: the counters live in PostgreSQL (one row per key and window), this file names the windows and judges counts.
 */

export type SignInLimitScope = 'phone' | 'ip' | 'ip_verify';

export interface SignInLimit {
  scope: SignInLimitScope;
  /** window length in seconds; windows start at multiples of it since the epoch */
  seconds: number;
  /** requests allowed in one window */
  max: number;
}

/** Asking for a code: 1 a minute and 5 an hour per number, 20 an hour per client address. */
export const CODE_REQUEST_LIMITS: readonly SignInLimit[] = [
  { scope: 'phone', seconds: 60, max: 1 },
  { scope: 'phone', seconds: 3600, max: 5 },
  { scope: 'ip', seconds: 3600, max: 20 },
];

/** Presenting a code: 30 tries an hour per client address, across numbers (each code also dies after 5 wrong tries). */
export const SIGN_IN_ATTEMPT_LIMITS: readonly SignInLimit[] = [{ scope: 'ip_verify', seconds: 3600, max: 30 }];

/** `limits` with the per-address windows' ceiling set to `max` (the per-number windows unchanged). */
export function withAddressCeiling(limits: readonly SignInLimit[], max: number): readonly SignInLimit[] {
  return limits.map((limit) => (limit.scope === 'phone' ? limit : { ...limit, max }));
}

/** The start of the window of `seconds` that holds `now`. */
export function windowStart(now: Date, seconds: number): Date {
  const size = seconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

export interface CountedWindow {
  limit: SignInLimit;
  /** the count after this request was added */
  count: number;
  start: Date;
}

/** null when every window still admits the request; otherwise the seconds until the last full window ends. */
export function retryAfterSeconds(windows: readonly CountedWindow[], now: Date): number | null {
  const full = windows.filter((window) => window.count > window.limit.max);
  if (full.length === 0) return null;
  const ends = full.map((window) => window.start.getTime() + window.limit.seconds * 1000);
  return Math.max(1, Math.ceil((Math.max(...ends) - now.getTime()) / 1000));
}
