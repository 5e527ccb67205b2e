import { ageingBucket, DEFAULT_DEFECT_SLA, defectSlaClass, slaDeadline } from './sla';

describe('defect SLA (整改时限)', () => {
  it('classes a defect: public area, simple in-unit, other in-unit', () => {
    expect(defectSlaClass({ unitId: null, simple: false })).toBe('public_area');
    expect(defectSlaClass({ unitId: null, simple: true })).toBe('public_area');
    expect(defectSlaClass({ unitId: 'u', simple: true })).toBe('simple_in_unit');
    expect(defectSlaClass({ unitId: 'u', simple: false })).toBe('in_unit');
  });

  it('gives the default deadlines from the local recording day: 3, 7 and 30 days, across a month end and a leap day', () => {
    expect(slaDeadline('2027-01-30', DEFAULT_DEFECT_SLA, 'simple_in_unit')).toBe('2027-02-02');
    expect(slaDeadline('2027-01-30', DEFAULT_DEFECT_SLA, 'in_unit')).toBe('2027-02-06');
    expect(slaDeadline('2028-02-01', DEFAULT_DEFECT_SLA, 'public_area')).toBe('2028-03-02');
    expect(slaDeadline('2027-12-28', { ...DEFAULT_DEFECT_SLA, inUnitDays: 5 }, 'in_unit')).toBe('2028-01-02');
  });
});

describe('ageing buckets (超期账龄), hand-computed', () => {
  const due = '2027-03-10';
  it.each([
    ['2027-03-09', null],
    ['2027-03-10', null],
    ['2027-03-11', 'up_to_7'],
    ['2027-03-17', 'up_to_7'],
    ['2027-03-18', 'days_8_to_14'],
    ['2027-03-24', 'days_8_to_14'],
    ['2027-03-25', 'days_15_to_30'],
    ['2027-04-09', 'days_15_to_30'],
    ['2027-04-10', 'over_30'],
  ])('due %s, today %s', (today, bucket) => {
    expect(ageingBucket(due, today)).toBe(bucket);
  });
});
