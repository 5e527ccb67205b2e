import { compare, multiply, rational, subtract, toDecimalString, toFractionString, type Rational } from './rational';

/**
 * 满意度调查 — experience-gap analysis (seed 003, 客户体验管理): per dimension, satisfaction (gap) = experience −
 * expectation; weighted by importance; the key experience to fix (关键体验) is the dimension with the most negative
 * weighted gap. Owners answer every dimension with integer scores on a 1–10 scale (the seed scores 7, 9, 10).
 *
 * Means are taken over the owners who answered the dimension; weighted gap = mean importance × mean gap, as in the
 * seed (importance 9 × gap −2 = −18). All arithmetic is exact; figures are shown with 2 decimals.
 */
export const SURVEY_SCORE_MIN = 1;
export const SURVEY_SCORE_MAX = 10;

export function isSurveyScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= SURVEY_SCORE_MIN && value <= SURVEY_SCORE_MAX;
}

/** One owner's answer for one dimension. */
export interface SurveyAnswer {
  dimensionId: string;
  importance: number;
  expectation: number;
  experience: number;
}

/** Integer totals of one dimension (what a set-based SQL SUM/COUNT returns). */
export interface SurveyDimensionTotals {
  dimensionId: string;
  name: string;
  responses: number;
  importanceSum: number;
  expectationSum: number;
  experienceSum: number;
}

export interface SurveyDimensionAnalysis {
  dimensionId: string;
  name: string;
  responses: number;
  /** 2 decimals; null when nobody answered */
  meanImportance: string | null;
  meanExpectation: string | null;
  meanExperience: string | null;
  /** experience − expectation */
  gap: string | null;
  /** importance × gap */
  weightedGap: string | null;
  /** the exact values, as fractions "p/q" */
  exact: { gap: string; weightedGap: string } | null;
  /** 1 = most negative weighted gap; null when nobody answered */
  rank: number | null;
}

export interface SurveyAnalysis {
  scale: { min: number; max: number };
  /** dimensions in the order given */
  dimensions: SurveyDimensionAnalysis[];
  /** the dimension with the most negative weighted gap; null when no dimension falls short of expectation */
  keyExperience: { dimensionId: string; name: string; weightedGap: string; gap: string; meanImportance: string } | null;
}

/** Sums of raw answers per dimension, in the order of `dimensions`. */
export function totalsOf(
  dimensions: readonly { id: string; name: string }[],
  answers: readonly SurveyAnswer[],
): SurveyDimensionTotals[] {
  return dimensions.map(({ id, name }) => {
    const mine = answers.filter((answer) => answer.dimensionId === id);
    for (const answer of mine) {
      if (![answer.importance, answer.expectation, answer.experience].every(isSurveyScore)) {
        throw new RangeError(`Scores must be whole numbers from ${SURVEY_SCORE_MIN} to ${SURVEY_SCORE_MAX}.`);
      }
    }
    const sum = (pick: (answer: SurveyAnswer) => number) => mine.reduce((total, answer) => total + pick(answer), 0);
    return {
      dimensionId: id,
      name,
      responses: mine.length,
      importanceSum: sum((answer) => answer.importance),
      expectationSum: sum((answer) => answer.expectation),
      experienceSum: sum((answer) => answer.experience),
    };
  });
}

interface Computed {
  totals: SurveyDimensionTotals;
  importance: Rational;
  expectation: Rational;
  experience: Rational;
  gap: Rational;
  weightedGap: Rational;
}

export function analyzeSurvey(totals: readonly SurveyDimensionTotals[]): SurveyAnalysis {
  const computed: Computed[] = totals
    .filter((dimension) => dimension.responses > 0)
    .map((dimension) => {
      const n = dimension.responses;
      const importance = rational(dimension.importanceSum, n);
      const expectation = rational(dimension.expectationSum, n);
      const experience = rational(dimension.experienceSum, n);
      const gap = subtract(experience, expectation);
      return { totals: dimension, importance, expectation, experience, gap, weightedGap: multiply(importance, gap) };
    });
  // Most negative weighted gap first; ties: the more important dimension first, then by name.
  const ranked = [...computed].sort(
    (a, b) =>
      compare(a.weightedGap, b.weightedGap) ||
      compare(b.importance, a.importance) ||
      a.totals.name.localeCompare(b.totals.name),
  );
  const rankOf = new Map(ranked.map((entry, index) => [entry.totals.dimensionId, index + 1]));
  const byId = new Map(computed.map((entry) => [entry.totals.dimensionId, entry]));
  const fixed = (value: Rational) => toDecimalString(value, 2);

  const dimensions = totals.map((dimension): SurveyDimensionAnalysis => {
    const entry = byId.get(dimension.dimensionId);
    if (!entry) {
      return {
        dimensionId: dimension.dimensionId,
        name: dimension.name,
        responses: dimension.responses,
        meanImportance: null,
        meanExpectation: null,
        meanExperience: null,
        gap: null,
        weightedGap: null,
        exact: null,
        rank: null,
      };
    }
    return {
      dimensionId: dimension.dimensionId,
      name: dimension.name,
      responses: dimension.responses,
      meanImportance: fixed(entry.importance),
      meanExpectation: fixed(entry.expectation),
      meanExperience: fixed(entry.experience),
      gap: fixed(entry.gap),
      weightedGap: fixed(entry.weightedGap),
      exact: { gap: toFractionString(entry.gap), weightedGap: toFractionString(entry.weightedGap) },
      rank: rankOf.get(dimension.dimensionId) ?? null,
    };
  });

  const worst = ranked[0];
  const keyExperience =
    worst && worst.weightedGap.num < 0n
      ? {
          dimensionId: worst.totals.dimensionId,
          name: worst.totals.name,
          weightedGap: fixed(worst.weightedGap),
          gap: fixed(worst.gap),
          meanImportance: fixed(worst.importance),
        }
      : null;
  return { scale: { min: SURVEY_SCORE_MIN, max: SURVEY_SCORE_MAX }, dimensions, keyExperience };
}
