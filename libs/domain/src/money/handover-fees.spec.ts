import { handoverFees } from './handover-fees';

const base = {
  surveyedAreaCenti: 9012, // 90.12 m²
  propertyFeeFenPerSqmMonth: 350, // 3.50 yuan/m²/month
  deedTaxRateBp: 150, // 1.5 %
  contractPriceFen: 223_925_000, // 2,239,250.00 yuan
  maintenanceFundFenPerSqm: 8000, // 80.00 yuan/m²
};

describe('handoverFees', () => {
  it('computes the default 3-month prepayment, deed tax and maintenance fund', () => {
    // 90.12 × 3.50 × 3 = 946.26 yuan; 2,239,250 × 1.5 % = 33,588.75 yuan; 90.12 × 80 = 7,209.60 yuan
    expect(handoverFees(base)).toEqual({
      propertyFeePrepaymentFen: 94_626,
      deedTaxFen: 3_358_875,
      maintenanceFundFen: 720_960,
      totalFen: 94_626 + 3_358_875 + 720_960,
    });
    expect(handoverFees(base).totalFen).toBe(4_174_461);
  });

  it('supports local prepayment periods of 6 and 12 months', () => {
    expect(handoverFees({ ...base, prepaidMonths: 6 }).propertyFeePrepaymentFen).toBe(189_252);
    expect(handoverFees({ ...base, prepaidMonths: 12 }).propertyFeePrepaymentFen).toBe(378_504);
    expect(handoverFees({ ...base, prepaidMonths: 1 }).propertyFeePrepaymentFen).toBe(31_542);
    expect(handoverFees({ ...base, prepaidMonths: 24 }).propertyFeePrepaymentFen).toBe(757_008);
  });

  it('rounds the prepayment once on the total, not per month', () => {
    // 90.12 × 2.85 × 3 = 770.526 yuan = 77,052.6 fen → 77,053 (per month: 25,684.2 → 25,684 × 3 = 77,052)
    expect(handoverFees({ ...base, propertyFeeFenPerSqmMonth: 285 }).propertyFeePrepaymentFen).toBe(77_053);
  });

  it('rounds half a fen away from zero', () => {
    // deed tax: 10,001.00 yuan × 1.5 % = 150.015 yuan = 15,001.5 fen → 15,002
    expect(handoverFees({ ...base, contractPriceFen: 1_000_100 }).deedTaxFen).toBe(15_002);
    // maintenance fund: 0.01 m² × 0.50 yuan/m² = 0.5 fen → 1
    expect(handoverFees({ ...base, surveyedAreaCenti: 1, maintenanceFundFenPerSqm: 50 }).maintenanceFundFen).toBe(1);
    // prepayment: 0.01 m² × 0.50 yuan × 1 month = 0.5 fen → 1; × 3 months = 1.5 fen → 2
    const tiny = { ...base, surveyedAreaCenti: 1, propertyFeeFenPerSqmMonth: 50 };
    expect(handoverFees({ ...tiny, prepaidMonths: 1 }).propertyFeePrepaymentFen).toBe(1);
    expect(handoverFees(tiny).propertyFeePrepaymentFen).toBe(2);
  });

  it('totals the rounded amounts', () => {
    const fees = handoverFees({ ...base, propertyFeeFenPerSqmMonth: 285, contractPriceFen: 1_000_100 });
    expect(fees.totalFen).toBe(77_053 + 15_002 + 720_960);
  });

  it('allows zero rates (e.g. no deed tax collected on behalf)', () => {
    const fees = handoverFees({ ...base, deedTaxRateBp: 0, maintenanceFundFenPerSqm: 0 });
    expect(fees).toEqual({ propertyFeePrepaymentFen: 94_626, deedTaxFen: 0, maintenanceFundFen: 0, totalFen: 94_626 });
  });

  it('accepts only whole months from 1 to 24', () => {
    expect(() => handoverFees({ ...base, prepaidMonths: 0 })).toThrow('prepaidMonths must be at least 1, got 0.');
    expect(() => handoverFees({ ...base, prepaidMonths: 25 })).toThrow('prepaidMonths must be at most 24, got 25.');
    expect(() => handoverFees({ ...base, prepaidMonths: 2.5 })).toThrow(
      'prepaidMonths must be a safe integer, got 2.5.',
    );
  });

  it('rejects other invalid inputs with the field name', () => {
    expect(() => handoverFees({ ...base, surveyedAreaCenti: 0 })).toThrow(/surveyedAreaCenti must be at least 1/);
    expect(() => handoverFees({ ...base, propertyFeeFenPerSqmMonth: 3.5 })).toThrow(/propertyFeeFenPerSqmMonth/);
    expect(() => handoverFees({ ...base, deedTaxRateBp: 10_001 })).toThrow(/deedTaxRateBp must be at most 10000/);
    expect(() => handoverFees({ ...base, contractPriceFen: -1 })).toThrow(/contractPriceFen must be at least 0/);
    expect(() => handoverFees({ ...base, maintenanceFundFenPerSqm: Number.NaN })).toThrow(/maintenanceFundFenPerSqm/);
  });
});
