import { buildPlan } from './build-plan';
import { PlanInput } from './plan';
import { validatePlan } from './validate-plan';

const base: PlanInput = { firstHandoverDate: '2027-03-01', centralizedDays: 3, timeZone: 'Asia/Shanghai' };
const validate = (input: Partial<PlanInput>, launchDate = '2026-12-01') =>
  validatePlan(buildPlan({ ...base, ...input }, launchDate), launchDate);

describe('validatePlan', () => {
  it('accepts the default plan launched in time', () => {
    expect(validate({})).toEqual([]);
    expect(validate({ timeZone: 'America/New_York' })).toEqual([]);
  });

  it('reports malformed dates and time zones, not waivable', () => {
    expect(validate({ firstHandoverDate: '2027-02-30' })).toEqual([
      {
        code: 'invalid_date',
        waivable: false,
        message: 'The first handover day "2027-02-30" is not a valid date (YYYY-MM-DD).',
      },
    ]);
    expect(validate({}, '2026-13-01')).toEqual([
      {
        code: 'invalid_date',
        waivable: false,
        message: 'The launch date "2026-13-01" is not a valid date (YYYY-MM-DD).',
      },
    ]);
    expect(validate({ timeZone: 'Mars/Olympus_Mons' })).toEqual([
      {
        code: 'invalid_date',
        waivable: false,
        message: '"Mars/Olympus_Mons" is not a known time zone; use one like Asia/Shanghai.',
      },
    ]);
  });

  it.each([0, 31, 2.5, -1])('rejects %p centralized days', (n) => {
    expect(validate({ centralizedDays: n })).toEqual([
      {
        code: 'centralized_days',
        waivable: false,
        message: `The centralized handover must last a whole number of days from 1 to 30; it is set to ${n}.`,
      },
    ]);
  });

  it('accepts 1 and 30 centralized days', () => {
    expect(validate({ centralizedDays: 1 })).toEqual([]);
    expect(validate({ centralizedDays: 30 })).toEqual([]);
  });

  it('reports offsets out of order with concrete dates', () => {
    expect(validate({ offsets: { riskSelfCheckDue: -30 } })).toEqual([
      {
        code: 'offset_order',
        waivable: false,
        message:
          'The risk self-check must be due before the owner open day, but it is set 30 days before the first handover day (2027-01-30) and the owner open day 30 days before the first handover day (2027-01-30).',
      },
    ]);
    expect(validate({ offsets: { unitInspectionDue: -29 } })[0].message).toBe(
      'The unit-by-unit inspection must be due before the owner open day, but it is set 29 days before the first handover day (2027-01-31) and the owner open day 30 days before the first handover day (2027-01-30).',
    );
    expect(validate({ offsets: { rectificationDue: -20 } })[0].message).toBe(
      'Rectification must be due before the property transfer due date, but it is set 20 days before the first handover day (2027-02-09) and the property transfer due date 20 days before the first handover day (2027-02-09).',
    );
    expect(validate({ offsets: { rehearsalStart: -1, rehearsalEnd: -2 } }).map((p) => p.message)).toEqual([
      'The on-site rehearsal cannot end before it starts: it starts 1 day before the first handover day (2027-02-28) and ends 2 days before the first handover day (2027-02-27).',
    ]);
    expect(validate({ offsets: { rehearsalEnd: 0 } }).map((p) => p.message)).toEqual([
      'The on-site rehearsal must end before the first handover day, but it is set to end on the first handover day (2027-03-01).',
    ]);
    expect(validate({ offsets: { summaryDueAfterCentralized: 0 } }).map((p) => p.message)).toEqual([
      'The handover summary must be due at least 1 day after the first day after the centralized handover (2027-03-04), but it is set to 0 days after it (2027-03-04).',
    ]);
    expect(validate({ offsets: { scatteredHandoverDueAfterCentralized: 0 } }).map((p) => p.message)).toEqual([
      'The scattered handover must be due after the last centralized handover day 2027-03-03, but it is set 0 days after it (2027-03-03).',
    ]);
    expect(validate({ offsets: { openDay: -30.5 } })).toEqual([
      {
        code: 'offset_order',
        waivable: false,
        message: 'The owner open day must be a whole number of days; it is set to -30.5.',
      },
    ]);
  });

  it('allows a one-day rehearsal and any order-respecting offsets', () => {
    expect(validate({ offsets: { rehearsalStart: -1, rehearsalEnd: -1 } })).toEqual([]);
    expect(validate({ offsets: { riskSelfCheckDue: -60, unitInspectionDue: -50, openDay: -40 } })).toEqual([]);
  });

  it('rejects a first handover day on or before the launch date, not waivable', () => {
    const expected = {
      code: 'handover_in_past',
      waivable: false,
      message: 'The first handover day 2027-03-01 is not after 2027-03-01, the day the plan starts; it must be later.',
    };
    expect(validate({}, '2027-03-01')).toEqual([expected]);
    expect(validate({}, '2027-03-05')[0]).toMatchObject({ code: 'handover_in_past', waivable: false });
  });

  it('explains the 20-day transfer rule when launched too late, waivable', () => {
    const problems = validate({}, '2027-02-17');
    expect(problems[0]).toEqual({
      code: 'transfer_rule',
      waivable: true,
      message:
        'Launched 12 days before the first handover day 2027-03-01; the property transfer must be complete at least 20 days before it (by 2027-02-09), which has already passed.',
    });
    expect(problems.slice(1).map((p) => [p.code, p.waivable])).toEqual([
      ['milestone_already_due', true],
      ['milestone_already_due', true],
      ['milestone_already_due', true],
      ['milestone_already_due', true],
      ['milestone_already_due', true],
    ]);
    expect(validate({}, '2027-02-10').map((p) => p.code)).toContain('transfer_rule');
    // Launching on D-20 itself leaves the transfer due that day: not a breach of the rule.
    expect(validate({}, '2027-02-09').map((p) => p.code)).not.toContain('transfer_rule');
  });

  it('names each milestone already due at launch, waivable', () => {
    expect(validate({}, '2027-01-20')).toEqual([
      {
        code: 'milestone_already_due',
        waivable: true,
        message: 'Risk self-check (交付风险自查) is due on 2027-01-15, before the plan starts on 2027-01-20.',
      },
    ]);
    expect(validate({}, '2027-02-09').map((p) => p.message)).toEqual([
      'Risk self-check (交付风险自查) is due on 2027-01-15, before the plan starts on 2027-02-09.',
      'Unit-by-unit inspection (分户验收) is due on 2027-01-25, before the plan starts on 2027-02-09.',
      'Owner open day (业主开放日) is due on 2027-01-30, before the plan starts on 2027-02-09.',
      'Rectification (整改) is due on 2027-02-08, before the plan starts on 2027-02-09.',
    ]);
    // Due on the launch day itself is tight but not yet past.
    expect(validate({}, '2027-01-15')).toEqual([]);
  });
});

describe('validatePlan: the 20-day transfer rule as an offset', () => {
  it('flags a transfer planned fewer than 20 days before D as a waivable problem', () => {
    const plan = buildPlan(
      {
        firstHandoverDate: '2027-03-01',
        centralizedDays: 3,
        timeZone: 'Asia/Shanghai',
        offsets: { propertyTransferDue: -15, rectificationDue: -16 },
      },
      '2026-11-01',
    );
    const problems = validatePlan(plan, '2026-11-01');
    expect(problems).toEqual([
      {
        code: 'transfer_offset',
        waivable: true,
        message:
          'The property transfer is planned 15 days before the first handover day; the handover rules require it at least 20 days before, to leave time for deep cleaning (开荒).',
      },
    ]);
  });
});
