import { divideRoundHalfAwayFromZero } from './round-half-away-from-zero';
import { assertSafeInteger, toSafeNumber } from './safe-integer';

/**
 * Area (centi-m²) × unit price (fen per m²) → fen, rounded half away from zero to a whole fen.
 * The area may be negative (an area difference); the price may not.
 * Example: 89.57 m² × 25,000.00 yuan/m² = 8957 × 2,500,000 / 100 = 223,925,000 fen.
 */
export function multiplyAreaByPrice(areaCenti: number, priceFenPerSqm: number): number {
  assertSafeInteger(areaCenti, 'areaCenti');
  assertSafeInteger(priceFenPerSqm, 'priceFenPerSqm', { min: 0 });
  const fen = divideRoundHalfAwayFromZero(BigInt(areaCenti) * BigInt(priceFenPerSqm), 100n);
  return toSafeNumber(fen, 'The amount (area × price)');
}
