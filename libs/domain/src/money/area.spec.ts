import { formatCenti, parseAreaToCenti } from './area';

describe('parseAreaToCenti', () => {
  it.each([
    ['89.57', 8957],
    ['90.12', 9012],
    ['90', 9000],
    ['90.1', 9010],
    ['0.01', 1],
    ['1,234.56', 123456],
  ])('parses %p m² as %p centi-m²', (text, centi) => {
    expect(parseAreaToCenti(text)).toBe(centi);
  });

  it('rejects more than 2 decimals, junk and (by default) negatives', () => {
    expect(() => parseAreaToCenti('89.575')).toThrow(
      "Invalid area in m² '89.575': at most 2 decimal places are allowed.",
    );
    expect(() => parseAreaToCenti('')).toThrow('Invalid area in m²: the value is empty.');
    expect(() => parseAreaToCenti('89.57m²')).toThrow(/expected a decimal number/);
    expect(() => parseAreaToCenti('-0.55')).toThrow(/negative values are not allowed/);
    expect(parseAreaToCenti('-0.55', { allowNegative: true })).toBe(-55);
  });
});

describe('formatCenti', () => {
  it.each([
    [8957, '89.57'],
    [9000, '90.00'],
    [-55, '-0.55'],
    [5, '0.05'],
    [123456, '1,234.56'],
  ])('formats %p centi-m² as %p', (centi, text) => {
    expect(formatCenti(centi)).toBe(text);
  });

  it('rejects fractional input', () => {
    expect(() => formatCenti(89.57)).toThrow('Area in centi-m² must be a safe integer, got 89.57.');
  });
});
