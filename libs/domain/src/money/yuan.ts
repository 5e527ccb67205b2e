import { formatHundredths, parseHundredths, type ParseDecimalOptions } from './fixed-decimal';

/**
 * Parses a yuan amount (元) into integer fen (分), exactly: '1234.5' → 123450, '0.01' → 1, '1,234.50' → 123450.
 * Rejects more than 2 decimals, empty or non-numeric text, and negatives unless `allowNegative` is set.
 */
export function parseYuanToFen(text: string, options: ParseDecimalOptions = {}): number {
  return parseHundredths(text, 'amount in yuan', options);
}

/** Formats integer fen as yuan with sign and thousands separators: 123450 → '1,234.50', −5 → '-0.05'. */
export function formatFen(fen: number): string {
  return formatHundredths(fen, 'Amount in fen');
}
