import { buildPlan } from './build-plan';
import { assertPlanAcceptable, blockingProblems, PlanRejectedError } from './plan-acceptance';

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
    expect(error.waivableByHq).toBe(true);
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
    expect(error.waivableByHq).toBe(false);
    expect(() => assertPlanAcceptable(plan('2027-03-02'), '2027-03-02', true)).toThrow(PlanRejectedError);
  });

  it('names only the problems an exception does not waive', () => {
    const mixed = buildPlan(
      {
        firstHandoverDate: '2027-03-01',
        centralizedDays: 3,
        timeZone: 'Asia/Shanghai',
        offsets: { propertyTransferDue: -10, summaryDueAfterCentralized: 0 },
      },
      '2026-12-01',
    );
    const withoutException = rejection(() => assertPlanAcceptable(mixed, '2026-12-01', false));
    expect(withoutException.problems.map((p) => [p.code, p.waivable])).toEqual([
      ['transfer_offset', true],
      ['offset_order', false],
    ]);
    expect(withoutException.waivableByHq).toBe(false);
    const withException = rejection(() => assertPlanAcceptable(mixed, '2026-12-01', true));
    expect(withException.problems.map((p) => p.code)).toEqual(['offset_order']);
    expect(withException.message).toBe(withException.problems[0].message);
  });
});

describe('blockingProblems', () => {
  const waivable = { code: 'transfer_rule', message: 'late', waivable: true };
  const hard = { code: 'centralized_days', message: 'zero', waivable: false };

  it('keeps every problem without an exception and only the non-waivable ones with it', () => {
    expect(blockingProblems([waivable, hard], false)).toEqual([waivable, hard]);
    expect(blockingProblems([waivable, hard], true)).toEqual([hard]);
    expect(blockingProblems([waivable], true)).toEqual([]);
    expect(blockingProblems([], false)).toEqual([]);
  });
});
