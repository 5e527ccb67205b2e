import { buildPlan } from './build-plan';
import { assertPlanAcceptable, PlanRejectedError } from './plan-acceptance';

const plan = (launchDate: string, centralizedDays = 3) =>
  buildPlan({ firstHandoverDate: '2027-03-01', centralizedDays, timeZone: 'Asia/Shanghai' }, launchDate);

const rejection = (fn: () => void): PlanRejectedError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlanRejectedError) return error;
    throw error;
  }
  throw new Error('expected a PlanRejectedError');
};

describe('assertPlanAcceptable', () => {
  it('passes a plan without problems, with or without an exception', () => {
    expect(() => assertPlanAcceptable(plan('2026-12-01'), '2026-12-01', false)).not.toThrow();
    expect(() => assertPlanAcceptable(plan('2026-12-01'), '2026-12-01', true)).not.toThrow();
  });

  it('rejects waivable problems unless HQ recorded an exception', () => {
    const late = plan('2027-01-20');
    const error = rejection(() => assertPlanAcceptable(late, '2027-01-20', false));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PlanRejectedError');
    expect(error.problems).toEqual([expect.objectContaining({ code: 'milestone_already_due', waivable: true })]);
    expect(error.message).toBe(
      'Risk self-check (交付风险自查) is due on 2027-01-15, before the plan starts on 2027-01-20.',
    );
    expect(() => assertPlanAcceptable(late, '2027-01-20', true)).not.toThrow();
  });

  it('joins every problem message', () => {
    const error = rejection(() => assertPlanAcceptable(plan('2027-02-17'), '2027-02-17', false));
    expect(error.problems).toHaveLength(6);
    expect(error.message).toBe(error.problems.map((p) => p.message).join(' '));
    expect(error.message).toMatch(/^Launched 12 days before the first handover day 2027-03-01;/);
  });

  it('rejects non-waivable problems even with an exception', () => {
    const error = rejection(() => assertPlanAcceptable(plan('2026-12-01', 0), '2026-12-01', true));
    expect(error.problems.map((p) => p.code)).toEqual(['centralized_days']);
    expect(() => assertPlanAcceptable(plan('2027-03-02'), '2027-03-02', true)).toThrow(PlanRejectedError);
  });
});
