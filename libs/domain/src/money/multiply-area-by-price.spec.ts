import { multiplyAreaByPrice } from './multiply-area-by-price';

describe('multiplyAreaByPrice', () => {
  it('prices a whole unit: 89.57 m² × 25,000.00 yuan/m² = 2,239,250.00 yuan', () => {
    expect(multiplyAreaByPrice(8957, 2_500_000)).toBe(223_925_000);
  });

  it('rounds a fraction below half down: 89.57 × 12,345.67 = 1,105,801.6619 yuan → 110,580,166 fen', () => {
    // 8957 × 1,234,567 = 11,058,016,619 centi-fen → 110,580,166.19 fen
    expect(multiplyAreaByPrice(8957, 1_234_567)).toBe(110_580_166);
  });

  it('rounds exactly half a fen away from zero', () => {
    // 89.55 × 12,345.70 yuan: 8955 × 1,234,570 = 11,055,574,350 centi-fen → 110,555,743.5 fen
    expect(multiplyAreaByPrice(8955, 1_234_570)).toBe(110_555_744);
    expect(multiplyAreaByPrice(-8955, 1_234_570)).toBe(-110_555_744);
    // 0.01 m² × 0.50 yuan/m² = 0.5 fen; × 1.50 = 1.5 fen
    expect(multiplyAreaByPrice(1, 50)).toBe(1);
    expect(multiplyAreaByPrice(1, 150)).toBe(2);
    expect(multiplyAreaByPrice(-1, 50)).toBe(-1);
    expect(multiplyAreaByPrice(1, 49)).toBe(0);
    expect(multiplyAreaByPrice(1, 51)).toBe(1);
  });

  it('never produces negative zero', () => {
    expect(Object.is(multiplyAreaByPrice(-1, 10), 0)).toBe(true);
    expect(Object.is(multiplyAreaByPrice(-8957, 0), 0)).toBe(true);
  });

  it('stays exact where a float product would not', () => {
    // 9,007,199,254,740,991 centi-m² is absurd, but the product must still be exact or refused.
    expect(multiplyAreaByPrice(Number.MAX_SAFE_INTEGER, 100)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => multiplyAreaByPrice(Number.MAX_SAFE_INTEGER, 101)).toThrow(/too large/);
  });

  it('validates inputs', () => {
    expect(() => multiplyAreaByPrice(89.57, 100)).toThrow('areaCenti must be a safe integer, got 89.57.');
    expect(() => multiplyAreaByPrice(8957, -1)).toThrow('priceFenPerSqm must be at least 0, got -1.');
    expect(() => multiplyAreaByPrice(8957, 0.5)).toThrow(/priceFenPerSqm must be a safe integer/);
  });
});
