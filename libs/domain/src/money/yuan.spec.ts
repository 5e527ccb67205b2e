import { formatFen, parseYuanToFen } from './yuan';

describe('parseYuanToFen', () => {
  it.each([
    ['1234.5', 123450],
    ['0.01', 1],
    ['0', 0],
    ['1234', 123400],
    ['1234.56', 123456],
    ['1,234.50', 123450],
    ['1,234,567.89', 123456789],
    ['007.10', 710],
    [' 12.30 ', 1230],
    ['90071992547409.91', 9007199254740991],
  ])('parses %p exactly as %p fen', (text, fen) => {
    expect(parseYuanToFen(text)).toBe(fen);
  });

  it('is exact where floating point is not (0.29 * 100 = 28.999999999999996)', () => {
    expect(parseYuanToFen('0.29')).toBe(29);
    expect(parseYuanToFen('1.15')).toBe(115);
    expect(parseYuanToFen('4.35')).toBe(435);
  });

  it('rejects more than 2 decimals', () => {
    expect(() => parseYuanToFen('1.234')).toThrow(
      "Invalid amount in yuan '1.234': at most 2 decimal places are allowed.",
    );
    expect(() => parseYuanToFen('1.230')).toThrow(/at most 2 decimal places/);
  });

  it('rejects empty text', () => {
    expect(() => parseYuanToFen('')).toThrow('Invalid amount in yuan: the value is empty.');
    expect(() => parseYuanToFen('   ')).toThrow(/empty/);
  });

  it.each([
    'abc',
    '1e3',
    '0x10',
    '.5',
    '1.',
    '+1',
    '1,23',
    '12,34.5',
    '1 234',
    'NaN',
    'Infinity',
    '--1',
    '1.2.3',
    '¥12',
  ])('rejects %p as not a decimal number', (text) => {
    expect(() => parseYuanToFen(text)).toThrow(`Invalid amount in yuan '${text}': expected a decimal number`);
  });

  it('rejects negatives unless allowed', () => {
    expect(() => parseYuanToFen('-12.30')).toThrow(
      "Invalid amount in yuan '-12.30': negative values are not allowed here.",
    );
    expect(parseYuanToFen('-12.30', { allowNegative: true })).toBe(-1230);
    expect(parseYuanToFen('-0.05', { allowNegative: true })).toBe(-5);
    expect(Object.is(parseYuanToFen('-0', { allowNegative: true }), 0)).toBe(true);
  });

  it('rejects amounts beyond the safe-integer range', () => {
    expect(() => parseYuanToFen('90071992547409.92')).toThrow(/too large/);
    expect(() => parseYuanToFen('1000000000000000000')).toThrow(/too large/);
  });

  it('rejects non-string input with a clear message', () => {
    expect(() => parseYuanToFen(12 as unknown as string)).toThrow('Invalid amount in yuan: expected text, got number.');
  });
});

describe('formatFen', () => {
  it.each([
    [123450, '1,234.50'],
    [-5, '-0.05'],
    [0, '0.00'],
    [1, '0.01'],
    [100, '1.00'],
    [99999, '999.99'],
    [100000, '1,000.00'],
    [123456789, '1,234,567.89'],
    [-123456789, '-1,234,567.89'],
    [-0, '0.00'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
  ])('formats %p fen as %p', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('rejects fractional or unsafe fen', () => {
    expect(() => formatFen(1.5)).toThrow('Amount in fen must be a safe integer, got 1.5.');
    expect(() => formatFen(Number.NaN)).toThrow(/safe integer/);
    expect(() => formatFen(Number.MAX_SAFE_INTEGER + 1)).toThrow(/safe integer/);
  });

  it('round-trips with parseYuanToFen', () => {
    for (const fen of [0, 1, -1, 99, 100, 101, 123450, -987654321, 100000000]) {
      expect(parseYuanToFen(formatFen(fen), { allowNegative: true })).toBe(fen);
    }
  });
});
