import { formatReceiptNo } from './receipt-number';

describe('formatReceiptNo', () => {
  it('joins the local date and the zero-padded running number', () => {
    expect(formatReceiptNo('2027-03-15', 42)).toBe('JF20270315-000042');
    expect(formatReceiptNo('2027-12-01', 1)).toBe('JF20271201-000001');
  });

  it('grows beyond six digits instead of wrapping', () => {
    expect(formatReceiptNo('2027-03-15', 1_234_567)).toBe('JF20270315-1234567');
  });

  it('refuses running numbers below 1, fractions and bad dates', () => {
    expect(() => formatReceiptNo('2027-03-15', 0)).toThrow(RangeError);
    expect(() => formatReceiptNo('2027-03-15', 1.5)).toThrow(RangeError);
    expect(() => formatReceiptNo('2027-02-30', 1)).toThrow(RangeError);
  });
});
