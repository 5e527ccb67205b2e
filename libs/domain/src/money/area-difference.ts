import { multiplyAreaByPrice } from './multiply-area-by-price';
import { assertSafeInteger, toSafeNumber } from './safe-integer';

/** Default contract threshold for an area difference: 3 % = 300 basis points. */
export const DEFAULT_AREA_REFUND_THRESHOLD_BP = 300;

/** Who pays the area difference: the owner (surveyed area larger), the developer (smaller), or nobody. */
export type AreaDifferenceDirection = 'owner_pays' | 'refund' | 'none';

export interface AreaDifferenceInput {
  /** 合同面积, centi-m² (> 0). */
  contractedAreaCenti: number;
  /** 实测面积 from the surveyed-area report (实测面积报告), centi-m² (> 0). */
  surveyedAreaCenti: number;
  /** Contract unit price, fen per m² (≥ 0). */
  priceFenPerSqm: number;
  /** Contract threshold in basis points of the contracted area (default 300 = 3 %), 1..10000. */
  refundThresholdBp?: number;
}

/** 面积补差: the per-unit area-difference settlement. */
export interface AreaDifference {
  /** Surveyed − contracted, centi-m² (negative when the home is smaller than contracted). */
  differenceCenti: number;
  /** |difference| / contracted in basis points, rounded down, so `differenceBp >= threshold` ⇔ `thresholdReached`. */
  differenceBp: number;
  direction: AreaDifferenceDirection;
  /** difference × contract price, rounded half away from zero: positive = owner pays, negative = refund. */
  amountFen: number;
  /** |difference| ≥ threshold × contracted (exact): flagged for special handling under the contract. */
  thresholdReached: boolean;
}

/**
 * 面积补差: compares the surveyed area with the contracted area and prices the difference at the contract price.
 * The threshold test is exact integer arithmetic: |diff| × 10000 ≥ thresholdBp × contracted.
 *
 * The amount is the plain difference × price; when `thresholdReached` is true the contract's special terms
 * (e.g. the owner's right to withdraw, developer bearing or doubling the part beyond 3 %) are for a person to apply.
 */
export function areaDifference(input: AreaDifferenceInput): AreaDifference {
  const { contractedAreaCenti, surveyedAreaCenti, priceFenPerSqm } = input;
  const refundThresholdBp = input.refundThresholdBp ?? DEFAULT_AREA_REFUND_THRESHOLD_BP;
  assertSafeInteger(contractedAreaCenti, 'contractedAreaCenti', { min: 1 });
  assertSafeInteger(surveyedAreaCenti, 'surveyedAreaCenti', { min: 1 });
  assertSafeInteger(priceFenPerSqm, 'priceFenPerSqm', { min: 0 });
  assertSafeInteger(refundThresholdBp, 'refundThresholdBp', { min: 1, max: 10_000 });

  const differenceCenti = surveyedAreaCenti - contractedAreaCenti;
  const absoluteScaled = BigInt(Math.abs(differenceCenti)) * 10_000n;
  const contracted = BigInt(contractedAreaCenti);

  return {
    differenceCenti,
    differenceBp: toSafeNumber(absoluteScaled / contracted, 'differenceBp'),
    direction: differenceCenti > 0 ? 'owner_pays' : differenceCenti < 0 ? 'refund' : 'none',
    amountFen: multiplyAreaByPrice(differenceCenti, priceFenPerSqm),
    thresholdReached: absoluteScaled >= BigInt(refundThresholdBp) * contracted,
  };
}
