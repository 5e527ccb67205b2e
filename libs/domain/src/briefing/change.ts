import { BRIEFING_FIGURE_KEYS, type BriefingChange, type BriefingFigures } from './figures';

/**
 * 较昨日: every figure of today's briefing minus the previous day's. No previous briefing (the first day, or a day
 * that was never generated) gives null rather than a change against zeros, which would read as a jump.
 */
export function briefingChange(today: BriefingFigures, previous: BriefingFigures | null): BriefingChange | null {
  if (!previous) return null;
  const change = {} as BriefingChange;
  for (const key of BRIEFING_FIGURE_KEYS) {
    const current = today[key];
    const before = previous[key];
    if (!Number.isSafeInteger(current) || !Number.isSafeInteger(before)) {
      throw new RangeError(`Figure ${key} must be a whole number, got ${current} and ${before}`);
    }
    change[key] = current - before;
  }
  return change;
}

/** A change as a signed number for reports: 3 → '+3', −2 → '-2', 0 → '0'; no change known → '—'. */
export function formatSigned(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return value > 0 ? `+${value}` : String(value);
}
