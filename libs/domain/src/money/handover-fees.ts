import { divideRoundHalfAwayFromZero } from './round-half-away-from-zero';
import { assertSafeInteger, toSafeNumber } from './safe-integer';

/** Default property-fee prepayment period (物业费预收), in months. */
export const DEFAULT_PREPAID_MONTHS = 3;

export interface HandoverFeesInput {
  /** 实测面积, centi-m² (> 0); fees are charged on the surveyed area. */
  surveyedAreaCenti: number;
  /** 物业费单价, fen per m² per month (≥ 0). */
  propertyFeeFenPerSqmMonth: number;
  /** Months of property fee collected in advance, integer 1..24 (default 3; local practice may be 6 or 12). */
  prepaidMonths?: number;
  /** 契税 rate in basis points of the contract price (e.g. 150 = 1.5 %), 0..10000. */
  deedTaxRateBp: number;
  /** Total contract price (合同总价), fen (≥ 0). */
  contractPriceFen: number;
  /** 公共维修基金 rate, fen per m² (≥ 0). */
  maintenanceFundFenPerSqm: number;
}

/** The amounts attached to the handover notice (交付通知书) and collected on the handover day. */
export interface HandoverFees {
  /** 物业费预收: area × monthly fee × months, rounded once on the total. */
  propertyFeePrepaymentFen: number;
  /** 契税, collected on behalf of the tax bureau (代收): contract price × rate. */
  deedTaxFen: number;
  /** 公共维修基金, collected on behalf: area × rate. */
  maintenanceFundFen: number;
  /** Sum of the three rounded amounts. */
  totalFen: number;
}

/** Computes the per-unit fees; each amount is rounded half away from zero to a whole fen. */
export function handoverFees(input: HandoverFeesInput): HandoverFees {
  const { surveyedAreaCenti, propertyFeeFenPerSqmMonth, deedTaxRateBp, contractPriceFen, maintenanceFundFenPerSqm } =
    input;
  const prepaidMonths = input.prepaidMonths ?? DEFAULT_PREPAID_MONTHS;
  assertSafeInteger(surveyedAreaCenti, 'surveyedAreaCenti', { min: 1 });
  assertSafeInteger(propertyFeeFenPerSqmMonth, 'propertyFeeFenPerSqmMonth', { min: 0 });
  assertSafeInteger(prepaidMonths, 'prepaidMonths', { min: 1, max: 24 });
  assertSafeInteger(deedTaxRateBp, 'deedTaxRateBp', { min: 0, max: 10_000 });
  assertSafeInteger(contractPriceFen, 'contractPriceFen', { min: 0 });
  assertSafeInteger(maintenanceFundFenPerSqm, 'maintenanceFundFenPerSqm', { min: 0 });

  const area = BigInt(surveyedAreaCenti);
  const propertyFee = divideRoundHalfAwayFromZero(
    area * BigInt(propertyFeeFenPerSqmMonth) * BigInt(prepaidMonths),
    100n,
  );
  const deedTax = divideRoundHalfAwayFromZero(BigInt(contractPriceFen) * BigInt(deedTaxRateBp), 10_000n);
  const maintenanceFund = divideRoundHalfAwayFromZero(area * BigInt(maintenanceFundFenPerSqm), 100n);

  return {
    propertyFeePrepaymentFen: toSafeNumber(propertyFee, 'propertyFeePrepaymentFen'),
    deedTaxFen: toSafeNumber(deedTax, 'deedTaxFen'),
    maintenanceFundFen: toSafeNumber(maintenanceFund, 'maintenanceFundFen'),
    totalFen: toSafeNumber(propertyFee + deedTax + maintenanceFund, 'totalFen'),
  };
}
