import { assertSafeInteger, toSafeNumber } from './safe-integer';

/** Options shared by the decimal text parsers. */
export interface ParseDecimalOptions {
  /** Accept a leading '-' (default false). */
  allowNegative?: boolean;
}

/** Digits, optionally grouped by commas in threes ('1,234,567'), then an optional fraction. */
const DECIMAL_PATTERN = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Parses a plain decimal string into an integer count of 1/100 units, exactly (no floating point).
 * Surrounding whitespace is ignored; thousands separators must be correctly grouped.
 * `what` names the quantity in error messages, e.g. 'amount in yuan'.
 */
export function parseHundredths(text: string, what: string, options: ParseDecimalOptions = {}): number {
  if (typeof text !== 'string') {
    throw new Error(`Invalid ${what}: expected text, got ${typeof text}.`);
  }
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new Error(`Invalid ${what}: the value is empty.`);
  }
  const match = DECIMAL_PATTERN.exec(trimmed);
  if (!match) {
    throw new Error(`Invalid ${what} '${text}': expected a decimal number such as 1234.56.`);
  }
  const [, minus, integerPart, fraction = ''] = match;
  if (fraction.length > 2) {
    throw new Error(`Invalid ${what} '${text}': at most 2 decimal places are allowed.`);
  }
  if (minus && !options.allowNegative) {
    throw new Error(`Invalid ${what} '${text}': negative values are not allowed here.`);
  }
  const magnitude = BigInt(integerPart.replace(/,/g, '')) * 100n + BigInt(fraction.padEnd(2, '0'));
  try {
    return toSafeNumber(minus ? -magnitude : magnitude, `The ${what} '${text}'`);
  } catch {
    throw new Error(`Invalid ${what} '${text}': the value is too large.`);
  }
}

/** Formats an integer count of 1/100 units as '-1,234.50': sign, thousands separators, exactly 2 decimals. */
export function formatHundredths(value: number, name: string): string {
  assertSafeInteger(value, name);
  const magnitude = Math.abs(value);
  const whole = Math.floor(magnitude / 100);
  const hundredths = magnitude % 100;
  const grouped = whole.toString().replace(/\B(?=(\d{3})+$)/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}.${hundredths.toString().padStart(2, '0')}`;
}
