import {
  DEFAULT_DEFECT_ESCALATION_LADDER,
  defectEscalationLevelAt,
  defectEscalationStepAt,
  defectEscalationSteps,
} from './escalation-ladder';

const at = (iso: string) => Date.parse(iso);
const MS = 1;

describe('defect escalation ladder (整改逾期升级阶梯)', () => {
  it('climbs company → engineering head → project lead → HQ at 0, 2, 5 and 10 days by default', () => {
    expect(defectEscalationSteps(true)).toEqual([
      { level: 1, audience: 'contractor_company', afterDays: 0 },
      { level: 2, audience: 'engineering_head', afterDays: 2 },
      { level: 3, audience: 'project_lead', afterDays: 5 },
      { level: 4, audience: 'hq', afterDays: 10 },
    ]);
    expect(DEFAULT_DEFECT_ESCALATION_LADDER).toEqual({
      engineeringHeadAfterDays: 2,
      projectLeadAfterDays: 5,
      hqAfterDays: 10,
    });
  });

  it('without a company to tell, starts at the engineering head the moment the defect turns overdue', () => {
    expect(defectEscalationSteps(false)).toEqual([
      { level: 2, audience: 'engineering_head', afterDays: 0 },
      { level: 3, audience: 'project_lead', afterDays: 5 },
      { level: 4, audience: 'hq', afterDays: 10 },
    ]);
  });

  // Deadline 2030-01-15 in Asia/Shanghai (UTC+8): overdue from 2030-01-16 00:00 local, 2030-01-15T16:00Z.
  const deadline = '2030-01-15';
  const zone = 'Asia/Shanghai';
  const level = (iso: string, companyReachable = true) =>
    defectEscalationLevelAt(deadline, zone, at(iso), { companyReachable });

  it.each([
    ['2030-01-15T15:59:59.999Z', null, 1, '2030-01-15T16:00:00.000Z'],
    ['2030-01-15T16:00:00.000Z', 1, 2, '2030-01-17T16:00:00.000Z'],
    ['2030-01-17T15:59:59.999Z', 1, 2, '2030-01-17T16:00:00.000Z'],
    ['2030-01-17T16:00:00.000Z', 2, 3, '2030-01-20T16:00:00.000Z'],
    ['2030-01-20T16:00:00.000Z', 3, 4, '2030-01-25T16:00:00.000Z'],
    ['2030-01-25T15:59:59.999Z', 3, 4, '2030-01-25T16:00:00.000Z'],
  ])('with a company, at %s: level %s, next %s at %s', (instant, reached, nextLevel, nextAt) => {
    expect(level(instant)).toEqual({ level: reached, next: { level: nextLevel, at: at(nextAt) } });
  });

  it('reaches HQ ten days after and climbs no further', () => {
    expect(level('2030-01-25T16:00:00.000Z')).toEqual({ level: 4, next: null });
    expect(level('2031-06-01T00:00:00.000Z')).toEqual({ level: 4, next: null });
  });

  it('without a company: the engineering head at the deadline, then the lead and HQ at their days', () => {
    expect(level('2030-01-15T15:59:59.999Z', false)).toEqual({
      level: null,
      next: { level: 2, at: at('2030-01-15T16:00:00.000Z') },
    });
    expect(level('2030-01-15T16:00:00.000Z', false)).toEqual({
      level: 2,
      next: { level: 3, at: at('2030-01-20T16:00:00.000Z') },
    });
    expect(level('2030-01-25T16:00:00.000Z', false)).toEqual({ level: 4, next: null });
  });

  it('counts whole days on the project calendar across a clock change (America/New_York, 2027-03-14)', () => {
    // Overdue from 2027-03-13 00:00 EST; the engineering head at 2027-03-15 00:00 EDT, an hour under two days later.
    expect(defectEscalationStepAt('2027-03-12', 'America/New_York', 0)).toBe(at('2027-03-13T05:00:00.000Z'));
    expect(defectEscalationStepAt('2027-03-12', 'America/New_York', 2)).toBe(at('2027-03-15T04:00:00.000Z'));
    const standing = defectEscalationLevelAt('2027-03-12', 'America/New_York', at('2027-03-15T04:00:00.000Z') - MS, {
      companyReachable: true,
    });
    expect(standing).toEqual({ level: 1, next: { level: 2, at: at('2027-03-15T04:00:00.000Z') } });
  });

  it('takes a ladder of other days, and refuses days that do not rise strictly from above zero', () => {
    const ladder = { engineeringHeadAfterDays: 1, projectLeadAfterDays: 3, hqAfterDays: 7 };
    expect(defectEscalationSteps(true, ladder).map((step) => step.afterDays)).toEqual([0, 1, 3, 7]);
    expect(
      defectEscalationLevelAt(deadline, zone, at('2030-01-18T16:00:00.000Z'), { companyReachable: true, ladder }),
    ).toEqual({ level: 3, next: { level: 4, at: at('2030-01-22T16:00:00.000Z') } });
    for (const bad of [
      { ...ladder, engineeringHeadAfterDays: 0 },
      { ...ladder, projectLeadAfterDays: 1 },
      { ...ladder, hqAfterDays: 2 },
      { ...ladder, engineeringHeadAfterDays: 1.5 },
      { ...ladder, hqAfterDays: Number.NaN },
    ])
      expect(() => defectEscalationSteps(true, bad)).toThrow(RangeError);
  });
});
