/**
 * Exact fractions of integers (BigInt), so survey means and gaps never suffer floating-point rounding: two weighted
 * gaps are compared exactly, and rounding to 2 decimals happens once, at presentation, half away from zero.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (value: bigint) => (value < 0n ? -value : value);

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num / den in lowest terms with a positive denominator. */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let [n, d] = [BigInt(num), BigInt(den)];
  if (d === 0n) throw new RangeError('A fraction cannot have a zero denominator.');
  if (d < 0n) [n, d] = [-n, -d];
  const divisor = gcd(n, d) || 1n;
  return { num: n / divisor, den: d / divisor };
}

export const subtract = (a: Rational, b: Rational): Rational => rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const multiply = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);

/** Negative when a < b, 0 when equal, positive when a > b — exact. */
export function compare(a: Rational, b: Rational): number {
  const difference = a.num * b.den - b.num * a.den;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** Decimal text with `places` decimals, rounded half away from zero: 8.125 → "8.13", −8.125 → "-8.13". */
export function toDecimalString(value: Rational, places = 2): string {
  const scale = 10n ** BigInt(places);
  const scaled = abs(value.num) * scale;
  let units = scaled / value.den;
  if (2n * (scaled % value.den) >= value.den) units += 1n;
  const digits = units.toString().padStart(places + 1, '0');
  const text = places > 0 ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return value.num < 0n && units !== 0n ? `-${text}` : text;
}

/** "p/q" (or "p" when whole), for showing the exact value beside the rounded one. */
export const toFractionString = (value: Rational): string =>
  value.den === 1n ? `${value.num}` : `${value.num}/${value.den}`;
