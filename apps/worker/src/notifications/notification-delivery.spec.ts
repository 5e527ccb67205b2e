import { retryDelayMs } from './notification-delivery';

describe('retryDelayMs', () => {
  it('doubles from the base with each attempt, up to 30 minutes', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, 30_000)).toBe(30 * 60_000);
    expect(retryDelayMs(1, 200)).toBe(200);
  });
});
