import {
  decideFrequentProblem,
  DEFAULT_FREQUENT_PROBLEM_THRESHOLD,
  frequentProblemAlertTitle,
  frequentProblemCaseText,
  frequentProblemWindow,
  isFrequentProblemThresholdInRange,
  type FrequentProblemFacts,
} from './frequent-problems';

const SHANGHAI = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);
/** 2027-03-10 10:00 in Shanghai: a 3-day window is 03-08, 03-09 and 03-10, from 2027-03-07T16:00Z on. */
const NOW = at('2027-03-10T10:00:00+08:00');
const facts = (recordedAt: string[], more: Partial<FrequentProblemFacts> = {}): FrequentProblemFacts => ({
  threshold: DEFAULT_FREQUENT_PROBLEM_THRESHOLD,
  timeZone: SHANGHAI,
  now: NOW,
  recordedAt: recordedAt.map(at),
  lastAlertWindowEnd: null,
  ...more,
});
const inWindow = [
  '2027-03-08T00:00:00+08:00',
  '2027-03-08T15:00:00+08:00',
  '2027-03-09T09:00:00+08:00',
  '2027-03-10T08:00:00+08:00',
  '2027-03-10T10:00:00+08:00',
];

describe('frequent-problem alerts (高频问题预警), hand-computed', () => {
  it('counts the window in the project’s calendar: today and the days before, from local midnight', () => {
    expect(frequentProblemWindow(NOW, SHANGHAI, 3)).toEqual({
      startDate: '2027-03-08',
      endDate: '2027-03-10',
      startsAt: at('2027-03-07T16:00:00Z'),
    });
    // 01:00 in Shanghai is still the day before in UTC.
    expect(frequentProblemWindow(at('2027-03-10T01:00:00+08:00'), 'UTC', 1)).toEqual({
      startDate: '2027-03-09',
      endDate: '2027-03-09',
      startsAt: at('2027-03-09T00:00:00Z'),
    });
    expect(frequentProblemWindow(at('2028-03-01T12:00:00+08:00'), SHANGHAI, 3).startDate).toBe('2028-02-28');
  });

  it('does not alert at N-1 defects in the window', () => {
    expect(decideFrequentProblem(facts(inWindow.slice(0, 4)))).toMatchObject({
      raise: false,
      count: 4,
      reason: 'below_threshold',
    });
  });

  it('alerts at the Nth, the first at local midnight of the window’s first day counted', () => {
    expect(decideFrequentProblem(facts(inWindow))).toEqual({
      raise: true,
      count: 5,
      window: { startDate: '2027-03-08', endDate: '2027-03-10', startsAt: at('2027-03-07T16:00:00Z') },
    });
  });

  it('does not count a defect a minute before the window, though within 72 hours, nor one after now', () => {
    const before = '2027-03-07T23:59:00+08:00';
    const later = '2027-03-10T10:00:01+08:00';
    expect(decideFrequentProblem(facts([before, ...inWindow.slice(1), later]))).toMatchObject({
      raise: false,
      count: 4,
    });
  });

  it('reads the same instants in another zone as other days', () => {
    // 2027-03-07T16:30Z is 03-08 00:30 in Shanghai (inside) but 03-07 in UTC (outside a UTC project's window).
    const recorded = ['2027-03-07T16:30:00Z', ...inWindow.slice(1)];
    expect(decideFrequentProblem(facts(recorded)).raise).toBe(true);
    expect(decideFrequentProblem(facts(recorded, { timeZone: 'UTC' }))).toMatchObject({ raise: false, count: 4 });
  });

  it('raises one alert per window: not while the last alert’s window overlaps, again once it no longer does', () => {
    expect(
      decideFrequentProblem(facts([...inWindow, inWindow[4]], { lastAlertWindowEnd: '2027-03-08' })),
    ).toMatchObject({ raise: false, count: 6, reason: 'already_alerted' });
    expect(decideFrequentProblem(facts(inWindow, { lastAlertWindowEnd: '2027-03-07' })).raise).toBe(true);
  });

  it('follows the project’s threshold: 3 in 1 day', () => {
    const threshold = { count: 3, windowDays: 1 };
    expect(decideFrequentProblem(facts(inWindow, { threshold }))).toMatchObject({ raise: false, count: 2 });
    const today = [...inWindow.slice(3), '2027-03-10T00:00:00+08:00'];
    expect(decideFrequentProblem(facts(today, { threshold }))).toMatchObject({ raise: true, count: 3 });
  });

  it('keeps thresholds within 2–100 defects and 1–31 days, whole numbers', () => {
    expect(isFrequentProblemThresholdInRange({ count: 5, windowDays: 3 })).toBe(true);
    expect(isFrequentProblemThresholdInRange({ count: 2, windowDays: 31 })).toBe(true);
    expect(isFrequentProblemThresholdInRange({ count: 1, windowDays: 3 })).toBe(false);
    expect(isFrequentProblemThresholdInRange({ count: 5, windowDays: 0 })).toBe(false);
    expect(isFrequentProblemThresholdInRange({ count: 5, windowDays: 32 })).toBe(false);
    expect(isFrequentProblemThresholdInRange({ count: 2.5, windowDays: 3 })).toBe(false);
  });

  it('words the notification’s title and the case an alert becomes', () => {
    expect(frequentProblemAlertTitle('滨江壹号', 'zh-CN')).toBe('【高频问题预警】滨江壹号');
    expect(frequentProblemAlertTitle('滨江壹号', 'en')).toBe('Frequent problem: 滨江壹号');
    expect(
      frequentProblemCaseText({
        building: '3',
        category: 'quality',
        trade: '防水',
        defectCount: 5,
        windowDays: 3,
        windowStart: '2027-03-08',
        windowEnd: '2027-03-10',
      }),
    ).toEqual({
      title: '3 栋防水质量问题高频出现',
      summary:
        '2027-03-08 至 2027-03-10（3 天内），3 栋登记了 5 个防水质量问题，达到高频问题预警阈值。请补充原因、整改做法和后续项目应注意的事项。',
    });
  });
});
