import { addDays, daysBetween, isCalendarDate } from './calendar-date';

describe('calendar dates', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2027-03-01')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-00-10')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -45)).toBe('2027-01-15');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2027-03-03', 60)).toBe('2027-05-02');
    expect(addDays('2027-03-01', 0)).toBe('2027-03-01');
    expect(addDays('0050-01-01', -1)).toBe('0049-12-31');
    expect(addDays('1970-01-01', 365 * 400 + 97)).toBe('2370-01-01');
  });

  it('counts days between, signed', () => {
    expect(daysBetween('2027-02-17', '2027-03-01')).toBe(12);
    expect(daysBetween('2027-03-01', '2027-02-17')).toBe(-12);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('1970-01-01', '2027-03-01')).toBe(Date.UTC(2027, 2, 1) / 86_400_000);
  });

  it('rejects malformed input', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-01', 1.5)).toThrow(RangeError);
    expect(() => daysBetween('2026-02-01', 'tomorrow')).toThrow(RangeError);
  });
});
