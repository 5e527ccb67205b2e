import { buildPlan } from './build-plan';
import { DEPARTMENTS } from './departments';
import { DEFAULT_MILESTONE_PARTIES } from './milestones';
import { DEFAULT_OFFSETS } from './offsets';
import { PHASE_KEYS } from './phases';
import { HandoverPlan } from './plan';

const base = { firstHandoverDate: '2027-03-01', centralizedDays: 3, timeZone: 'Asia/Shanghai' };
const dues = (plan: HandoverPlan): Record<string, string> =>
  Object.fromEntries(plan.milestones.map((m) => [m.key, m.dueDate]));
const windows = (plan: HandoverPlan): Record<string, [string, string | null]> =>
  Object.fromEntries(plan.phases.map((p) => [p.key, [p.start, p.end]]));

describe('buildPlan', () => {
  it('exposes the keys in order', () => {
    expect(DEPARTMENTS).toEqual(['engineering', 'design', 'sales', 'customer_service', 'property', 'finance', 'cost']);
    expect(PHASE_KEYS).toHaveLength(9);
  });

  it('lays out the default timeline (D=2027-03-01, n=3)', () => {
    const plan = buildPlan(base, '2026-12-01');
    expect(plan.lastCentralizedDate).toBe('2027-03-03');
    expect(plan.offsets).toEqual(DEFAULT_OFFSETS);
    expect(plan.timeZone).toBe('Asia/Shanghai');
    expect(dues(plan)).toEqual({
      riskSelfCheck: '2027-01-15',
      unitInspection: '2027-01-25',
      openDay: '2027-01-30',
      rectification: '2027-02-08',
      propertyTransfer: '2027-02-09',
      rehearsal: '2027-02-28',
      handoverReadiness: '2027-02-28',
      centralizedHandover: '2027-03-03',
      scatteredHandover: '2027-05-02',
      summaryAccepted: '2027-03-18',
    });
    expect(windows(plan)).toEqual({
      riskSelfCheck: ['2026-12-01', '2027-01-15'],
      unitInspection: ['2026-12-01', '2027-01-25'],
      openDay: ['2027-01-30', '2027-01-30'],
      rectification: ['2027-01-31', '2027-02-08'],
      propertyTransfer: ['2027-02-08', '2027-02-09'],
      handoverPreparation: ['2027-02-10', '2027-02-28'],
      centralizedHandover: ['2027-03-01', '2027-03-03'],
      scatteredHandover: ['2027-03-04', null],
      summary: ['2027-03-04', '2027-03-18'],
    });
    expect(plan.phases.map((p) => [p.order, p.key, p.nameZh])).toEqual([
      [1, 'riskSelfCheck', '交付风险自查'],
      [2, 'unitInspection', '分户验收'],
      [3, 'openDay', '业主开放日'],
      [4, 'rectification', '整改'],
      [5, 'propertyTransfer', '交付前移交'],
      [6, 'handoverPreparation', '交付准备'],
      [7, 'centralizedHandover', '集中交付'],
      [8, 'scatteredHandover', '零星交付'],
      [9, 'summary', '交付总结'],
    ]);
  });

  it('ties milestones to phases, names and default approvers', () => {
    const plan = buildPlan(base, '2026-12-01');
    const byKey = Object.fromEntries(plan.milestones.map((m) => [m.key, m]));
    expect(byKey.rehearsal).toMatchObject({
      phase: 'handoverPreparation',
      nameZh: '现场演练',
      parties: ['project_lead'],
    });
    expect(byKey.handoverReadiness).toMatchObject({
      phase: 'handoverPreparation',
      parties: ['project_lead', 'customer_service'],
    });
    expect(byKey.riskSelfCheck.parties).toEqual([
      'engineering',
      'design',
      'sales',
      'customer_service',
      'property',
      'project_lead',
    ]);
    expect(byKey.summaryAccepted).toMatchObject({ phase: 'summary', parties: ['hq'] });
    for (const m of plan.milestones) expect(m.parties).toEqual(DEFAULT_MILESTONE_PARTIES[m.key]);
  });

  it('does not share approver arrays with the defaults', () => {
    const plan = buildPlan(base, '2026-12-01');
    plan.milestones[0].parties.push('hq');
    expect(DEFAULT_MILESTONE_PARTIES.riskSelfCheck).not.toContain('hq');
  });

  it('applies offset and approver overrides, ignoring empty ones', () => {
    const plan = buildPlan(
      {
        ...base,
        offsets: {
          openDay: -28,
          propertyTransferDue: -25,
          rectificationDue: -26,
          rehearsalStart: -3,
          rehearsalEnd: -2,
          summaryDueAfterCentralized: 7,
          scatteredHandoverDueAfterCentralized: undefined,
        },
        milestoneParties: { openDay: ['sales'], rectification: [], summaryAccepted: ['hq', 'project_lead'] },
      },
      '2026-12-01',
    );
    expect(plan.offsets).toEqual({
      ...DEFAULT_OFFSETS,
      openDay: -28,
      rectificationDue: -26,
      propertyTransferDue: -25,
      rehearsalStart: -3,
      rehearsalEnd: -2,
      summaryDueAfterCentralized: 7,
    });
    const d = dues(plan);
    expect(d.openDay).toBe('2027-02-01');
    expect(d.rectification).toBe('2027-02-03');
    expect(d.propertyTransfer).toBe('2027-02-04');
    expect(d.rehearsal).toBe('2027-02-27');
    expect(d.handoverReadiness).toBe('2027-02-28');
    expect(d.scatteredHandover).toBe('2027-05-02');
    expect(d.summaryAccepted).toBe('2027-03-11');
    expect(windows(plan).handoverPreparation).toEqual(['2027-02-05', '2027-02-28']);
    const parties = Object.fromEntries(plan.milestones.map((m) => [m.key, m.parties]));
    expect(parties.openDay).toEqual(['sales']);
    expect(parties.rectification).toEqual(['engineering', 'customer_service']);
    expect(parties.summaryAccepted).toEqual(['hq', 'project_lead']);
  });

  it('crosses a leap day and a year end', () => {
    // D=2028-03-01 with n=1: the day before D is 29 Feb and the last centralized day is D itself.
    const leap = buildPlan({ ...base, firstHandoverDate: '2028-03-01', centralizedDays: 1 }, '2027-12-01');
    expect(leap.lastCentralizedDate).toBe('2028-03-01');
    expect(dues(leap).handoverReadiness).toBe('2028-02-29');
    expect(dues(leap).propertyTransfer).toBe('2028-02-10');
    expect(dues(leap).riskSelfCheck).toBe('2028-01-16');
    expect(dues(leap).summaryAccepted).toBe('2028-03-16');

    const yearEnd = buildPlan({ ...base, firstHandoverDate: '2026-12-30', centralizedDays: 5 }, '2026-10-01');
    expect(yearEnd.lastCentralizedDate).toBe('2027-01-03');
    expect(windows(yearEnd).scatteredHandover).toEqual(['2027-01-04', null]);
    expect(dues(yearEnd).scatteredHandover).toBe('2027-03-04');
    expect(dues(yearEnd).summaryAccepted).toBe('2027-01-18');
    expect(dues(yearEnd).riskSelfCheck).toBe('2026-11-15');
  });

  it('returns an empty plan instead of throwing when dates cannot be placed', () => {
    const plan = buildPlan({ ...base, firstHandoverDate: '2027-02-30' }, '2026-12-01');
    expect(plan).toMatchObject({ lastCentralizedDate: '', phases: [], milestones: [] });
    expect(buildPlan({ ...base, centralizedDays: 2.5 }, '2026-12-01').milestones).toEqual([]);
    expect(buildPlan(base, 'soon').milestones).toEqual([]);
  });
});
