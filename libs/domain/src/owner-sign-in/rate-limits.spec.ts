import {
  CODE_REQUEST_LIMITS,
  retryAfterSeconds,
  SIGN_IN_ATTEMPT_LIMITS,
  windowStart,
  withAddressCeiling,
} from './rate-limits';

const [perMinute, perHour, perIp] = CODE_REQUEST_LIMITS as [
  (typeof CODE_REQUEST_LIMITS)[number],
  (typeof CODE_REQUEST_LIMITS)[number],
  (typeof CODE_REQUEST_LIMITS)[number],
];

describe('sign-in rate-limit windows', () => {
  it('take a configured per-address ceiling and keep the per-number limits', () => {
    expect(withAddressCeiling(CODE_REQUEST_LIMITS, 5000)).toEqual([
      { scope: 'phone', seconds: 60, max: 1 },
      { scope: 'phone', seconds: 3600, max: 5 },
      { scope: 'ip', seconds: 3600, max: 5000 },
    ]);
    expect(withAddressCeiling(SIGN_IN_ATTEMPT_LIMITS, 30)).toEqual(SIGN_IN_ATTEMPT_LIMITS);
  });

  it('are fixed windows aligned on their length', () => {
    const now = new Date('2026-05-01T10:17:42.500Z');
    expect(windowStart(now, 60).toISOString()).toBe('2026-05-01T10:17:00.000Z');
    expect(windowStart(now, 3600).toISOString()).toBe('2026-05-01T10:00:00.000Z');
  });

  it('admit a request while every count stays within its limit', () => {
    const now = new Date('2026-05-01T10:17:42Z');
    const windows = [
      { limit: perMinute, count: 1, start: windowStart(now, 60) },
      { limit: perHour, count: 5, start: windowStart(now, 3600) },
      { limit: perIp, count: 20, start: windowStart(now, 3600) },
    ];
    expect(retryAfterSeconds(windows, now)).toBeNull();
  });

  it('refuse with the wait until the latest full window ends', () => {
    const now = new Date('2026-05-01T10:17:42Z');
    expect(retryAfterSeconds([{ limit: perMinute, count: 2, start: windowStart(now, 60) }], now)).toBe(18);
    expect(
      retryAfterSeconds(
        [
          { limit: perMinute, count: 2, start: windowStart(now, 60) },
          { limit: perHour, count: 6, start: windowStart(now, 3600) },
        ],
        now,
      ),
    ).toBe(42 * 60 + 18);
    // never 0: the client waits at least a second
    expect(
      retryAfterSeconds(
        [{ limit: perIp, count: 21, start: windowStart(now, 3600) }],
        new Date('2026-05-01T10:59:59.999Z'),
      ),
    ).toBe(1);
  });
});
