import {
  instantToCalendarDate,
  instantToWallTime,
  isValidTimeZone,
  wallTimeToInstant,
  zonedTimeToInstant,
} from './time-zone';

const iso = (ms: number): string => new Date(ms).toISOString();

describe('time zones', () => {
  it('knows IANA zones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('converts Asia/Shanghai wall time (UTC+8, no DST)', () => {
    expect(iso(zonedTimeToInstant('2027-02-06', '09:00', 'Asia/Shanghai'))).toBe('2027-02-06T01:00:00.000Z');
    expect(iso(zonedTimeToInstant('2027-02-10', '00:00', 'Asia/Shanghai'))).toBe('2027-02-09T16:00:00.000Z');
    expect(iso(zonedTimeToInstant('2027-07-01', '23:59', 'Asia/Shanghai'))).toBe('2027-07-01T15:59:00.000Z');
  });

  it('converts America/New_York wall time on both sides of a DST change', () => {
    expect(iso(zonedTimeToInstant('2026-03-07', '09:00', 'America/New_York'))).toBe('2026-03-07T14:00:00.000Z');
    expect(iso(zonedTimeToInstant('2026-03-08', '00:00', 'America/New_York'))).toBe('2026-03-08T05:00:00.000Z');
    expect(iso(zonedTimeToInstant('2026-03-08', '09:00', 'America/New_York'))).toBe('2026-03-08T13:00:00.000Z');
    expect(iso(zonedTimeToInstant('2026-11-01', '00:00', 'America/New_York'))).toBe('2026-11-01T04:00:00.000Z');
    expect(iso(zonedTimeToInstant('2026-11-01', '09:00', 'America/New_York'))).toBe('2026-11-01T14:00:00.000Z');
  });

  it('moves a skipped time forward and takes the earlier of a repeated time', () => {
    // 02:30 does not exist on 2026-03-08 in New York; 01:30 happens twice on 2026-11-01.
    expect(iso(zonedTimeToInstant('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    expect(iso(zonedTimeToInstant('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(zonedTimeToInstant('2026-10-25', '02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
    // Chile springs forward at midnight: the day starts at 01:00 -03.
    expect(iso(zonedTimeToInstant('2026-09-06', '00:00', 'America/Santiago'))).toBe('2026-09-06T04:00:00.000Z');
  });

  it('rejects bad input', () => {
    expect(() => zonedTimeToInstant('2026-02-30', '09:00', 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2026-02-01', '24:00', 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2026-02-01', '9:00', 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2026-02-01', '09:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('finds the local calendar day of an instant', () => {
    expect(instantToCalendarDate(Date.UTC(2027, 1, 9, 15, 59), 'Asia/Shanghai')).toBe('2027-02-09');
    expect(instantToCalendarDate(Date.UTC(2027, 1, 9, 16, 0), 'Asia/Shanghai')).toBe('2027-02-10');
    expect(instantToCalendarDate(Date.UTC(2026, 2, 8, 4, 59), 'America/New_York')).toBe('2026-03-07');
    expect(instantToCalendarDate(Date.UTC(2026, 2, 8, 5, 0), 'America/New_York')).toBe('2026-03-08');
    expect(instantToCalendarDate(Date.UTC(2026, 10, 2, 4, 59), 'America/New_York')).toBe('2026-11-01');
    expect(instantToCalendarDate(Date.UTC(2026, 10, 2, 5, 0), 'America/New_York')).toBe('2026-11-02');
  });
});

// Moved from the console (apps/web zoned-time.test.ts), which now asks this function.
describe('wallTimeToInstant', () => {
  it('reads the wall clock in the project time zone, not the reader one', () => {
    expect(iso(wallTimeToInstant('2027-03-17T18:00', 'Asia/Shanghai'))).toBe('2027-03-17T10:00:00.000Z');
    expect(iso(wallTimeToInstant('2027-03-17T18:00', 'UTC'))).toBe('2027-03-17T18:00:00.000Z');
    expect(iso(wallTimeToInstant('2026-12-31T23:30', 'Asia/Shanghai'))).toBe('2026-12-31T15:30:00.000Z');
  });

  it('follows daylight saving time where the zone has it', () => {
    expect(iso(wallTimeToInstant('2027-01-15T12:00', 'America/New_York'))).toBe('2027-01-15T17:00:00.000Z');
    expect(iso(wallTimeToInstant('2027-07-15T12:00', 'America/New_York'))).toBe('2027-07-15T16:00:00.000Z');
  });

  it('refuses anything but YYYY-MM-DDTHH:mm, and days or times that do not exist', () => {
    for (const bad of ['2027-03-17 18:00', '2027-03-17T18:00:00', '2027-03-17', '2027-02-30T09:00', '2027-03-17T24:00'])
      expect(() => wallTimeToInstant(bad, 'Asia/Shanghai')).toThrow(RangeError);
  });

  it('reads an instant as the wall clock of the zone', () => {
    expect(instantToWallTime(Date.parse('2026-12-02T21:24:28Z'), 'Asia/Shanghai')).toBe('2026-12-03 05:24');
    expect(instantToWallTime(Date.parse('2026-12-02T21:24:28Z'), 'America/Los_Angeles')).toBe('2026-12-02 13:24');
  });
});
