import { formatRateBp, formatRateChangeBp, handoverRateBp } from './figures';

describe('handover rate (交付率) in integers', () => {
  it('is cumulative / total in basis points, rounded down', () => {
    expect(handoverRateBp(1, 3)).toBe(3333);
    expect(handoverRateBp(2, 3)).toBe(6666);
    expect(handoverRateBp(2999, 3000)).toBe(9996);
    expect(handoverRateBp(3000, 3000)).toBe(10000);
    expect(handoverRateBp(0, 0)).toBe(0);
  });

  it('refuses fractions and negatives', () => {
    expect(() => handoverRateBp(1.5, 3)).toThrow(RangeError);
    expect(() => handoverRateBp(-1, 3)).toThrow(RangeError);
  });

  it('prints one decimal, rounded half up without floats', () => {
    expect(formatRateBp(3333)).toBe('33.3%');
    expect(formatRateBp(6666)).toBe('66.7%');
    expect(formatRateBp(9996)).toBe('100.0%');
    expect(formatRateBp(9994)).toBe('99.9%');
    expect(formatRateBp(0)).toBe('0.0%');
    expect(formatRateBp(5)).toBe('0.1%');
    expect(formatRateChangeBp(120)).toBe('+1.2 pp');
    expect(formatRateChangeBp(-45)).toBe('-0.5 pp');
    expect(formatRateChangeBp(0)).toBe('0.0 pp');
  });
});
