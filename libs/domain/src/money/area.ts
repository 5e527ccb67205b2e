import { formatHundredths, parseHundredths, type ParseDecimalOptions } from './fixed-decimal';

/**
 * Parses an area in m² into integer centi-square-metres (m² × 100), exactly: '89.57' → 8957, '90' → 9000.
 * Rejects more than 2 decimals, empty or non-numeric text, and negatives unless `allowNegative` is set.
 */
export function parseAreaToCenti(text: string, options: ParseDecimalOptions = {}): number {
  return parseHundredths(text, 'area in m²', options);
}

/** Formats centi-square-metres as m² with 2 decimals (no unit suffix): 8957 → '89.57', −55 → '-0.55'. */
export function formatCenti(centi: number): string {
  return formatHundredths(centi, 'Area in centi-m²');
}
