import { describe, expect, it } from 'vitest';
import { instantOfWallTime } from './zoned-time';

describe('instantOfWallTime', () => {
  it('reads the wall clock in the project time zone, not the browser one', () => {
    expect(instantOfWallTime('2027-03-17T18:00', 'Asia/Shanghai').toISOString()).toBe('2027-03-17T10:00:00.000Z');
    expect(instantOfWallTime('2027-03-17T18:00', 'UTC').toISOString()).toBe('2027-03-17T18:00:00.000Z');
  });

  it('follows daylight saving time where the zone has it', () => {
    expect(instantOfWallTime('2027-01-15T12:00', 'America/New_York').toISOString()).toBe('2027-01-15T17:00:00.000Z');
    expect(instantOfWallTime('2027-07-15T12:00', 'America/New_York').toISOString()).toBe('2027-07-15T16:00:00.000Z');
  });

  it('defaults to Asia/Shanghai', () => {
    expect(instantOfWallTime('2026-12-31T23:30').toISOString()).toBe('2026-12-31T15:30:00.000Z');
  });
});
