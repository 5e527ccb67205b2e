import { areaDifference } from './area-difference';

describe('areaDifference (面积补差)', () => {
  it('owner pays when the surveyed area is larger: 89.57 → 90.12 m² at 25,000.00 yuan/m²', () => {
    // 0.55 m² × 2,500,000 fen = 1,375,000 fen; 55 / 8957 = 0.614 % → 61 bp
    expect(areaDifference({ contractedAreaCenti: 8957, surveyedAreaCenti: 9012, priceFenPerSqm: 2_500_000 })).toEqual({
      differenceCenti: 55,
      differenceBp: 61,
      direction: 'owner_pays',
      amountFen: 1_375_000,
      thresholdReached: false,
    });
  });

  it('refunds when the surveyed area is smaller: 100.00 → 98.50 m² at 18,000.00 yuan/m²', () => {
    // −1.50 m² × 1,800,000 fen = −2,700,000 fen; 150 / 10000 = 1.5 % = 150 bp
    expect(areaDifference({ contractedAreaCenti: 10_000, surveyedAreaCenti: 9850, priceFenPerSqm: 1_800_000 })).toEqual(
      {
        differenceCenti: -150,
        differenceBp: 150,
        direction: 'refund',
        amountFen: -2_700_000,
        thresholdReached: false,
      },
    );
  });

  it('reports no difference when the areas match', () => {
    expect(areaDifference({ contractedAreaCenti: 8957, surveyedAreaCenti: 8957, priceFenPerSqm: 2_500_000 })).toEqual({
      differenceCenti: 0,
      differenceBp: 0,
      direction: 'none',
      amountFen: 0,
      thresholdReached: false,
    });
  });

  it('flags a difference of exactly 3 %, in either direction', () => {
    const larger = areaDifference({
      contractedAreaCenti: 10_000,
      surveyedAreaCenti: 10_300,
      priceFenPerSqm: 1_000_000,
    });
    expect(larger).toMatchObject({
      differenceCenti: 300,
      differenceBp: 300,
      thresholdReached: true,
      amountFen: 3_000_000,
    });
    const smaller = areaDifference({ contractedAreaCenti: 10_000, surveyedAreaCenti: 9700, priceFenPerSqm: 1_000_000 });
    expect(smaller).toMatchObject({
      differenceCenti: -300,
      differenceBp: 300,
      thresholdReached: true,
      amountFen: -3_000_000,
    });
  });

  it('does not flag a difference just below 3 %', () => {
    const result = areaDifference({
      contractedAreaCenti: 10_000,
      surveyedAreaCenti: 10_299,
      priceFenPerSqm: 1_000_000,
    });
    expect(result).toMatchObject({ differenceCenti: 299, differenceBp: 299, thresholdReached: false });
  });

  it('compares exactly when 3 % of the contracted area is not a whole centi-m²', () => {
    // 3 % of 89.57 m² = 2.6871 m²: 2.68 m² is below (2,680,000 < 2,687,100), 2.69 m² reaches it (2,690,000 ≥ 2,687,100)
    const below = areaDifference({ contractedAreaCenti: 8957, surveyedAreaCenti: 8957 + 268, priceFenPerSqm: 100 });
    expect(below).toMatchObject({ differenceBp: 299, thresholdReached: false });
    const reached = areaDifference({ contractedAreaCenti: 8957, surveyedAreaCenti: 8957 + 269, priceFenPerSqm: 100 });
    expect(reached).toMatchObject({ differenceBp: 300, thresholdReached: true });
    const refundBelow = areaDifference({
      contractedAreaCenti: 8957,
      surveyedAreaCenti: 8957 - 268,
      priceFenPerSqm: 100,
    });
    expect(refundBelow).toMatchObject({ direction: 'refund', thresholdReached: false });
    const refundReached = areaDifference({
      contractedAreaCenti: 8957,
      surveyedAreaCenti: 8957 - 269,
      priceFenPerSqm: 100,
    });
    expect(refundReached).toMatchObject({ direction: 'refund', thresholdReached: true });
  });

  it('honours a contract-specific threshold', () => {
    const input = { contractedAreaCenti: 10_000, surveyedAreaCenti: 10_400, priceFenPerSqm: 100 };
    expect(areaDifference(input).thresholdReached).toBe(true);
    expect(areaDifference({ ...input, refundThresholdBp: 500 }).thresholdReached).toBe(false);
    expect(areaDifference({ ...input, refundThresholdBp: 400 }).thresholdReached).toBe(true);
  });

  it('rounds half a fen away from zero in both directions', () => {
    // 0.01 m² × 12,345.50 yuan/m² = 123.455 yuan = 12,345.5 fen
    const pays = areaDifference({ contractedAreaCenti: 8957, surveyedAreaCenti: 8958, priceFenPerSqm: 1_234_550 });
    expect(pays).toMatchObject({ direction: 'owner_pays', amountFen: 12_346 });
    const refund = areaDifference({ contractedAreaCenti: 8957, surveyedAreaCenti: 8956, priceFenPerSqm: 1_234_550 });
    expect(refund).toMatchObject({ direction: 'refund', amountFen: -12_346 });
  });

  it('rejects invalid input with the field name', () => {
    const valid = { contractedAreaCenti: 8957, surveyedAreaCenti: 9012, priceFenPerSqm: 2_500_000 };
    expect(() => areaDifference({ ...valid, contractedAreaCenti: 0 })).toThrow(
      'contractedAreaCenti must be at least 1, got 0.',
    );
    expect(() => areaDifference({ ...valid, surveyedAreaCenti: 90.12 })).toThrow(
      /surveyedAreaCenti must be a safe integer/,
    );
    expect(() => areaDifference({ ...valid, priceFenPerSqm: -1 })).toThrow(/priceFenPerSqm must be at least 0/);
    expect(() => areaDifference({ ...valid, refundThresholdBp: 0 })).toThrow(/refundThresholdBp must be at least 1/);
    expect(() => areaDifference({ ...valid, refundThresholdBp: 3.5 })).toThrow(
      /refundThresholdBp must be a safe integer/,
    );
  });
});
