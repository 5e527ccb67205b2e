/** Bounds for {@link assertSafeInteger}; both inclusive. */
export interface IntegerBounds {
  min?: number;
  max?: number;
}

/**
 * Throws a RangeError naming `name` unless `value` is a safe integer within the bounds.
 * Used on every numeric input so that fen and centi-m² values are never fractional or imprecise.
 */
export function assertSafeInteger(value: number, name: string, bounds: IntegerBounds = {}): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer, got ${String(value)}.`);
  }
  if (bounds.min !== undefined && value < bounds.min) {
    throw new RangeError(`${name} must be at least ${bounds.min}, got ${value}.`);
  }
  if (bounds.max !== undefined && value > bounds.max) {
    throw new RangeError(`${name} must be at most ${bounds.max}, got ${value}.`);
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Converts an exact bigint result to a JS number, refusing anything outside the safe-integer range. */
export function toSafeNumber(value: bigint, name: string): number {
  if (value > MAX_SAFE || value < -MAX_SAFE) {
    throw new RangeError(`${name} is too large to represent exactly (${value.toString()}).`);
  }
  return Number(value);
}
