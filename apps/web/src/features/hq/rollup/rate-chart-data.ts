import type { components } from '../../../api/schema';

type RateDay = components['schemas']['HandoverRateDayDto'];

export interface RatePoint {
  date: string;
  /** MM-DD, for the axis */
  label: string;
  /** percent with two decimals, from basis points (exact: bp / 100) */
  ratePercent: number;
  handedOverCumulative: number;
  totalUnits: number;
}

/** The API's days as chart points; null when no day has any unit, so the chart shows its empty state instead of a flat 0. */
export function rateChartData(days: RateDay[]): RatePoint[] | null {
  if (!days.some((day) => day.totalUnits > 0)) return null;
  return days.map((day) => ({
    date: day.date,
    label: day.date.slice(5),
    ratePercent: day.handoverRateBp / 100,
    handedOverCumulative: day.handedOverCumulative,
    totalUnits: day.totalUnits,
  }));
}
