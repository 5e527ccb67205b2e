import { buildPlan } from './build-plan';
import { DEFAULT_ESCALATION_LADDER, DEFAULT_NOTIFICATION_SETTINGS, planNotifications } from './notifications';

const iso = (ms: number): string => new Date(ms).toISOString();
const shanghai = buildPlan(
  { firstHandoverDate: '2027-03-01', centralizedDays: 3, timeZone: 'Asia/Shanghai' },
  '2026-12-01',
);

describe('planNotifications', () => {
  it('plans two reminders and one escalation per milestone by default', () => {
    const notifications = planNotifications(shanghai);
    expect(notifications).toHaveLength(30);
    const transfer = notifications.filter((n) => n.milestoneKey === 'propertyTransfer');
    expect(transfer.map((n) => [n.key, n.kind, n.daysBefore, n.dueDate, iso(n.at)])).toEqual([
      ['propertyTransfer:reminder:2027-02-09:3', 'reminder', 3, '2027-02-09', '2027-02-06T01:00:00.000Z'],
      ['propertyTransfer:reminder:2027-02-09:1', 'reminder', 1, '2027-02-09', '2027-02-08T01:00:00.000Z'],
      ['propertyTransfer:escalation:2027-02-09:-1', 'escalation', -1, '2027-02-09', '2027-02-09T16:00:00.000Z'],
    ]);
  });

  it('sorts by time, keeping plan order for the same instant', () => {
    const notifications = planNotifications(shanghai);
    for (let i = 1; i < notifications.length; i++) {
      expect(notifications[i].at).toBeGreaterThanOrEqual(notifications[i - 1].at);
    }
    expect(notifications.slice(0, 4).map((n) => n.key)).toEqual([
      'riskSelfCheck:reminder:2027-01-15:3',
      'riskSelfCheck:reminder:2027-01-15:1',
      'riskSelfCheck:escalation:2027-01-15:-1',
      'unitInspection:reminder:2027-01-25:3',
    ]);
    const dayBeforeD = notifications.filter((n) => n.dueDate === '2027-02-28').map((n) => n.key);
    expect(dayBeforeD).toEqual([
      'rehearsal:reminder:2027-02-28:3',
      'handoverReadiness:reminder:2027-02-28:3',
      'rehearsal:reminder:2027-02-28:1',
      'handoverReadiness:reminder:2027-02-28:1',
      'rehearsal:escalation:2027-02-28:-1',
      'handoverReadiness:escalation:2027-02-28:-1',
    ]);
    expect(notifications.at(-1)?.key).toBe('scatteredHandover:escalation:2027-05-02:-1');
    expect(new Set(notifications.map((n) => n.key)).size).toBe(30);
  });

  it('gives a re-planned due date new keys', () => {
    const moved = buildPlan(
      { firstHandoverDate: '2027-03-02', centralizedDays: 3, timeZone: 'Asia/Shanghai' },
      '2026-12-01',
    );
    const before = new Set(planNotifications(shanghai).map((n) => n.key));
    expect(planNotifications(moved).filter((n) => before.has(n.key))).toEqual([]);
  });

  it('keeps local times across a DST change (America/New_York)', () => {
    const plan = buildPlan(
      { firstHandoverDate: '2026-03-10', centralizedDays: 1, timeZone: 'America/New_York' },
      '2026-01-01',
    );
    const readiness = planNotifications(plan).filter((n) => n.milestoneKey === 'handoverReadiness');
    expect(readiness.map((n) => [n.dueDate, n.daysBefore, iso(n.at)])).toEqual([
      ['2026-03-09', 3, '2026-03-06T14:00:00.000Z'],
      ['2026-03-09', 1, '2026-03-08T13:00:00.000Z'],
      ['2026-03-09', -1, '2026-03-10T04:00:00.000Z'],
    ]);
  });

  it('honours custom settings', () => {
    const notifications = planNotifications(shanghai, { reminderDaysBefore: [0, 7, 7], reminderTime: '18:30' });
    const transfer = notifications.filter((n) => n.milestoneKey === 'propertyTransfer');
    expect(transfer.map((n) => [n.key, iso(n.at)])).toEqual([
      ['propertyTransfer:reminder:2027-02-09:7', '2027-02-02T10:30:00.000Z'],
      ['propertyTransfer:reminder:2027-02-09:0', '2027-02-09T10:30:00.000Z'],
      ['propertyTransfer:escalation:2027-02-09:-1', '2027-02-09T16:00:00.000Z'],
    ]);
    expect(planNotifications(shanghai, { reminderDaysBefore: [], reminderTime: '09:00' })).toHaveLength(10);
  });

  it('rejects unusable settings', () => {
    expect(() => planNotifications(shanghai, { reminderDaysBefore: [-2], reminderTime: '09:00' })).toThrow(RangeError);
    expect(() => planNotifications(shanghai, { reminderDaysBefore: [1.5], reminderTime: '09:00' })).toThrow(RangeError);
    expect(() => planNotifications(shanghai, { reminderDaysBefore: [1], reminderTime: '9am' })).toThrow(RangeError);
  });

  it('adds the ladder: the city company 2 days after the due date, HQ 4 days after, at 09:00 local', () => {
    const transfer = planNotifications(shanghai, DEFAULT_NOTIFICATION_SETTINGS, DEFAULT_ESCALATION_LADDER).filter(
      (n) => n.milestoneKey === 'propertyTransfer',
    );
    expect(transfer.map((n) => [n.kind, n.step ?? null, n.key, iso(n.at)])).toEqual([
      ['reminder', null, 'propertyTransfer:reminder:2027-02-09:3', '2027-02-06T01:00:00.000Z'],
      ['reminder', null, 'propertyTransfer:reminder:2027-02-09:1', '2027-02-08T01:00:00.000Z'],
      ['escalation', null, 'propertyTransfer:escalation:2027-02-09:-1', '2027-02-09T16:00:00.000Z'],
      ['climb', 'city', 'propertyTransfer:climb-city:2027-02-09', '2027-02-11T01:00:00.000Z'],
      ['climb', 'hq', 'propertyTransfer:climb-hq:2027-02-09', '2027-02-13T01:00:00.000Z'],
    ]);
    expect(planNotifications(shanghai).some((n) => n.kind === 'climb')).toBe(false);
  });
});
