import {
  briefingSchedulePhase,
  lastCentralizedDate,
  nextBriefingDate,
  type BriefingCalendar,
} from './briefing-calendar';

const calendar = (overrides: Partial<BriefingCalendar> = {}): BriefingCalendar => ({
  firstHandoverDate: '2026-06-10',
  centralizedDays: 3,
  timeZone: 'Asia/Shanghai',
  status: 'active',
  unitsRemaining: 100,
  briefingTime: '20:00',
  ...overrides,
});

describe('briefing calendar', () => {
  it('places dates before, within and after the centralized period D … D+n−1', () => {
    expect(lastCentralizedDate(calendar())).toBe('2026-06-12');
    expect(briefingSchedulePhase(calendar(), '2026-06-09')).toBe('before');
    expect(briefingSchedulePhase(calendar(), '2026-06-10')).toBe('centralized');
    expect(briefingSchedulePhase(calendar(), '2026-06-12')).toBe('centralized');
    expect(briefingSchedulePhase(calendar(), '2026-06-13')).toBe('scattered');
  });

  it('starts at D (or today when later) and then goes day by day', () => {
    expect(nextBriefingDate(calendar(), null, '2026-05-01')).toBe('2026-06-10');
    expect(nextBriefingDate(calendar(), null, '2026-06-11')).toBe('2026-06-11');
    expect(nextBriefingDate(calendar(), '2026-06-10', '2026-06-15')).toBe('2026-06-11');
  });

  it('follows a postponed D', () => {
    expect(nextBriefingDate(calendar({ firstHandoverDate: '2026-07-01' }), '2026-06-10', '2026-06-11')).toBe(
      '2026-07-01',
    );
  });

  it('continues through the scattered period while units remain, and stops when none do or the project is completed', () => {
    expect(nextBriefingDate(calendar(), '2026-06-12', '2026-06-12')).toBe('2026-06-13');
    expect(nextBriefingDate(calendar({ unitsRemaining: 0 }), '2026-06-11', '2026-06-11')).toBe('2026-06-12');
    expect(nextBriefingDate(calendar({ unitsRemaining: 0 }), '2026-06-12', '2026-06-12')).toBeNull();
    expect(nextBriefingDate(calendar({ status: 'completed' }), null, '2026-06-10')).toBeNull();
    expect(nextBriefingDate(calendar({ status: 'missing' }), null, '2026-06-10')).toBeNull();
  });
});
