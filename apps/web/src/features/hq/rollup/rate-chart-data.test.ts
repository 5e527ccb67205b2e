import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar';
import { rateChartData } from './rate-chart-data';

const day = (date: string, handedOverCumulative: number, totalUnits: number, handoverRateBp: number) => ({
  date,
  totalUnits,
  handedOverCumulative,
  handedOverToday: 0,
  handoverRateBp,
  handoverRate: '',
});

describe('rateChartData', () => {
  it('maps basis points to percent exactly and labels each day by month and day, in the API order', () => {
    const points = rateChartData([
      day('2025-02-28', 0, 3, 0),
      day('2025-03-01', 1, 3, 3333),
      day('2025-03-02', 3, 3, 10_000),
    ]);
    expect(points).toEqual([
      { date: '2025-02-28', label: '02-28', ratePercent: 0, handedOverCumulative: 0, totalUnits: 3 },
      { date: '2025-03-01', label: '03-01', ratePercent: 33.33, handedOverCumulative: 1, totalUnits: 3 },
      { date: '2025-03-02', label: '03-02', ratePercent: 100, handedOverCumulative: 3, totalUnits: 3 },
    ]);
  });

  it('gives nothing to draw when no day has any unit', () => {
    expect(rateChartData([day('2025-03-01', 0, 0, 0), day('2025-03-02', 0, 0, 0)])).toBeNull();
    expect(rateChartData([])).toBeNull();
  });
});

describe('addDays', () => {
  it('crosses month and leap-year ends on the calendar, whatever the browser zone', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-10', -29)).toBe('2025-02-09');
  });
});
