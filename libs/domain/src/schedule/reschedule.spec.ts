import { addDays } from './calendar-date';
import { buildPlan } from './build-plan';
import { previewReschedule } from './reschedule';

const current = buildPlan(
  {
    firstHandoverDate: '2027-03-01',
    centralizedDays: 3,
    timeZone: 'Asia/Shanghai',
    offsets: { openDay: -30 },
    milestoneParties: { openDay: ['sales'] },
  },
  '2026-12-01',
);
const iso = (ms: number): string => new Date(ms).toISOString();
// 2027-02-10 10:00 in Shanghai
const now = Date.UTC(2027, 1, 10, 2, 0);
const open = [
  'centralizedHandover',
  'riskSelfCheck',
  'unitInspection',
  'openDay',
  'rectification',
  'propertyTransfer',
] as const;

describe('previewReschedule', () => {
  const preview = previewReschedule(current, [...open], '2027-03-15', now);

  it('moves every due date by the same 14 days and keeps the rest of the plan', () => {
    expect(preview.plan.firstHandoverDate).toBe('2027-03-15');
    expect(preview.plan.lastCentralizedDate).toBe('2027-03-17');
    expect(preview.plan.phases[0].start).toBe('2026-12-01');
    expect(preview.plan.milestones.find((m) => m.key === 'openDay')?.parties).toEqual(['sales']);
    expect(preview.changes).toHaveLength(10);
    for (const change of preview.changes) expect(change.newDueDate).toBe(addDays(change.oldDueDate, 14));
    expect(preview.changes.map((c) => [c.milestoneKey, c.newDueDate])).toEqual([
      ['riskSelfCheck', '2027-01-29'],
      ['unitInspection', '2027-02-08'],
      ['openDay', '2027-02-13'],
      ['rectification', '2027-02-22'],
      ['propertyTransfer', '2027-02-23'],
      ['rehearsal', '2027-03-14'],
      ['handoverReadiness', '2027-03-14'],
      ['centralizedHandover', '2027-03-17'],
      ['scatteredHandover', '2027-05-16'],
      ['summaryAccepted', '2027-04-01'],
    ]);
  });

  it('lists open milestones already late and those inside the reminder horizon', () => {
    expect(preview.late).toEqual(['riskSelfCheck', 'unitInspection']);
    expect(preview.atRisk).toEqual(['openDay']);
  });

  it('keeps only future notifications of open milestones', () => {
    expect(preview.remindersToFire.map((n) => [n.key, iso(n.at)])).toEqual([
      // openDay's 3-day reminder (2027-02-10T01:00Z) is an hour before now.
      ['openDay:reminder:2027-02-13:1', '2027-02-12T01:00:00.000Z'],
      ['openDay:escalation:2027-02-13:-1', '2027-02-13T16:00:00.000Z'],
      ['rectification:reminder:2027-02-22:3', '2027-02-19T01:00:00.000Z'],
      ['propertyTransfer:reminder:2027-02-23:3', '2027-02-20T01:00:00.000Z'],
      ['rectification:reminder:2027-02-22:1', '2027-02-21T01:00:00.000Z'],
      ['propertyTransfer:reminder:2027-02-23:1', '2027-02-22T01:00:00.000Z'],
      ['rectification:escalation:2027-02-22:-1', '2027-02-22T16:00:00.000Z'],
      ['propertyTransfer:escalation:2027-02-23:-1', '2027-02-23T16:00:00.000Z'],
      ['centralizedHandover:reminder:2027-03-17:3', '2027-03-14T01:00:00.000Z'],
      ['centralizedHandover:reminder:2027-03-17:1', '2027-03-16T01:00:00.000Z'],
      ['centralizedHandover:escalation:2027-03-17:-1', '2027-03-17T16:00:00.000Z'],
    ]);
  });

  it('validates the new plan as of today', () => {
    expect(preview.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'milestone_already_due',
        'Risk self-check (交付风险自查) is due on 2027-01-29, before the plan starts on 2027-02-10.',
      ],
      [
        'milestone_already_due',
        'Unit-by-unit inspection (分户验收) is due on 2027-02-08, before the plan starts on 2027-02-10.',
      ],
    ]);
  });

  it('counts today and the reminder horizon boundary as at risk, and uses the local day', () => {
    // Today is the Shanghai day: 2027-02-13T16:30Z is still the 13th in UTC but the 14th in Shanghai.
    const lateEvening = previewReschedule(
      current,
      ['openDay', 'rectification'],
      '2027-03-15',
      Date.UTC(2027, 1, 12, 15, 30),
    );
    expect(lateEvening.atRisk).toEqual(['openDay']);
    const pastMidnight = previewReschedule(
      current,
      ['openDay', 'rectification'],
      '2027-03-15',
      Date.UTC(2027, 1, 13, 16, 30),
    );
    expect(pastMidnight.late).toEqual(['openDay']);
    const horizon = previewReschedule(current, ['rectification'], '2027-03-15', Date.UTC(2027, 1, 19, 2, 0));
    expect(horizon.atRisk).toEqual(['rectification']);
    const beyond = previewReschedule(current, ['rectification'], '2027-03-15', Date.UTC(2027, 1, 18, 2, 0));
    expect(beyond.atRisk).toEqual([]);
  });

  it('reports no changes when D stays and surfaces problems of an impossible date', () => {
    expect(previewReschedule(current, [], '2027-03-01', now).changes).toEqual([]);
    const tooSoon = previewReschedule(current, [...open], '2027-02-25', now);
    expect(tooSoon.problems[0].code).toBe('transfer_rule');
    expect(tooSoon.late).toEqual(['riskSelfCheck', 'unitInspection', 'openDay', 'rectification', 'propertyTransfer']);
  });
});
