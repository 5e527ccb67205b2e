import { endOfLocalDay } from './end-of-local-day';

describe('endOfLocalDay', () => {
  it('ends the Shanghai day at 23:59:59.999 local (15:59:59.999 UTC)', () => {
    const { dueBackAt, localDate } = endOfLocalDay(Date.parse('2027-03-15T02:00:00Z'), 'Asia/Shanghai');
    expect(localDate).toBe('2027-03-15');
    expect(dueBackAt.toISOString()).toBe('2027-03-15T15:59:59.999Z');
  });

  it('uses the local day, not the UTC day, late in the evening', () => {
    // 23:30 in Shanghai is 15:30 UTC the same day; 00:30 in Shanghai is still the previous UTC day.
    expect(endOfLocalDay(Date.parse('2027-03-15T15:30:00Z'), 'Asia/Shanghai').dueBackAt.toISOString()).toBe(
      '2027-03-15T15:59:59.999Z',
    );
    expect(endOfLocalDay(Date.parse('2027-03-15T16:30:00Z'), 'Asia/Shanghai').dueBackAt.toISOString()).toBe(
      '2027-03-16T15:59:59.999Z',
    );
  });

  it('follows daylight saving time (New York, clocks forward on 2027-03-14)', () => {
    // The 13th ends at midnight EST (UTC−5); the 14th, 23 hours long, ends at midnight EDT (UTC−4).
    expect(endOfLocalDay(Date.parse('2027-03-13T12:00:00Z'), 'America/New_York').dueBackAt.toISOString()).toBe(
      '2027-03-14T04:59:59.999Z',
    );
    expect(endOfLocalDay(Date.parse('2027-03-14T12:00:00Z'), 'America/New_York').dueBackAt.toISOString()).toBe(
      '2027-03-15T03:59:59.999Z',
    );
  });

  it('refuses an unknown time zone', () => {
    expect(() => endOfLocalDay(Date.now(), 'Mars/Olympus')).toThrow(RangeError);
  });
});
